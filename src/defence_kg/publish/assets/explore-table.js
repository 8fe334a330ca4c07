// defence-kg site: sort, filter and search an organisations table (index and other organisations).
// Local, no dependencies, no network. The state is kept in the URL (?risk=high&sort=labs&dir=desc)
// so a filtered view can be linked; each filter option shows how many rows it would leave.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("institutions");
  if (!form || !table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (row, i) { row.setAttribute("data-order", String(i)); });
  var q = document.getElementById("q");
  var count = document.getElementById("count");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var params = new URLSearchParams(window.location.search);
  var sortKey = params.get("sort") || "", sortDir = params.get("dir") === "desc" ? "desc" : "asc";

  function norm(s) { return (s || "").toLowerCase().normalize("NFKC").replace(/\s+/g, " ").trim(); }
  function values(row, key) { return (row.getAttribute("data-" + key) || "").split("|"); }
  function matches(row, skip) {
    var text = norm(q.value);
    if (text && row.getAttribute("data-search").indexOf(text) === -1 &&
        row.getAttribute("data-search").replace(/ /g, "").indexOf(text.replace(/ /g, "")) === -1) { return false; }
    return selects.every(function (s) {
      return s === skip || !s.value || values(row, s.getAttribute("data-filter")).indexOf(s.value) !== -1;
    });
  }
  function recount() {
    selects.forEach(function (s) {
      var key = s.getAttribute("data-filter"), counts = {}, total = 0;
      rows.forEach(function (row) {
        if (!matches(row, s)) { return; }
        total += 1;
        values(row, key).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      Array.prototype.forEach.call(s.options, function (o) {
        var label = o.value ? o.getAttribute("data-label") : "all";
        o.textContent = label + " (" + (o.value ? (counts[o.value] || 0) : total) + ")";
      });
    });
  }
  function remember() {
    var p = new URLSearchParams();
    if (q.value) { p.set("q", q.value); }
    selects.forEach(function (s) { if (s.value) { p.set(s.name, s.value); } });
    if (sortKey) { p.set("sort", sortKey); p.set("dir", sortDir); }
    var search = p.toString();
    try { window.history.replaceState(null, "", search ? "?" + search : window.location.pathname); } catch (e) { /* file:// */ }
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = matches(row, null);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " shown";
    recount();
    remember();
  }
  function sortBy(key, dir) {
    sortKey = key; sortDir = dir;
    var sign = dir === "desc" ? -1 : 1;
    var sorted = rows.slice().sort(function (a, b) {
      var x = a.getAttribute("data-sort-" + key), y = b.getAttribute("data-sort-" + key);
      if (x !== y) { return (x < y ? -1 : 1) * sign; }
      return Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
    });
    sorted.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute("data-key") === key) {
        th.setAttribute("aria-sort", dir === "desc" ? "descending" : "ascending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }
  if (params.get("q")) { q.value = params.get("q"); }
  selects.forEach(function (s) {
    var v = params.get(s.name);
    if (v && s.querySelector('option[value="' + v.replace(/"/g, "") + '"]')) { s.value = v; }
    s.addEventListener("change", apply);
  });
  q.addEventListener("input", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  Array.prototype.forEach.call(table.querySelectorAll("button.sort"), function (b) {
    b.addEventListener("click", function () {
      var key = b.getAttribute("data-sort");
      sortBy(key, key === sortKey && sortDir === "asc" ? "desc" : "asc");
      remember();
    });
  });
  if (sortKey && table.querySelector('button.sort[data-sort="' + sortKey + '"]')) { sortBy(sortKey, sortDir); }
  apply();

  // pick two to four institutions to compare
  var link = document.getElementById("compare-link"), note = document.getElementById("compare-count");
  if (!link) { return; }
  function picked() {
    return Array.prototype.slice.call(table.querySelectorAll("input.pick:checked")).map(function (c) { return c.value; });
  }
  function updateCompare() {
    var ids = picked(), ok = ids.length >= 2 && ids.length <= 4;
    link.setAttribute("href", "compare.html" + (ids.length ? "?ids=" + ids.map(encodeURIComponent).join(",") : ""));
    link.setAttribute("aria-disabled", ok ? "false" : "true");
    note.textContent = "(" + ids.length + " picked; pick 2 to 4)";
  }
  Array.prototype.forEach.call(table.querySelectorAll("input.pick"), function (c) {
    c.addEventListener("change", function () {
      if (picked().length > 4) { c.checked = false; }
      updateCompare();
    });
  });
  updateCompare();
}());
