// A classic script (browsers refuse module scripts on pages opened from disk), run on every page:
// 1. names the theme's search dialog and loading bar for screen readers;
// 2. on file:// explains why the interactive checks cannot run there (lessons, quotes and search still work).
(function () {
  var NAMES = { dialog: "Search the course", progressbar: "Loading the page" };
  function name(el) {
    var role = el.getAttribute("role");
    if (NAMES[role] && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby")) el.setAttribute("aria-label", NAMES[role]);
  }
  function nameThem(root) {
    if (root.getAttribute) name(root);
    var items = root.querySelectorAll('[role="dialog"], [role="progressbar"]');
    for (var i = 0; i < items.length; i++) name(items[i]);
  }

  var FILE_MESSAGE =
    "Interactive checks cannot run from a file opened on disk. Start the course with its launcher " +
    "(start.py, or `make serve`) and open it over http; the lessons on this page work as they are.";
  function explainFile() {
    var items = document.querySelectorAll("[data-cc-status]");
    for (var i = 0; i < items.length; i++) {
      items[i].textContent = FILE_MESSAGE;
      items[i].setAttribute("data-cc-state", "failed");
    }
    var buttons = document.querySelectorAll("[data-cc-submit]");
    for (var j = 0; j < buttons.length; j++) buttons[j].disabled = true;
  }

  function start() {
    nameThem(document);
    // The theme adds its loading bar while navigating; name it as it appears.
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        for (var j = 0; j < changes[i].addedNodes.length; j++) {
          var node = changes[i].addedNodes[j];
          if (node.nodeType === 1) nameThem(node);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
    if (location.protocol === "file:") explainFile();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
