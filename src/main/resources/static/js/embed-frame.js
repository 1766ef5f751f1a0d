// Inside an embed: tells the page around the frame how tall the content is, so that /embed.js
// there can size the frame to fit. The height is not secret, so any parent may read it; the
// parent's script checks that the message comes from our origin.
// Message: {type: "handbook:resize", height: <CSS pixels>, href: <this embed's address>}.
const content = document.querySelector("[data-embed-page]");
let reported = 0;

function report() {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height !== reported) {
        reported = height;
        window.parent.postMessage({type: "handbook:resize", height, href: window.location.href}, "*");
    }
}

if (content && window.parent !== window) {
    new ResizeObserver(report).observe(content);
    window.addEventListener("load", report);
    // Opening a <details> element changes the height; the observer sees it, this is for old engines.
    document.addEventListener("toggle", report, true);
    report();
}
