// Keyboard shortcuts: j/k move in the list, Enter/o open, / filter, e edit, c confirm, u back to the list.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-href]"));
  var current = -1;
  function select(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, n) { r.classList.toggle("selected", n === current); });
    rows[current].focus();
    rows[current].scrollIntoView({ block: "nearest" });
  }
  rows.forEach(function (row, n) {
    row.addEventListener("click", function (event) {
      if (event.target.tagName !== "A") window.location = row.dataset.href;
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    if (key === "j") select(current + 1);
    else if (key === "k") select(current - 1);
    else if ((key === "Enter" || key === "o") && current >= 0) window.location = rows[current].dataset.href;
    else if (key === "/") {
      var filter = document.querySelector(".filters input");
      if (filter) { event.preventDefault(); filter.focus(); }
    } else if (key === "e") {
      var edit = document.getElementById("edit-date");
      if (edit) { event.preventDefault(); edit.scrollIntoView(); edit.focus(); }
    } else if (key === "c") {
      var confirm = document.getElementById("confirm");
      if (confirm) confirm.click();
    } else if (key === "u") window.location = "/";
    else if (key === "?") {
      var help = document.querySelector("footer");
      if (help) help.classList.toggle("shown");
    } else return;
  });
})();
