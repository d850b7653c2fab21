// Swagger UI for the whole platform, served by the gateway at /docs.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // more than a hundred operations: a box to filter them by tag
    filter: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
  // "Authorize" with a demo user's name and password (OAuth2 password flow, public client).
  window.ui.initOAuth({ clientId: "viaduc-cli", scopes: "openid" });
};
