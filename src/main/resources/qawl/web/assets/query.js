// qawl query page: YASGUI on the qawl SPARQL endpoint, opened on the who-said-what query.
// Runs after yasgui.min.js; without it (JavaScript off, script blocked) the page stays static.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!root || typeof window.Yasgui === "undefined") {
    return;
  }
  var Yasgui = window.Yasgui;
  var endpoint = new URL(root.getAttribute("data-endpoint"), window.location.href).href;
  var query = document.getElementById("default-query").textContent;

  // Work offline: no prefix.cc or LOV look-ups, only completion of the query's own variables.
  var completers = ["variables"];
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) {
    Yasgui.Yasqe.defaults.autocompleters = completers.slice();
  }
  if (Yasgui.defaults && Yasgui.defaults.yasqe) {
    Yasgui.defaults.yasqe.autocompleters = completers.slice();
  }

  window.yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; }
    },
    // every visit starts from the current who-said-what query, not from a stale saved tab
    persistenceId: null,
    yasqe: { value: query }
  });
  document.documentElement.classList.add("has-yasgui");

  // Result cells hold Arabic and Latin text: let each cell take the direction of its content.
  function markCells(scope) {
    var cells = scope.querySelectorAll(".yasr td:not([dir]), .yasr th:not([dir])");
    for (var i = 0; i < cells.length; i++) {
      cells[i].setAttribute("dir", "auto");
    }
  }
  new MutationObserver(function () { markCells(root); })
    .observe(root, { childList: true, subtree: true });
  markCells(root);
})();
