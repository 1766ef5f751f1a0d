// Suggestions under the search boxes while typing: the occupations whose title or other names
// begin with the words typed. Without this script the boxes are plain search forms; with it they
// follow ARIA's combobox pattern: a list box of options, arrow keys to move through it, Enter to
// open the chosen profile (or search, when none is chosen), Escape to close it.
const WAIT_MS = 150;
const SHORTEST = 2;

for (const input of document.querySelectorAll("input[data-suggest]")) {
    suggestUnder(input);
}

function suggestUnder(input) {
    const listId = `${input.id}-suggestions`;
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggested occupations");
    list.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.form.classList.add("has-suggestions");
    input.form.append(list, status);

    let suggestions = [];
    let active = -1;
    let timer;
    let pending;

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(update, WAIT_MS);
    });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", (event) => {
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (suggestions.length === 0) {
                return;
            }
            event.preventDefault();
            open();
            // The options and the box itself form a ring: past the last option the box is back.
            const current = active === -1 ? suggestions.length : active;
            const step = event.key === "ArrowDown" ? 1 : suggestions.length;
            choose((current + step) % (suggestions.length + 1));
        } else if (event.key === "Enter" && !list.hidden && active >= 0) {
            event.preventDefault();
            window.location.assign(suggestions[active].path);
        } else if (event.key === "Escape" && !list.hidden) {
            event.preventDefault();
            close();
        }
    });

    async function update() {
        const typed = input.value.trim();
        if (typed.length < SHORTEST) {
            show([]);
            status.textContent = "";
            return;
        }
        pending?.abort();
        pending = new AbortController();
        try {
            const response = await fetch(`/search/suggestions?q=${encodeURIComponent(typed)}`,
                {signal: pending.signal, headers: {Accept: "application/json"}});
            if (!response.ok || input.value.trim() !== typed) {
                return;
            }
            const answer = await response.json();
            show(answer.suggestions);
            status.textContent = answer.suggestions.length === 0 ? "No suggested occupations."
                : `${answer.suggestions.length} suggested occupation${answer.suggestions.length === 1 ? "" : "s"}; `
                + "use the up and down arrow keys to choose one.";
        } catch (error) {
            if (error.name !== "AbortError") {
                show([]);
            }
        }
    }

    function show(found) {
        suggestions = found;
        active = -1;
        input.removeAttribute("aria-activedescendant");
        list.replaceChildren(...found.map((suggestion, index) => {
            const option = document.createElement("li");
            option.id = `${listId}-${index}`;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            const group = document.createElement("span");
            group.className = "suggestion-group";
            group.textContent = suggestion.group;
            option.append(suggestion.title, " ", group);
            // Keeps the focus in the box, so that the click below still finds the list open.
            option.addEventListener("mousedown", (event) => event.preventDefault());
            option.addEventListener("click", () => window.location.assign(suggestion.path));
            return option;
        }));
        if (found.length > 0 && document.activeElement === input) {
            open();
        } else {
            close();
        }
    }

    /** Marks the option at index as chosen; index suggestions.length means none (back in the box). */
    function choose(index) {
        active = index < suggestions.length ? index : -1;
        list.querySelectorAll("[role=option]").forEach((option, i) => {
            option.setAttribute("aria-selected", String(i === active));
        });
        if (active >= 0) {
            input.setAttribute("aria-activedescendant", `${listId}-${active}`);
            list.children[active].scrollIntoView({block: "nearest"});
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function open() {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
    }

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        choose(suggestions.length);
    }
}
