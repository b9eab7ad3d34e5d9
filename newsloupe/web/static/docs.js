/* Starts Swagger UI on /docs (an external file: the CSP forbids inline scripts). */
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  /* global SwaggerUIBundle */
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-spec"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
})();
