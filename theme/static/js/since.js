// "N days since the last contact": the page is built with the count as of the data's date
// (so builds are reproducible); here it is brought up to the reader's today.
(function () {
  "use strict";
  var el = document.querySelector("[data-since]");
  if (!el) return;
  var parts = el.getAttribute("data-since").split("-").map(Number);
  // A month or year date counts from its last possible day, like the build does.
  var last;
  if (parts.length === 3) last = Date.UTC(parts[0], parts[1] - 1, parts[2]);
  else if (parts.length === 2) last = Date.UTC(parts[0], parts[1], 0);
  else last = Date.UTC(parts[0], 11, 31);
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var days = Math.max(0, Math.round((today - last) / 86400000));
  var category = new Intl.PluralRules(document.documentElement.lang).select(days);
  var template = el.getAttribute("data-" + category) || el.getAttribute("data-other");
  var number = el.querySelector(".since-number");
  var asof = el.querySelector(".since-asof");
  if (!number || !template) return;
  var prefix = el.getAttribute("data-exact") === "yes" ? "" : number.textContent.split(/\d/)[0];
  number.textContent = prefix + template.replace(/\d+/, String(days));
  if (asof) asof.hidden = true;
})();
