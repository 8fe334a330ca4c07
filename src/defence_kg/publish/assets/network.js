// defence-kg site: the network explorer. Draws window.DKG_GRAPH (written at publish time, positions
// included) with Cytoscape.js; filters, search, facts of a node, evidence of a link, and the paths
// between two organisations (as `defence-kg trace` finds them: simple paths over the undirected
// view, shortest first). Local files only, no network.
(function () {
  "use strict";
  var data = window.DKG_GRAPH, box = document.getElementById("cy");
  if (!data || !box || typeof window.cytoscape !== "function") { return; }
  var css = window.getComputedStyle(document.documentElement);
  function colour(name) { return css.getPropertyValue("--" + name).trim(); }
  var byId = {}, edgesOf = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) { edgesOf[e.source].push(e); edgesOf[e.target].push(e); });
  var details = document.getElementById("net-details");
  var countNote = document.getElementById("net-count");

  // ---- drawing ------------------------------------------------------------------------------
  var riskColour = { "very-high": colour("risk-very-high"), high: colour("risk-high"), medium: colour("risk-medium"),
                     low: colour("risk-low") };
  function nodeColour(n) {
    if (riskColour[n.risk]) { return riskColour[n.risk]; }
    if (n.group === "laboratory") { return colour("node-lab"); }
    if (n.group === "agreement" || n.group === "event") { return colour("node-event"); }
    return n.assessed ? colour("risk-none") : colour("node-other");
  }
  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.label, colour: nodeColour(n),
             size: 8 + Math.min(26, Math.sqrt(n.degree) * 4), shape: n.group === "laboratory" ? "diamond" :
             (n.group === "agreement" || n.group === "event") ? "round-rectangle" : "ellipse" },
             position: { x: n.x, y: n.y } };
  }).concat(data.edges.map(function (e) {
    return { group: "edges", data: { id: e.id, source: e.source, target: e.target,
             style: e.certainty === "implied" ? "dashed" : e.certainty === "possible" ? "dotted" : "solid" } };
  }));
  var cy = window.cytoscape({
    container: box, elements: elements, layout: { name: "preset" }, wheelSensitivity: 0.3,
    minZoom: 0.05, maxZoom: 6, boxSelectionEnabled: false, textureOnViewport: true, hideEdgesOnViewport: true,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        shape: "data(shape)", label: "data(label)", "font-size": 9, "min-zoomed-font-size": 7, color: colour("text"),
        "text-outline-color": colour("bg"), "text-outline-width": 2, "text-valign": "bottom", "text-margin-y": 2 } },
      // plain lines when the whole graph is in view (the fastest to draw), arrows once zoomed in
      { selector: "edge", style: { width: 1.2, "line-color": colour("edge-stated"), "line-style": "data(style)",
        "curve-style": "haystack", "haystack-radius": 0 } },
      { selector: "edge.arrows", style: { "curve-style": "straight", "target-arrow-shape": "triangle",
        "target-arrow-color": colour("edge-stated"), "arrow-scale": 0.6 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ":selected, .path", style: { "border-width": 3, "border-color": colour("highlight"),
        "line-color": colour("highlight"), "target-arrow-color": colour("highlight"), width: 3, "z-index": 10 } },
      { selector: "node.path", style: { "border-width": 4 } }
    ]
  });

  // ---- filters ------------------------------------------------------------------------------
  var selects = Array.prototype.slice.call(document.querySelectorAll("#net-filters select[data-filter]"));
  var certainty = Array.prototype.slice.call(document.querySelectorAll('#net-filters input[name="certainty"]'));
  var isolated = document.getElementById("n-isolated");
  function allowedEdge(e) {
    var c = e.certainty || "stated";
    return certainty.some(function (box) { return box.checked && box.value === c; });
  }
  function nodeMatches(n) {
    return selects.every(function (s) {
      if (!s.value) { return true; }
      var key = s.getAttribute("data-filter"), v = n[key];
      if (key === "risk") { return n.risk === s.value && n.group === "organisation"; }
      return Array.isArray(v) && v.indexOf(s.value) !== -1;
    });
  }
  // With a filter: the matching organisations and their direct links; without: everything.
  function applyFilters() {
    var anyFilter = selects.some(function (s) { return s.value; });
    var seeds = {}, shownEdges = {}, linked = {}, visibleNodes = 0, visibleEdges = 0;
    data.nodes.forEach(function (n) { if (!anyFilter || nodeMatches(n)) { seeds[n.id] = true; } });
    data.edges.forEach(function (e) {
      if (allowedEdge(e) && (seeds[e.source] || seeds[e.target])) {
        shownEdges[e.id] = true;
        linked[e.source] = linked[e.target] = true;
      }
    });
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var id = node.id(), keep = linked[id] || (seeds[id] && isolated.checked);
        node.toggleClass("hidden", !keep);
        if (keep) { visibleNodes += 1; }
      });
      cy.edges().forEach(function (edge) {
        var keep = !!shownEdges[edge.id()];
        edge.toggleClass("hidden", !keep);
        if (keep) { visibleEdges += 1; }
      });
    });
    countNote.textContent = visibleNodes + " nodes and " + visibleEdges + " links shown";
  }
  selects.forEach(function (s) { s.addEventListener("change", function () { applyFilters(); cy.fit(cy.elements(":visible"), 30); }); });
  certainty.concat([isolated]).forEach(function (b) { b.addEventListener("change", applyFilters); });

  // ---- names, search ------------------------------------------------------------------------
  var names = document.getElementById("n-names"), lookup = {};
  function nameOf(n) { return n.label + (n.zh ? " — " + n.zh : ""); }
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
    var o = document.createElement("option");
    o.value = nameOf(n);
    names.appendChild(o);
    [nameOf(n), n.label, n.zh, n.pinyin, (n.pinyin || "").replace(/ /g, "")].concat(n.aliases || []).forEach(function (k) {
      if (k) { lookup[k.toLowerCase().trim()] = lookup[k.toLowerCase().trim()] || n.id; }
    });
  });
  function find(text) { return lookup[(text || "").toLowerCase().trim()] || null; }

  // ---- details: a node's facts, a link's statement ------------------------------------------
  function el(tag, text, attrs) {
    var x = document.createElement(tag);
    if (text) { x.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    return x;
  }
  function page(id) { return "id/" + encodeURIComponent(id) + ".html"; }
  function entityLink(id) {
    var n = byId[id];
    return n && n.page ? el("a", n.label, { href: page(id) }) : el("span", n ? n.label : id);
  }
  function evidence(e) {
    var block = el("div", null, { "class": "evidence" });
    if (e.quote) { block.appendChild(el("blockquote", e.quote)); }
    var meta = el("p", null, { "class": "meta" });
    meta.appendChild(document.createTextNode("certainty: " + (e.certainty || "not recorded")));
    if (e.date || e.start) { meta.appendChild(document.createTextNode("; date: " + (e.date || e.start))); }
    if (e.url) {
      e.url.split(" ").forEach(function (u) {
        meta.appendChild(document.createTextNode("; source: "));
        meta.appendChild(el("a", e.title && u === e.url.split(" ")[0] ? e.title : u, { href: u, rel: "external" }));
      });
    }
    if (e.count > 1) { meta.appendChild(document.createTextNode("; " + e.count + " statements")); }
    block.appendChild(meta);
    return block;
  }
  // an edge's sentence comes with the evidence script; until then, its relation
  function sentence(e) { return e.sentence || byId[e.source].label + " — " + e.relation + " — " + byId[e.target].label; }
  function edgeItem(e) {
    var li = el("li");
    var b = el("button", sentence(e), { type: "button", "class": "link-button" });
    b.addEventListener("click", function () { showEdge(e.id, true); });
    li.appendChild(b);
    li.appendChild(el("span", " (" + (e.certainty || "stated") + ")", { "class": "muted" }));
    return li;
  }
  function clear(heading) {
    while (details.childNodes.length > 1) { details.removeChild(details.lastChild); }
    details.firstChild.textContent = heading;
  }
  function showNode(id, centre) {
    var n = byId[id];
    if (!n) { return; }
    clear("Details: " + n.label);
    var dl = el("dl");
    [["Chinese name", n.zh], ["Kind", n.kind], ["Risk level", n.risk_label], ["Provinces (from coordinates)",
      (n.province || []).join(", ")], ["Links", String(edgesOf[id].length)]].forEach(function (row) {
      if (!row[1]) { return; }
      dl.appendChild(el("dt", row[0]));
      dl.appendChild(el("dd", row[1]));
    });
    details.appendChild(dl);
    if (n.page) { var p = el("p"); p.appendChild(el("a", "Page of " + n.label + " (all facts and evidence)", { href: page(id) })); details.appendChild(p); }
    var list = el("ul", null, { "class": "edge-list" });
    edgesOf[id].slice(0, 60).forEach(function (e) { list.appendChild(edgeItem(e)); });
    if (edgesOf[id].length > 60) { list.appendChild(el("li", (edgesOf[id].length - 60) + " more on the page")); }
    details.appendChild(list);
    cy.elements().unselect();
    var node = cy.getElementById(id);
    node.select();
    if (centre) {
      if (node.hasClass("hidden")) { node.removeClass("hidden"); }
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
    }
  }
  function showEdge(id, centre) {
    var e = data.edges[Number(id.slice(1))];
    clear("Link: " + e.relation);
    var p = el("p");
    p.appendChild(entityLink(e.source));
    p.appendChild(document.createTextNode(" — " + e.relation + " — "));
    p.appendChild(entityLink(e.target));
    details.appendChild(p);
    details.appendChild(el("p", sentence(e), { "class": "sentence" }));
    details.appendChild(e.evidenceLoaded ? evidence(e) : el("p", "Loading the evidence…", { "class": "muted" }));
    cy.elements().unselect();
    var edge = cy.getElementById(id);
    edge.select();
    if (centre) { cy.animate({ center: { eles: edge } }, { duration: 200 }); }
  }
  cy.on("tap", "node", function (evt) { showNode(evt.target.id(), false); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target.id(), false); });
  document.getElementById("net-search").addEventListener("submit", function () {
    var id = find(document.getElementById("n-q").value);
    if (id) { showNode(id, true); } else { clear("Not found"); details.appendChild(el("p", "No organisation of that name; pick one from the list.")); }
  });

  // ---- paths (trace in the browser) ---------------------------------------------------------
  function neighbours() {
    var adj = {};
    data.edges.forEach(function (e) {
      if (!allowedEdge(e) || e.source === e.target) { return; }
      (adj[e.source] = adj[e.source] || {})[e.target] = true;
      (adj[e.target] = adj[e.target] || {})[e.source] = true;
    });
    Object.keys(adj).forEach(function (k) { adj[k] = Object.keys(adj[k]).sort(); });
    return adj;
  }
  function tracePaths(a, b, maxHops, limit) {
    var adj = neighbours(), dist = {}, queue = [b];
    dist[b] = 0;
    while (queue.length) {
      var cur = queue.shift();
      (adj[cur] || []).forEach(function (x) { if (dist[x] === undefined) { dist[x] = dist[cur] + 1; queue.push(x); } });
    }
    var found = [];
    if (dist[a] === undefined || a === b) { return found; }
    for (var length = dist[a]; length <= maxHops && found.length < limit; length += 1) {
      (function walk(path) {
        if (found.length >= limit) { return; }
        var last = path[path.length - 1], left = length - (path.length - 1);
        if (last === b) { if (left === 0) { found.push(path.slice()); } return; }
        (adj[last] || []).forEach(function (x) {
          if (dist[x] !== undefined && dist[x] <= left - 1 && path.indexOf(x) === -1) { path.push(x); walk(path); path.pop(); }
        });
      }([a]));
    }
    return found;
  }
  function hopEdges(u, v) {
    return edgesOf[u].filter(function (e) { return allowedEdge(e) && (e.source === v || e.target === v); });
  }
  document.getElementById("net-paths").addEventListener("submit", function () {
    var a = find(document.getElementById("n-from").value), b = find(document.getElementById("n-to").value);
    var hops = Number(document.getElementById("n-hops").value);
    if (!a || !b) { clear("Paths"); details.appendChild(el("p", "Pick both organisations from the list.")); return; }
    var found = tracePaths(a, b, hops, 10);
    clear("Paths: " + byId[a].label + " to " + byId[b].label);
    if (!found.length) {
      details.appendChild(el("p", "No connection recorded between " + byId[a].label + " and " + byId[b].label + " within " + hops + " hops (with the certainties shown)."));
      return;
    }
    var ol = el("ol", null, { "class": "paths" });
    found.forEach(function (path, i) {
      var li = el("li");
      var show = el("button", "Path " + (i + 1) + ": " + path.map(function (id) { return byId[id].label; }).join(" → "), { type: "button", "class": "link-button" });
      show.addEventListener("click", function () { highlight(path); });
      li.appendChild(show);
      var hopsList = el("ol", null, { "class": "hops" });
      for (var h = 0; h + 1 < path.length; h += 1) {
        var hop = el("li");
        hopEdges(path[h], path[h + 1]).forEach(function (e) {
          hop.appendChild(el("p", sentence(e), { "class": "sentence" }));
          hop.appendChild(evidence(e));
        });
        hopsList.appendChild(hop);
      }
      li.appendChild(hopsList);
      ol.appendChild(li);
    });
    details.appendChild(ol);
    highlight(found[0]);
  });
  function highlight(path) {
    cy.elements().removeClass("path").unselect();
    var eles = cy.collection();
    path.forEach(function (id, i) {
      eles = eles.union(cy.getElementById(id).removeClass("hidden"));
      if (i + 1 < path.length) {
        hopEdges(id, path[i + 1]).forEach(function (e) { eles = eles.union(cy.getElementById(e.id).removeClass("hidden")); });
      }
    });
    eles.addClass("path");
    cy.animate({ fit: { eles: eles, padding: 60 } }, { duration: 250 });
  }

  var arrows = false;
  cy.on("zoom", function () {
    var want = cy.zoom() >= 0.6;
    if (want !== arrows) { arrows = want; cy.batch(function () { cy.edges().toggleClass("arrows", want); }); }
  });

  // ---- keyboard and buttons -----------------------------------------------------------------
  function zoomBy(f) { cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } }); }
  document.getElementById("z-in").addEventListener("click", function () { zoomBy(1.3); });
  document.getElementById("z-out").addEventListener("click", function () { zoomBy(1 / 1.3); });
  document.getElementById("z-fit").addEventListener("click", function () { cy.fit(cy.elements(":visible"), 30); });
  box.addEventListener("keydown", function (ev) {
    var step = 60, moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[ev.key]) { cy.panBy({ x: moves[ev.key][0], y: moves[ev.key][1] }); ev.preventDefault(); }
    else if (ev.key === "+" || ev.key === "=") { zoomBy(1.3); ev.preventDefault(); }
    else if (ev.key === "-") { zoomBy(1 / 1.3); ev.preventDefault(); }
  });

  applyFilters();
  cy.fit(cy.elements(":visible"), 30);
  // each edge's sentence and evidence, loaded once the drawing is up
  function loadEvidence() {
    var s = document.createElement("script");
    s.src = "network-evidence.js";
    s.onload = function () {
      (window.DKG_EVIDENCE || []).forEach(function (extra, i) {
        Object.keys(extra).forEach(function (k) { data.edges[i][k] = extra[k]; });
        data.edges[i].evidenceLoaded = true;
      });
      box.setAttribute("data-evidence", "true");
    };
    document.body.appendChild(s);
  }
  cy.one("render", function () {
    window.DKG_EXPLORER_READY = window.performance.now();
    box.setAttribute("data-ready", "true");
    loadEvidence();
  });
  cy.forceRender();
}());
