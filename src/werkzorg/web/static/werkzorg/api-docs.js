// The API docs page: what Swagger UI's markup lacks for keyboard and screen-reader users (WCAG 2.1 AA, checked with
// axe-core in tests/browser/test_phone_360.py), added to what it draws. Loaded after django-ninja's
// swagger-ui-init.js (templates/ninja/swagger.html); no inline script, so the strict CSP holds.
"use strict";
(function () {
  const root = document.getElementById("swagger-ui");
  function mend() {
    // a text box needs a name (1.3.1, 4.1.2): the request body, or a parameter's value
    root.querySelectorAll("textarea:not([aria-label]):not([aria-labelledby])").forEach((box) => {
      box.setAttribute("aria-label", box.classList.contains("body-param__text") ? "Request body (JSON)" : "Value");
    });
    // the copy buttons show only an icon (4.1.2)
    root.querySelectorAll(".copy-to-clipboard button:not([aria-label])").forEach((button) => {
      button.setAttribute("aria-label", "Copy to clipboard");
    });
    // an example or response box that scrolls must be reachable with the keyboard to scroll it (2.1.1)
    root.querySelectorAll("pre:not([tabindex]), .curl:not([tabindex])").forEach((box) => {
      box.setAttribute("tabindex", "0");
    });
  }
  new MutationObserver(mend).observe(root, { childList: true, subtree: true });
})();
