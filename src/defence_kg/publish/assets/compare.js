// defence-kg site: compare two to four institutions side by side. Each institution's cells come
// from compare-data/<slug>.js (written at publish time); every value lists its evidence. Local only.
(function () {
  "use strict";
  var form = document.getElementById("compare-form"), result = document.getElementById("compare-result");
  var status = document.getElementById("compare-status");
  if (!form || !result) { return; }
  var aspects = JSON.parse(document.getElementById("compare-aspects").textContent);
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[name=pick]"));
  var params = new URLSearchParams(window.location.search);
  var ids = (params.get("ids") || "").split(",").concat(params.getAll("pick")).filter(function (id, i, all) {
    return id && /^[A-Za-z0-9_-]+$/.test(id) && all.indexOf(id) === i;
  }).slice(0, 4);
  ids.forEach(function (id, i) { if (selects[i].querySelector('option[value="' + id + '"]')) { selects[i].value = id; } });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var picked = selects.map(function (s) { return s.value; }).filter(function (v, i, all) { return v && all.indexOf(v) === i; });
    try { window.history.replaceState(null, "", "?ids=" + picked.join(",")); } catch (e) { /* file:// */ }
    load(picked);
  });

  function el(tag, text, attrs) {
    var x = document.createElement(tag);
    if (text) { x.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    return x;
  }
  function cell(values) {
    var td = el("td");
    if (!values.length) { td.appendChild(el("span", "not recorded", { "class": "muted" })); return td; }
    var ul = el("ul", null, { "class": "cell-values" });
    values.forEach(function (v) {
      var li = el("li");
      li.appendChild(v.href ? el("a", v.text, { href: v.href }) : el("strong", v.text, v.risk ? { "class": "risk risk-" + v.risk } : {}));
      if (v.note) { li.appendChild(el("p", v.note)); }
      var evs = el("ul", null, { "class": "evidence-list" });
      (v.evidence || []).forEach(function (e) {
        var item = el("li", null, { "class": "evidence" });
        if (e.quote) { item.appendChild(el("blockquote", e.quote)); }
        var meta = el("p", null, { "class": "meta" });
        meta.appendChild(document.createTextNode("Source: "));
        meta.appendChild(e.url ? el("a", e.source, { href: e.url, rel: "external" }) : el("span", e.source));
        ["date", "certainty", "by"].forEach(function (k) {
          if (e[k]) { meta.appendChild(document.createTextNode("; " + (k === "by" ? "asserted by" : k) + ": " + e[k])); }
        });
        item.appendChild(meta);
        evs.appendChild(item);
      });
      if (!(v.evidence || []).length) { evs.appendChild(el("li", "No statement recorded for this value.", { "class": "muted" })); }
      li.appendChild(evs);
      ul.appendChild(li);
    });
    td.appendChild(ul);
    return td;
  }
  function draw(list) {
    while (result.firstChild) { result.removeChild(result.firstChild); }
    var table = el("table", null, { "class": "compare", id: "compare-table" });
    table.appendChild(el("caption", "Comparison of " + list.map(function (d) { return d.name; }).join(", ")));
    var head = el("tr");
    head.appendChild(el("th", "Aspect", { scope: "col" }));
    list.forEach(function (d) {
      var th = el("th", null, { scope: "col" });
      th.appendChild(el("a", d.name, { href: d.href }));
      if (d.zh) { th.appendChild(el("span", " " + d.zh, { lang: "zh-Hans" })); }
      head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    aspects.forEach(function (a) {
      var tr = el("tr");
      tr.appendChild(el("th", a[1], { scope: "row" }));
      list.forEach(function (d) { tr.appendChild(cell(d.cells[a[0]] || [])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    result.appendChild(table);
  }
  function load(list) {
    if (list.length < 2) { status.textContent = "Pick at least two institutions."; return; }
    status.textContent = "Loading…";
    var pending = list.length, data = window.DKG_COMPARE = window.DKG_COMPARE || {};
    list.forEach(function (id) {
      if (data[id]) { done(); return; }
      var s = document.createElement("script");
      s.src = "compare-data/" + id + ".js";
      s.onload = done;
      s.onerror = function () { status.textContent = "No comparison data for " + id + "."; };
      document.body.appendChild(s);
    });
    function done() {
      pending -= 1;
      if (pending) { return; }
      draw(list.map(function (id) { return data[id]; }));
      status.textContent = "Comparing " + list.length + " institutions.";
    }
  }
  if (ids.length) { load(ids); }
}());
