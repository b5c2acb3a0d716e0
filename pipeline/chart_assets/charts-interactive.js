// On-demand interactive charts for the /charts/ page. Nothing heavy loads until a reader
// presses "Interactive version": then the Vega bundle (served by this site, no CDN) and
// that chart's Vega-Lite spec are fetched and drawn in place of the static image.
(function () {
  "use strict";
  var root = document.querySelector("[data-charts-interactive]");
  if (!root || !window.fetch || !window.Promise) return;
  var bundle = null;

  function loadBundle() {
    if (window.vegaEmbed) return Promise.resolve();
    if (!bundle) {
      bundle = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root.getAttribute("data-bundle");
        script.onload = resolve;
        script.onerror = function () { bundle = null; reject(new Error("bundle")); };
        document.head.appendChild(script);
      });
    }
    return bundle;
  }

  function prefersDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  // Same swap as the static dark SVGs: the theme's ink colours become dark-mode ones.
  function themed(text) {
    if (prefersDark()) {
      var colours = JSON.parse(root.getAttribute("data-dark-colours") || "{}");
      Object.keys(colours).forEach(function (light) {
        text = text.split('"' + light + '"').join('"' + colours[light] + '"');
      });
    }
    return JSON.parse(text);
  }

  function fetchSpec(figure) {
    var narrow = window.matchMedia(root.getAttribute("data-narrow-media")).matches;
    var url = figure.getAttribute(narrow ? "data-spec-narrow" : "data-spec");
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("spec " + response.status);
      return response.text();
    });
  }

  function show(button, figure) {
    var picture = figure.querySelector("picture");
    var box = figure.querySelector(".chart-interactive");
    if (box) {
      box.hidden = false;
      picture.hidden = true;
      button.setAttribute("aria-pressed", "true");
      return;
    }
    var label = button.textContent;
    button.disabled = true;
    button.textContent = root.getAttribute("data-loading");
    Promise.all([loadBundle(), fetchSpec(figure)]).then(function (results) {
      box = document.createElement("div");
      box.className = "chart-interactive";
      figure.insertBefore(box, picture);
      return window.vegaEmbed(box, themed(results[1]), {
        actions: false,
        renderer: "svg",
        formatLocale: JSON.parse(root.getAttribute("data-format-locale")),
        timeFormatLocale: JSON.parse(root.getAttribute("data-time-format-locale"))
      }).then(function () {
        picture.hidden = true;
        button.setAttribute("aria-pressed", "true");
      });
    }).catch(function () {
      var status = figure.parentNode.querySelector("[data-chart-status]");
      if (status) status.textContent = root.getAttribute("data-failed");
    }).then(function () {
      button.disabled = false;
      button.textContent = label;
    });
  }

  function hide(button, figure) {
    var box = figure.querySelector(".chart-interactive");
    if (box) box.hidden = true;
    figure.querySelector("picture").hidden = false;
    button.setAttribute("aria-pressed", "false");
  }

  var buttons = root.querySelectorAll("button[data-chart-toggle]");
  Array.prototype.forEach.call(buttons, function (button) {
    var figure = document.getElementById(button.getAttribute("aria-controls"));
    if (!figure) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (button.getAttribute("aria-pressed") === "true") hide(button, figure);
      else show(button, figure);
    });
  });
})();
