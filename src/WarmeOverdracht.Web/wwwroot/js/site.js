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
