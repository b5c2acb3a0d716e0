// Starts Pagefind's search box (files written to /pagefind/ after the build).
(function () {
  "use strict";
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") return;
  el.textContent = "";
  new PagefindUI({
    element: "#search",
    bundlePath: el.getAttribute("data-bundle"),
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  var input = el.querySelector("input");
  var label = document.querySelector(".search-label");
  if (input && label) {
    // Pagefind's box has only a placeholder; give it the page's visible label.
    input.id = "search-input";
    label.hidden = false;
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (input && q) {
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
})();
