// For a portal's page: sizes Handbook embeds (iframes whose address starts with this script's
// origin followed by /embed/) to the height their content reports. Messages from any other origin
// are ignored, and only the frame that sent a message is resized.
// A classic script rather than a module, so that a page of any origin can load it without CORS:
// <script src="https://<handbook>/embed.js" defer></script>
(function () {
    "use strict";
    if (!document.currentScript || window.handbookEmbedResizer) {
        return;
    }
    window.handbookEmbedResizer = true;
    var origin = new URL(document.currentScript.src).origin;
    var prefix = origin + "/embed/";
    var MAX_HEIGHT = 50000;

    function frameOf(source) {
        var frames = document.querySelectorAll("iframe");
        for (var i = 0; i < frames.length; i++) {
            if (frames[i].contentWindow === source && frames[i].src.indexOf(prefix) === 0) {
                return frames[i];
            }
        }
        return null;
    }

    window.addEventListener("message", function (event) {
        if (event.origin !== origin) {
            return;
        }
        var data = event.data;
        if (!data || data.type !== "handbook:resize" || !Number.isFinite(data.height)) {
            return;
        }
        var frame = frameOf(event.source);
        if (frame) {
            frame.height = String(Math.min(Math.max(Math.ceil(data.height), 0), MAX_HEIGHT));
            frame.setAttribute("data-handbook-resized", "true");
        }
    });
}());
