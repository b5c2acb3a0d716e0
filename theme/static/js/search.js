// Starts Pagefind's search box (files written to /pagefind/ after the build).
(function () {
  "use strict";
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") return;
  el.textContent = "";
  // A large site's contact pages are indexed in shards (pipeline/search.py): one bundle
  // each under pagefind/shard-<n>/, merged into the results.
  var bundle = el.getAttribute("data-bundle");
  var shards = parseInt(el.getAttribute("data-shards") || "1", 10);
  var merged = [];
  for (var i = 0; shards > 1 && i < shards; i++) {
    merged.push({ bundlePath: bundle + "shard-" + i + "/" });
  }
  new PagefindUI({
    element: "#search",
    bundlePath: bundle,
    mergeIndex: merged,
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
