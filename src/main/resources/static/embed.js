// For a portal's page: sizes Handbook embeds (iframes whose address starts with this script's
// origin followed by /embed/) to the height their content reports. Messages from any other origin
// are ignored, and only the frame that sent a message is resized.
// Load it once per page: <script type="module" src="https://<handbook>/embed.js"></script>
const origin = new URL(import.meta.url).origin;
const prefix = `${origin}/embed/`;
const MAX_HEIGHT = 50000;

function frameOf(source) {
    for (const frame of document.querySelectorAll("iframe")) {
        if (frame.contentWindow === source && frame.src.startsWith(prefix)) {
            return frame;
        }
    }
    return null;
}

window.addEventListener("message", (event) => {
    if (event.origin !== origin) {
        return;
    }
    const data = event.data;
    if (!data || data.type !== "handbook:resize" || !Number.isFinite(data.height)) {
        return;
    }
    const frame = frameOf(event.source);
    if (frame) {
        const height = Math.min(Math.max(Math.ceil(data.height), 0), MAX_HEIGHT);
        frame.height = String(height);
        frame.dataset.handbookResized = "true";
    }
});
