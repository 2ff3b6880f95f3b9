// qawl network explorer: the speakers network (or another view) drawn with Cytoscape.js, filters
// by report, date range and actor type, and the statements behind a node or an edge.
// Data: /explore/graph (Cytoscape JSON), /explore/reports, /explore/statements.
(function () {
  "use strict";
  var body = document.body;
  var form = document.getElementById("filter-form");
  var container = document.getElementById("graph");
  var details = document.getElementById("details");
  var summary = document.getElementById("summary");
  var kbBase = body.getAttribute("data-kb-base");
  var COLOURS = {
    Person: "#f0a35e", Country: "#5b9bd5", GovernmentBody: "#70ad47", Organization: "#9e7cc1",
    ArmedForce: "#d9534f", MediaOutlet: "#d4b106", Group: "#d16ba5", City: "#4bb3a4",
    Region: "#4bb3a4", Place: "#4bb3a4", Event: "#f5c242", Deployment: "#e8912d", Actor: "#9e9e9e"
  };
  var allTypes = null;
  var cy = null;

  if (typeof window.cytoscape !== "function") {
    summary.textContent = "Cytoscape.js did not load.";
    body.setAttribute("data-state", "error");
    return;
  }

  function colour(type) { return COLOURS[type] || "#9e9e9e"; }

  // a long text cut to max characters (report titles are often a whole first line)
  function short(text, max) {
    text = text || "";
    return text.length <= max ? text : text.substring(0, max - 1).replace(/\s+\S*$/, "") + "…";
  }

  function page(iri) { return iri.indexOf(kbBase) === 0 ? "/kb/" + iri.substring(kbBase.length) : iri; }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": HTTP " + response.status); }
      return response.json();
    });
  }

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  /** The filters of the form as query parameters (types only when some are unticked). */
  function filters(withView) {
    var params = new URLSearchParams();
    if (withView) { params.set("view", form.elements.view.value); }
    if (form.elements.report.value) { params.append("report", form.elements.report.value); }
    if (form.elements.from.value) { params.set("from", form.elements.from.value); }
    if (form.elements.to.value) { params.set("to", form.elements.to.value); }
    if (!form.elements.undated.checked) { params.set("undated", "false"); }
    var boxes = form.querySelectorAll("input[name=type]");
    var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; });
    if (ticked.length < boxes.length) {
      ticked.forEach(function (b) { params.append("type", b.value); });
      if (ticked.length === 0) { params.append("type", "-"); }
    }
    return params;
  }

  function loadReports() {
    return getJson("/explore/reports").then(function (reports) {
      reports.forEach(function (r) {
        var label = short(r.title || r.iri, 48) + (r.date ? " (" + r.date + ")" : "") + " · " + r.statements;
        form.elements.report.appendChild(el("option", label, { value: r.iri, dir: "auto", title: r.title || r.iri }));
      });
    });
  }

  /** One tick box per node type of the unfiltered graph, with its count. */
  function buildTypes(nodes) {
    var counts = {};
    nodes.forEach(function (n) { counts[n.data.type] = (counts[n.data.type] || 0) + 1; });
    allTypes = Object.keys(counts).sort();
    var fieldset = document.getElementById("types");
    allTypes.forEach(function (type) {
      var label = el("label", null, { "class": "type" });
      var box = el("input", null, { type: "checkbox", name: "type", value: type });
      box.checked = true;
      label.appendChild(box);
      label.appendChild(el("span", null, { "class": "swatch", style: "background:" + colour(type) }));
      label.appendChild(document.createTextNode(type + " "));
      label.appendChild(el("span", "(" + counts[type] + ")", { "class": "count" }));
      fieldset.appendChild(label);
    });
  }

  function loadGraph() {
    body.setAttribute("data-state", "loading");
    return getJson("/explore/graph?" + filters(true)).then(function (graph) {
      if (allTypes === null) { buildTypes(graph.elements.nodes); }
      draw(graph);
    }).catch(function (error) {
      summary.textContent = String(error.message || error);
      body.setAttribute("data-state", "error");
    });
  }

  function draw(graph) {
    if (cy) { cy.destroy(); }
    graph.elements.nodes.forEach(function (n) { n.data.size = n.data.statements + n.data.mentions; });
    cy = cytoscape({
      container: container,
      elements: graph.elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": function (n) { return colour(n.data("type")); },
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "font-family": "Noto Sans Arabic, DejaVu Sans, sans-serif", "color": "#222",
          "text-wrap": "wrap", "text-max-width": 140, "min-zoomed-font-size": 6,
          "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1,
          "width": "mapData(size, 0, 30, 14, 60)", "height": "mapData(size, 0, 30, 14, 60)",
          "border-width": 1, "border-color": "#666" } },
        { selector: "edge", style: {
          "width": "mapData(weight, 1, 6, 1, 7)", "line-color": "#b9c3cf", "curve-style": "bezier",
          "target-arrow-shape": graph.data.directed ? "triangle" : "none",
          "target-arrow-color": "#b9c3cf", "arrow-scale": 0.8, "opacity": 0.85 } },
        { selector: ".faded", style: { "opacity": 0.25 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f5fa8" } },
        { selector: "edge:selected", style: { "line-color": "#1f5fa8", "target-arrow-color": "#1f5fa8" } }
      ]
    });
    cy.data({ directed: graph.data.directed, view: graph.data.view });
    window.cy = cy;
    cy.on("tap", "node", function (event) { showNode(event.target); });
    cy.on("tap", "edge", function (event) { showEdge(event.target); });
    cy.on("tap", function (event) { if (event.target === cy) { cy.elements().removeClass("faded"); } });
    var layout = cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: function () { return 900000; },
      idealEdgeLength: function () { return 90; }, gravity: 60, numIter: 1500, padding: 20 });
    layout.one("layoutstop", function () {
      summary.textContent = cy.nodes().length + " nodes, " + cy.edges().length + " edges";
      body.setAttribute("data-state", "ready");
    });
    layout.run();
  }

  function focus(elements) {
    cy.elements().addClass("faded");
    elements.removeClass("faded");
  }

  function header(title, subtitle, links) {
    details.replaceChildren();
    details.appendChild(el("h2", title, { dir: "rtl", lang: "ar", id: "details-title" }));
    if (subtitle) { details.appendChild(el("p", subtitle, { "class": "facts" })); }
    var p = el("p", null, { "class": "facts" });
    links.forEach(function (link, i) {
      if (i > 0) { p.appendChild(document.createTextNode(" · ")); }
      p.appendChild(el("a", link[0], { href: link[1] }));
    });
    details.appendChild(p);
  }

  function showNode(node) {
    var d = node.data();
    focus(node.closedNeighborhood());
    var subtitle = [d.labelEn, d.type, d.statements + " statements made", d.mentions + " received"]
      .filter(Boolean).join(" · ");
    header(d.label, subtitle, [["linked-data page", page(d.iri)], ["IRI", d.iri]]);
    // an event speaks no statements; the statements about it are on its incoming edges
    var isEvent = /Event|Deployment/.test(d.type) || node.incomers("edge[kind = 'about']").length > 0;
    var done = Promise.resolve();
    if (!isEvent) {
      var by = section("Statements by " + d.label, "statements-by");
      var speaker = new URLSearchParams(filters(false));
      speaker.set("speaker", d.iri);
      done = getJson("/explore/statements?" + speaker).then(function (list) { fill(by, list); });
    }
    var directed = cy.data("directed");
    var ids = [];
    node.connectedEdges().forEach(function (e) {
      if (!directed || e.data("target") === d.id) {
        (e.data("statements") || []).forEach(function (id) { if (ids.indexOf(id) < 0) { ids.push(id); } });
      }
    });
    if (ids.length > 0) {
      var about = section((directed ? "Statements that mention " : "Statements where it occurs with others: ")
        + d.label, "statements-about");
      done = done.then(function () { return byIds(ids); }).then(function (list) { fill(about, list); });
    }
    return done;
  }

  function showEdge(edge) {
    var d = edge.data();
    var source = cy.getElementById(d.source).data("label");
    var target = cy.getElementById(d.target).data("label");
    focus(edge.union(edge.connectedNodes()));
    header(source + " ← " + target, d.kind + " · " + d.weight + " statements · verbs: " + (d.verbs || []).join("، "),
      [["source", page(cy.getElementById(d.source).data("iri"))], ["target", page(cy.getElementById(d.target).data("iri"))]]);
    var list = section("Statements", "statements-edge");
    return byIds(d.statements || []).then(function (statements) { fill(list, statements); });
  }

  function byIds(ids) {
    var params = new URLSearchParams();
    ids.slice(0, 200).forEach(function (id) { params.append("statement", id); });
    return ids.length === 0 ? Promise.resolve([]) : getJson("/explore/statements?" + params);
  }

  function section(title, id) {
    details.appendChild(el("h3", title, { dir: "auto" }));
    var list = el("ol", null, { "class": "statements", id: id });
    list.appendChild(el("li", "loading…", { "class": "hint" }));
    details.appendChild(list);
    return list;
  }

  function fill(list, statements) {
    list.replaceChildren();
    if (statements.length === 0) { list.appendChild(el("li", "none with these filters", { "class": "hint" })); }
    statements.forEach(function (s) {
      var item = el("li", null, { "class": "statement", "data-iri": s.iri });
      item.appendChild(el("blockquote", s.content, { dir: "rtl", lang: "ar" }));
      var meta = el("div", null, { "class": "meta" });
      var parts = [
        el("span", s.speakerText || "(implicit speaker)", { dir: "rtl", lang: "ar" }),
        el("span", s.verb + (s.lemma && s.lemma !== s.verb ? " (" + s.lemma + ")" : ""), { "class": "verb", dir: "rtl", lang: "ar" }),
        el("a", short(s.reportTitle || s.report, 40), { href: s.reportLink || s.report, dir: "auto",
          "class": "report", title: s.reportTitle || s.report }),
        el("span", "chars " + s.start + "–" + s.end, { "class": "span" }),
        el("span", s.mode),
        s.date ? el("span", s.date) : null,
        el("a", "statement", { href: s.link })
      ].filter(Boolean);
      parts.forEach(function (part, i) {
        if (i > 0) { meta.appendChild(document.createTextNode(" · ")); }
        meta.appendChild(part);
      });
      item.appendChild(meta);
      list.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); loadGraph(); });
  form.addEventListener("reset", function () { setTimeout(function () {
    form.querySelectorAll("input[name=type]").forEach(function (b) { b.checked = true; });
    loadGraph();
  }, 0); });
  form.elements.view.addEventListener("change", loadGraph);
  form.elements.report.addEventListener("change", loadGraph);

  window.qawlExplorer = { showNode: function (id) { return showNode(cy.getElementById(id)); } };
  loadReports().catch(function () { /* the graph still works without the report list */ }).then(loadGraph);
})();
