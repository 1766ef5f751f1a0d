// BLS links to a profile's tabs with fragments (#tab-1 .. #tab-9) on one page; here every tab has
// its own URL, so an old link that lands on the Summary is sent on to the tab it meant.
const fragment = window.location.hash.slice(1);
if (/^tab-[1-9]$/.test(fragment)) {
    const link = document.querySelector(`a[data-bls-tab="${fragment}"]`);
    if (link && link.getAttribute("aria-current") !== "page") {
        window.location.replace(link.href);
    }
}
