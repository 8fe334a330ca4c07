// defence-kg site: filter and search the institutions table. Local, no dependencies, no network.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("institutions");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var count = document.getElementById("count");
  var q = document.getElementById("q");
  var selects = { risk: document.getElementById("f-risk"), kind: document.getElementById("f-kind"),
                  category: document.getElementById("f-category") };
  // read the initial state from the URL (?q=...&risk=...) so filtered views can be linked
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { q.value = params.get("q"); }
  Object.keys(selects).forEach(function (k) { if (params.get(k)) { selects[k].value = params.get(k); } });
  function norm(s) { return (s || "").toLowerCase().normalize("NFKC").trim(); }
  function apply() {
    var text = norm(q.value), shown = 0;
    rows.forEach(function (row) {
      var ok = !text || row.getAttribute("data-search").indexOf(text) !== -1;
      Object.keys(selects).forEach(function (k) {
        var v = selects[k].value;
        // a row may have several values (categories), separated by "|"
        if (v && row.getAttribute("data-" + k).split("|").indexOf(v) === -1) { ok = false; }
      });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " shown";
  }
  q.addEventListener("input", apply);
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener("change", apply); });
  apply();
}());
