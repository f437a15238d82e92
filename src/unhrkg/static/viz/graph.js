/* unhrkg viz: draws one graph as SVG. Drag nodes, wheel to zoom, drag the background to pan,
   hover a node or an edge for its facts and source documents, find a node by its label.
   Self-contained: no library, no network; the graph comes from the page's #graph-data JSON.
   Part of unhrkg (MIT licence). */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var tip = document.getElementById("tip");
  var view = { x: 0, y: 0, k: 1 };            // screen = world * k + (x, y)
  var nodes = data.nodes, edges = data.edges;
  var incident = nodes.map(function () { return []; });

  function el(name, attrs, text) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function html(name, text, cls) {
    var e = document.createElement(name);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  // ---------------------------------------------------------------- drawing
  var defs = el("defs"), world = el("g", { "class": "world" });
  var axes = el("g", { "class": "axis" }), edgeLayer = el("g"), nodeLayer = el("g");
  svg.appendChild(defs); svg.appendChild(world);
  world.appendChild(axes); world.appendChild(edgeLayer); world.appendChild(nodeLayer);

  var markers = {};
  function marker(colour) {
    if (!markers[colour]) {
      var id = "arrow" + Object.keys(markers).length;
      var m = el("marker", { id: id, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "9",
        markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto" });
      m.appendChild(el("path", { d: "M0,0L10,5L0,10z", fill: colour }));
      defs.appendChild(m);
      markers[colour] = id;
    }
    return "url(#" + markers[colour] + ")";
  }

  function placeEdge(e) {
    var s = nodes[e.s], t = nodes[e.t];
    var dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    var x1 = s.x + dx / d * s.r, y1 = s.y + dy / d * s.r;
    var x2 = t.x - dx / d * (t.r + 1), y2 = t.y - dy / d * (t.r + 1);
    var path = "M" + x1.toFixed(1) + "," + y1.toFixed(1) + "L" + x2.toFixed(1) + "," + y2.toFixed(1);
    e.line.setAttribute("d", path); e.hit.setAttribute("d", path);
  }
  function placeNode(n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); }

  edges.forEach(function (e, i) {
    var g = el("g", { "class": "link" });
    e.line = el("path", { "class": "edge", stroke: e.colour, "stroke-width": e.width,
      "stroke-opacity": e.colour === "#9E9E9E" ? 0.55 : 0.95 });
    if (e.dashed) { e.line.setAttribute("stroke-dasharray", "7 4"); }
    if (data.directed) { e.line.setAttribute("marker-end", marker(e.colour)); }
    e.hit = el("path", { "class": "edge-hit" });
    g.appendChild(e.line); g.appendChild(e.hit);
    e.g = g;
    edgeLayer.appendChild(g);
    incident[e.s].push(i); incident[e.t].push(i);
    e.hit.addEventListener("mouseenter", function (ev) { showEdge(e, ev); });
    e.hit.addEventListener("mousemove", moveTip);
    e.hit.addEventListener("mouseleave", hideTip);
  });

  nodes.forEach(function (n, i) {
    var cls = "node" + (n.labelled ? "" : " hidden-label") + (n.focus ? " focus" : "");
    n.g = el("g", { "class": cls, "data-id": n.id, tabindex: "0" });
    n.g.appendChild(el("circle", { r: n.r, fill: n.colour }));
    n.g.appendChild(el("text", { y: n.above ? -n.r - 5 : n.r + 12 }, n.label));
    nodeLayer.appendChild(n.g);
    placeNode(n);
    n.g.addEventListener("mouseenter", function (ev) { light(i); showNode(n, ev); });
    n.g.addEventListener("mousemove", moveTip);
    n.g.addEventListener("mouseleave", function () { light(-1); hideTip(); });
    n.g.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
  });
  edges.forEach(placeEdge);
  drawAxes();

  function drawAxes() {
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    if (!data.axes || !xs.length) { return; }
    var left = Math.min.apply(null, xs) - 40, right = Math.max.apply(null, xs) + 40;
    var top = Math.min.apply(null, ys) - 40, bottom = Math.max.apply(null, ys) + 40;
    data.axes.lanes.forEach(function (lane) {
      axes.appendChild(el("line", { x1: left, x2: right, y1: lane[1], y2: lane[1] }));
      axes.appendChild(el("text", { x: left - 6, y: lane[1] + 4, "text-anchor": "end" }, lane[0]));
    });
    data.axes.ticks.forEach(function (tick) {
      axes.appendChild(el("line", { x1: tick[1], x2: tick[1], y1: top, y2: bottom }));
      axes.appendChild(el("text", { x: tick[1], y: bottom + 16, "text-anchor": "middle" }, tick[0]));
    });
  }

  // ---------------------------------------------------------------- view: fit, zoom, pan, drag
  function apply() { world.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  function fit() {
    var box = world.getBBox(), w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    if (!box.width || !box.height) { view = { x: w / 2, y: h / 2, k: 1 }; apply(); return; }
    var k = Math.min((w - 40) / box.width, (h - 40) / box.height, 2.5);
    view = { k: k, x: (w - box.width * k) / 2 - box.x * k, y: (h - box.height * k) / 2 - box.y * k };
    apply();
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect(), px = ev.clientX - rect.left, py = ev.clientY - rect.top;
    var f = Math.exp(-ev.deltaY * 0.0015), k = Math.max(0.05, Math.min(20, view.k * f));
    view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
    apply();
  }, { passive: false });

  var drag = null;
  function startDrag(ev, n) {
    ev.stopPropagation();
    drag = { node: n, x: ev.clientX, y: ev.clientY };
    svg.setPointerCapture(ev.pointerId);
  }
  svg.addEventListener("pointerdown", function (ev) {
    drag = { node: null, x: ev.clientX, y: ev.clientY };
    svg.classList.add("panning");
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    drag.x = ev.clientX; drag.y = ev.clientY;
    if (drag.node) {
      var n = drag.node, i = nodes.indexOf(n);
      n.x += dx / view.k; n.y += dy / view.k;
      placeNode(n);
      incident[i].forEach(function (j) { placeEdge(edges[j]); });
      hideTip();
    } else { view.x += dx; view.y += dy; apply(); }
  });
  function endDrag() { drag = null; svg.classList.remove("panning"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  document.getElementById("fit").addEventListener("click", fit);
  window.addEventListener("resize", fit);

  // ---------------------------------------------------------------- hover: facts and sources
  function light(i) {
    nodes.forEach(function (n) { n.g.classList.remove("lit"); });
    edges.forEach(function (e) { e.g.classList.remove("lit"); });
    svg.classList.toggle("dim", i >= 0);
    if (i < 0) { return; }
    nodes[i].g.classList.add("lit");
    incident[i].forEach(function (j) {
      var e = edges[j];
      e.g.classList.add("lit"); nodes[e.s].g.classList.add("lit"); nodes[e.t].g.classList.add("lit");
    });
  }
  function list(title, items) {
    var box = document.createDocumentFragment();
    if (!items.length) { return box; }
    box.appendChild(html("div", title, "kind"));
    var ul = html("ul");
    items.forEach(function (item) { ul.appendChild(html("li", item)); });
    box.appendChild(ul);
    return box;
  }
  function showNode(n, ev) {
    tip.replaceChildren(html("h2", n.label), html("div", n.kind, "kind"), html("div", n.id, "iri"));
    var table = html("table");
    n.facts.forEach(function (f) {
      var tr = html("tr"); tr.appendChild(html("td", f[0])); tr.appendChild(html("td", f[1])); table.appendChild(tr);
    });
    tip.appendChild(table);
    tip.appendChild(list("source documents (" + n.sources.length + ")", n.sources));
    showTip(ev);
  }
  function showEdge(e, ev) {
    tip.replaceChildren(html("h2", nodes[e.s].label + (data.directed ? " \u2192 " : " \u2014 ") + nodes[e.t].label));
    e.relations.forEach(function (r) {
      tip.appendChild(html("div", r[0] + "  (" + r[1] + ")"));
      if (r[2]) { tip.appendChild(list("source documents", r[2].split("; "))); }
      if (r[3]) { tip.appendChild(html("div", "\u201c" + r[3] + "\u201d", "evidence")); }
    });
    showTip(ev);
  }
  function showTip(ev) { tip.hidden = false; moveTip(ev); }
  function moveTip(ev) {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, ev.clientX - w - 14); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, ev.clientY - h - 14); }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  // ---------------------------------------------------------------- legend and find
  var legend = document.getElementById("legend");
  data.legend.kinds.forEach(function (k) {
    var row = html("div"), dot = html("span", undefined, "dot");
    dot.style.background = k[1]; row.appendChild(dot); row.appendChild(html("span", k[0])); legend.appendChild(row);
  });
  data.legend.relations.forEach(function (r) {
    var row = html("div"), line = html("span", undefined, "line");
    line.style.borderTopColor = r[1]; line.style.borderTopStyle = r[2] ? "dashed" : "solid";
    row.appendChild(line); row.appendChild(html("span", r[0])); legend.appendChild(row);
  });
  var labels = document.getElementById("labels");
  nodes.forEach(function (n) { var o = html("option"); o.value = n.label; labels.appendChild(o); });
  document.getElementById("find").addEventListener("change", function (ev) {
    var q = ev.target.value.trim().toLowerCase(), i = -1;
    nodes.forEach(function (n, j) { if (i < 0 && n.label.toLowerCase() === q) { i = j; } });
    nodes.forEach(function (n, j) { if (i < 0 && q && n.label.toLowerCase().indexOf(q) >= 0) { i = j; } });
    if (i < 0) { light(-1); return; }
    var n = nodes[i], w = svg.clientWidth, h = svg.clientHeight;
    view.k = Math.max(view.k, 1.2); view.x = w / 2 - n.x * view.k; view.y = h / 2 - n.y * view.k;
    apply(); light(i);
  });

  fit();
  document.body.setAttribute("data-ready", "1");
  window.unhrkgGraph = { nodes: nodes.length, edges: edges.length, view: data.view };
}());
