// A table that scrolls sideways (on a phone) must be reachable by keyboard to scroll it (WCAG 2.1.1).
(() => {
    const markScrollableTables = () => {
        for (const region of document.querySelectorAll(".table-responsive")) {
            const scrolls = region.scrollWidth > region.clientWidth;
            if (scrolls) {
                region.tabIndex = 0;
            } else {
                region.removeAttribute("tabindex");
            }
        }
    };
    markScrollableTables();
    window.addEventListener("resize", markScrollableTables);
})();

// A form is sent once: a second click while the first is on its way (a slow line) is ignored. The server
// copes with a double send too; this spares the user the message about it.
document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.dataset.sending === "true") {
        event.preventDefault();
        return;
    }
    form.dataset.sending = "true";
    setTimeout(() => delete form.dataset.sending, 5000);
});
