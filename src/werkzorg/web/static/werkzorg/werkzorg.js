// Moves the focus to the error summary when a form comes back with errors (NL Design System / GOV.UK pattern).
// The page works without this file: the summary is the first thing on the page.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
