// The query page: YASGUI on this server's /sparql, with the named queries (from /queries) as examples.
// Everything it loads comes from this server: no CDN, no prefix.cc, no LOV.
(function () {
  "use strict";
  var endpoint = new URL("sparql", document.baseURI).href;
  var message = document.getElementById("message");
  document.getElementById("endpoint").textContent = endpoint;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,               // a fresh page each time: no tabs restored from localStorage
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["variables"], resizeable: true, editorHeight: "260px" },
    yasr: { prefixes: { unhr: "https://w3id.org/unhrkg/ontology#", id: "https://w3id.org/unhrkg/id/" } }
  });

  function say(text) { message.textContent = text || ""; }

  function run(query, name) {
    var tab = yasgui.getTab();
    tab.setQuery(query);
    say("");
    document.body.dataset.running = name;
    return tab.query();
  }

  function open(q, inputs) {
    var params = new URLSearchParams();
    inputs.forEach(function (input) {
      if (input.value.trim() !== "") { params.set(input.name, input.value.trim()); }
    });
    fetch("queries/" + encodeURIComponent(q.name) + "?" + params.toString())
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { say(answer.body.error); return; }
        run(answer.body.query, q.name);
      })
      .catch(function (err) { say("cannot load " + q.name + ": " + err); });
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

  fetch("queries")
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (queries) {
      var list = document.getElementById("queries");
      queries.forEach(function (q) { list.append(entry(q)); });
      document.getElementById("library-status").textContent = queries.length + " queries";
      if (!yasgui.getTab().getQuery().trim() || /SELECT \* WHERE/.test(yasgui.getTab().getQuery())) {
        var first = queries.find(function (q) { return q.params.length === 0; });
        if (first) { yasgui.getTab().setQuery(first.text); }
      }
    })
    .catch(function (err) { document.getElementById("library-status").textContent = "cannot list the queries: " + err; });
})();
