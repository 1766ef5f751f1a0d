// Adds a copy button beside each field of the share panel. Without JavaScript the fields stay
// readable and selectable, so no button is shown that could not work.
const fields = document.querySelectorAll(".share [data-copy]");
if (fields.length > 0 && navigator.clipboard) {
    const status = document.createElement("p");
    status.className = "share-status";
    status.setAttribute("role", "status");
    document.querySelector(".share").append(status);

    for (const field of fields) {
        const label = document.querySelector(`label[for="${field.id}"]`);
        const button = document.createElement("button");
        button.type = "button";
        button.className = "share-copy";
        button.textContent = "Copy";
        button.setAttribute("aria-label", `Copy: ${label ? label.textContent.trim() : "text"}`);
        button.addEventListener("click", async () => {
            try {
                await navigator.clipboard.writeText(field.value);
                status.textContent = `Copied: ${label ? label.textContent.trim() : "text"}.`;
            } catch {
                field.select();
                status.textContent = "Could not copy; the text is selected, copy it with your keyboard.";
            }
        });
        field.after(button);
    }
}
