// A classic script, because browsers refuse module scripts on pages opened from disk (file://).
// It only explains why the checks cannot run there; lessons, quotes and search still work.
(function () {
  if (location.protocol !== "file:") return;
  var message =
    "Interactive checks cannot run from a file opened on disk. Start the course with its launcher " +
    "(start.py, or `make serve`) and open it over http; the lessons on this page work as they are.";
  function explain() {
    var items = document.querySelectorAll("[data-cc-status]");
    for (var i = 0; i < items.length; i++) {
      items[i].textContent = message;
      items[i].setAttribute("data-cc-state", "failed");
    }
    var buttons = document.querySelectorAll("[data-cc-submit]");
    for (var j = 0; j < buttons.length; j++) buttons[j].disabled = true;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", explain);
  else explain();
})();
