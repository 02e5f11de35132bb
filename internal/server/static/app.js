// Storyline's only script: progressive enhancement, the pages work without it.
// Changing a filter choice on the timeline submits the form at once.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (sel.form.requestSubmit) { sel.form.requestSubmit(); } else { sel.form.submit(); }
    });
  });
  // On an event page, bring the first highlighted sentence into view when the
  // whole article is opened.
  document.querySelectorAll("details.whole").forEach(function (d) {
    d.addEventListener("toggle", function () {
      var m = d.querySelector("mark");
      if (d.open && m) { m.scrollIntoView({ block: "center" }); }
    });
  });
});
