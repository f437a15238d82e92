// The query page: YASGUI on this server's /sparql, with the named queries (from /queries) as examples.
// Everything it loads comes from this server: no CDN, no prefix.cc, no LOV.
(function () {
  "use strict";
  var endpoint = new URL("sparql", document.baseURI).href;
  var message = document.getElementById("message");
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var shared = new URLSearchParams(location.hash.slice(1));  // a share link: #query=...&named=...&param.NAME=...
  var current = null;  // the named query last opened: {name, values, text}
  document.getElementById("endpoint").textContent = endpoint;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function shortIri(iri, prefixes) {
    for (var prefix in prefixes) {
      if (iri.indexOf(prefixes[prefix]) === 0) { return prefix + ":" + iri.slice(prefixes[prefix].length); }
    }
    return iri;
  }

  // Table cells show a literal's plain value (2004-02-04, Sri Lanka); its datatype or language
  // is on hover, not in the way of reading the table.
  var Table = Yasgui.Yasr.plugins.table;
  var iriCell = Table.prototype.getCellContent;
  Table.prototype.getCellContent = function (binding, prefixes) {
    if (binding.type !== "literal" && binding.type !== "typed-literal") { return iriCell.call(this, binding, prefixes); }
    var kind = binding["xml:lang"] ? "language: " + binding["xml:lang"]
      : binding.datatype ? "datatype: " + shortIri(binding.datatype, prefixes) : "";
    return "<div><span class='nonIri literal'" + (kind ? " title='" + escapeHtml(kind) + "'" : "") + ">" +
      escapeHtml(binding.value) + "</span></div>";
  };

  // The share link carries the query text and, while the editor still holds a named query as
  // opened, that query's name and parameters, so the link opens the same thing.
  Yasgui.Tab.prototype.getShareableLink = function () {
    var link = new URLSearchParams({ query: this.getQuery() });
    if (current && current.text === this.getQuery()) {
      link.set("named", current.name);
      Object.keys(current.values).forEach(function (k) { link.set("param." + k, current.values[k]); });
    }
    return location.href.split("#")[0] + "#" + link.toString();
  };

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,               // a fresh page each time: no tabs restored from localStorage
    populateFromUrl: false,            // the page reads its own share links (above)
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["variables"], resizeable: true, editorHeight: "260px" },
    yasr: { prefixes: { unhr: "https://w3id.org/unhrkg/ontology#", id: "https://w3id.org/unhrkg/id/", xsd: XSD } }
  });
  if (shared.has("query")) { yasgui.getTab().setQuery(shared.get("query")); }

  function say(text) { message.textContent = text || ""; }

  // An error must not sit above the previous query's rows, as if they were its answer.
  function clearResults() {
    var yasr = yasgui.getTab().getYasr();
    if (yasr.drawnPlugin && yasr.plugins[yasr.drawnPlugin].destroy) { yasr.plugins[yasr.drawnPlugin].destroy(); }
    yasr.results = undefined;
    yasr.drawnPlugin = undefined;
    while (yasr.resultsEl.firstChild) { yasr.resultsEl.firstChild.remove(); }
    yasr.updateResponseInfo();
  }

  function fail(text) {
    clearResults();
    say(text);
  }

  // A named query is shown a page at a time, asked of the server's page route (the rows
  // `unhrkg query` shows); the size of the whole answer is counted apart, on request, since
  // counting costs about what the whole answer does. What the editor then runs is its own
  // query, whole, through /sparql.
  var PAGE = 50;
  var paging = null;  // the named query being paged: {name, values, offset, rows, more, total}
  var pager = document.getElementById("pager");  // its buttons go beside YASR's line on the rows

  function rowWords(p) {
    return pageWords(p) + (p.note ? " (" + p.note + ")" : "");
  }

  function pageWords(p) {
    if (!p.rows) { return p.offset ? "no rows from row " + (p.offset + 1) : "no rows"; }
    var range = p.offset + 1 + "\u2013" + (p.offset + p.rows);
    if (p.total !== null) {
      return (p.offset === 0 && !p.more ? "all " + p.total + " rows" : "rows " + range + " of " + p.total +
        " (counted apart)");
    }
    if (p.more) { return (p.offset === 0 ? "first " + p.rows + " rows" : "rows " + range) + ", more\u2026"; }
    return "rows " + range + " (the last)";
  }

  // YASR's own line would say "50 results" of a page as if that were the whole answer.
  var responseInfo = Yasgui.Yasr.prototype.updateResponseInfo;
  Yasgui.Yasr.prototype.updateResponseInfo = function () {
    responseInfo.call(this);
    if (this.results && this.results.page) { this.dataElement.innerText = rowWords(this.results.page); }
  };

  // A page's rows are numbered as rows of the whole answer (51, 52, ... on the second page).
  var tableRows = Table.prototype.getRows;
  Table.prototype.getRows = function () {
    var rows = tableRows.call(this), page = this.yasr.results && this.yasr.results.page;
    return page ? rows.map(function (row) { return [row[0] + page.offset].concat(row.slice(1)); }) : rows;
  };

  function drawPager() {
    pager.hidden = !paging || !paging.drawn;  // shown from the query's first page on
    if (pager.hidden) { return; }
    document.getElementById("previous").disabled = paging.loading || paging.offset === 0;
    document.getElementById("next").disabled = paging.loading || !paging.more;
    document.getElementById("count").hidden = paging.total !== null;
    var yasr = yasgui.getTab().getYasr();
    if (yasr.results && yasr.results.page === paging) { yasr.updateResponseInfo(); }
  }

  // An answer as JSON, or its text as the error (a timeout or a busy server answers in words).
  function answerOf(r) {
    return r.text().then(function (text) {
      try { return { ok: r.ok, body: JSON.parse(text) }; } catch (e) { return { ok: false, body: { error: text } }; }
    });
  }

  function named(kind, p, extra) {
    var fields = new URLSearchParams(Object.assign({}, p.values, extra || {}));
    var path = "queries/" + encodeURIComponent(p.name) + (kind ? "/" + kind : "");
    return fetch(path + "?" + fields.toString()).then(answerOf);
  }

  function dropPaging(p, text) {
    if (paging !== p) { return; }  // another query was opened meanwhile
    paging = null;
    drawPager();
    fail(text);
  }

  function showPage(p, offset) {
    var started = performance.now();
    p.loading = true;  // one page asked at a time
    drawPager();
    return named("page", p, { limit: PAGE, offset: offset }).then(function (answer) {
      if (paging !== p) { return; }
      p.loading = false;
      if (!answer.ok) { dropPaging(p, answer.body.error); return; }
      var yasr = yasgui.getTab().getYasr();
      Object.assign(p, { offset: offset, rows: answer.body.page.rows, more: answer.body.page.more });
      if (offset === 0 && !p.more) { p.total = p.rows; }  // the whole answer is this page
      say("");
      yasr.setResponse({ data: { head: answer.body.head, results: answer.body.results }, status: 200,
                         contentType: "application/sparql-results+json", executionTime: performance.now() - started });
      yasr.results.page = p;  // known only once the results are parsed: drawn again with it
      yasr.draw();
      yasr.headerEl.appendChild(pager);
      p.drawn = true;
      drawPager();
    }).catch(function (err) { dropPaging(p, "could not load a page of " + p.name + " (" + err.message + ")"); });
  }

  function countRows() {
    var p = paging;
    p.note = "counting\u2026";
    drawPager();
    named("count", p).then(function (answer) {
      if (paging !== p) { return; }
      p.note = answer.ok ? "" : "could not count: " + answer.body.error;
      if (answer.ok) { p.total = answer.body.rows; }
      drawPager();
    }).catch(function (err) {
      if (paging === p) { p.note = "could not count: " + err.message; drawPager(); }
    });
  }

  document.getElementById("previous").addEventListener("click", function () {
    showPage(paging, Math.max(0, paging.offset - PAGE));
  });
  document.getElementById("next").addEventListener("click", function () { showPage(paging, paging.offset + PAGE); });
  document.getElementById("count").addEventListener("click", countRows);
  yasgui.on("query", function () { paging = null; drawPager(); });  // the editor's own query: whole, not paged

  function open(q, inputs) {
    var values = {};
    inputs.forEach(function (input) {
      if (input.value.trim() !== "") { values[input.name] = input.value.trim(); }
    });
    var p = { name: q.name, values: values, offset: 0, rows: 0, more: false, total: null };
    paging = p;
    drawPager();
    named("", p).then(function (answer) {
      if (paging !== p) { return; }
      current = answer.ok ? { name: q.name, values: values, text: answer.body.query } : null;
      if (!answer.ok) { dropPaging(p, answer.body.error); return; }
      yasgui.getTab().setQuery(answer.body.query);
      showPage(p, 0);
    }).catch(function (err) { dropPaging(p, "could not load " + q.name + " from the server (" + err.message + ")"); });
  }

  function entry(q) {
    var li = document.createElement("li");
    li.dataset.query = q.name;
    var name = document.createElement("div");
    name.className = "name";
    name.textContent = q.name;
    var description = document.createElement("p");
    description.className = "description";
    description.textContent = q.description;
    li.append(name, description);
    var inputs = q.params.map(function (p) {
      var label = document.createElement("label");
      label.textContent = p.name + (p.optional ? " (optional)" : "") + ": ";
      var input = document.createElement("input");
      input.name = p.name;
      input.placeholder = p.description;
      input.title = p.kind + ": " + p.description;
      input.addEventListener("keydown", function (e) { if (e.key === "Enter") { open(q, inputs); } });
      label.append(input);
      li.append(label);
      return input;
    });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "run";
    button.textContent = "Run";
    button.addEventListener("click", function () { open(q, inputs); });
    li.append(button);
    return li;
  }

  // A share link naming a query fills that query's fields and marks it as the one open.
  function reopen(list) {
    var li = list.querySelector('li[data-query="' + CSS.escape(shared.get("named")) + '"]');
    if (!li) { return; }
    var values = {};
    li.querySelectorAll("input").forEach(function (input) {
      var value = shared.get("param." + input.name);
      if (value !== null) { input.value = values[input.name] = value; }
    });
    li.classList.add("current");
    li.scrollIntoView({ block: "nearest" });
    current = { name: shared.get("named"), values: values, text: shared.get("query") };
  }

  fetch("queries")
    .then(function (r) { if (!r.ok) { throw new Error("the server answered " + r.status); } return r.json(); })
    .then(function (queries) {
      var list = document.getElementById("queries");
      queries.forEach(function (q) { list.append(entry(q)); });
      document.getElementById("library-status").textContent = queries.length + " queries";
      if (shared.has("named")) {
        reopen(list);
      } else if (!shared.has("query")) {
        var first = queries.find(function (q) { return q.params.length === 0; });
        if (first) { yasgui.getTab().setQuery(first.text); }
      }
      document.body.dataset.ready = "1";
    })
    .catch(function (err) {
      document.getElementById("library-status").textContent = "could not list the named queries (" + err.message + ")";
    });
})();
