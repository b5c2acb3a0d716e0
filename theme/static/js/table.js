// Enhances the all-contacts table: filters and sortable columns. Without JavaScript the
// table is complete and the lists by president, topic, year and type do the filtering.
(function () {
  "use strict";
  var table = document.getElementById("contacts-table");
  var form = document.getElementById("table-filters");
  if (!table || !form) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var count = document.getElementById("filter-count");
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });

  rows.forEach(function (row) { row.dataset.text = row.textContent.toLowerCase(); });

  function filter() {
    var q = form.elements.q.value.trim().toLowerCase();
    var want = {
      pair: form.elements.pair.value, type: form.elements.type.value,
      status: form.elements.status.value, year: form.elements.year.value
    };
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!q || row.dataset.text.indexOf(q) !== -1) &&
        Object.keys(want).every(function (k) { return !want[k] || row.dataset[k] === want[k]; });
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = count.dataset.template
      .replace("{shown}", shown).replace("{total}", rows.length);
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell.dataset.value || cell.textContent.trim();
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, index) {
    if (!th.dataset.sort) return;
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir);
      var sign = dir === "ascending" ? 1 : -1;
      rows.sort(function (a, b) {
        return sign * collator.compare(cellValue(a, index), cellValue(b, index)) ||
          collator.compare(cellValue(a, 0), cellValue(b, 0));
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
    });
  });

  form.hidden = false;
  form.addEventListener("input", filter);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  filter();
})();
