// Builds what the gateway serves besides the API: the platform's OpenAPI document, merged from
// the services' documents (openapi.json and openapi.yaml), and Swagger UI under docs/.
// Paths never overlap (each resource has one owner); same-named schemas must be identical,
// otherwise the merge fails rather than guess.
// Usage: node build-gateway-site.mjs <out-dir> <realm-url as browsers reach it> <service openapi url>...
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import yaml from "js-yaml";

const [outDir, realmUrl, ...sources] = process.argv.slice(2);

const merged = {
  openapi: "3.1.0",
  info: {
    title: "Viaduc API",
    version: "1.0.0",
    description:
      "The REST API of the Viaduc platform for European business clusters, behind one gateway. " +
      "Errors are RFC 9457 problem documents. Authorize with a demo user (OAuth2 password flow) " +
      "or paste a bearer token.",
    license: { name: "Apache 2.0", identifier: "Apache-2.0" },
    contact: { name: "Viaduc platform team", url: "https://viaduc.eu", email: "api@viaduc.eu" },
  },
  servers: [{ url: "/", description: "This gateway" }],
  tags: [],
  paths: {},
  components: {
    schemas: {},
    securitySchemes: {
      SecurityScheme: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "OIDC access token of the viaduc realm" },
      OAuth2: {
        type: "oauth2",
        description: "Keycloak realm viaduc; public client viaduc-cli (local runs only)",
        flows: { password: { tokenUrl: `${realmUrl}/protocol/openid-connect/token`, scopes: { openid: "OpenID Connect" } } },
      },
    },
  },
};

for (const source of sources) {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  const document = await response.json();
  for (const tag of document.tags ?? []) {
    if (!merged.tags.some((known) => known.name === tag.name)) merged.tags.push(tag);
  }
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (merged.paths[path]) throw new Error(`${path} is served by two services`);
    for (const operation of Object.values(item)) {
      // A secured operation accepts either scheme: a pasted token or the password flow.
      if (operation.security?.length) operation.security = [{ SecurityScheme: [] }, { OAuth2: ["openid"] }];
    }
    merged.paths[path] = item;
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const known = merged.components.schemas[name];
    if (known && !isDeepStrictEqual(known, schema)) throw new Error(`schema ${name} differs between services`);
    merged.components.schemas[name] = schema;
  }
  console.log(`merged ${source}: ${Object.keys(document.paths ?? {}).length} paths`);
}

writeFileSync(`${outDir}/openapi.json`, JSON.stringify(merged, null, 2));
writeFileSync(`${outDir}/openapi.yaml`, yaml.dump(merged, { noRefs: true, lineWidth: 120 }));
console.log(`wrote ${outDir}/openapi.json and openapi.yaml: ${Object.keys(merged.paths).length} paths`);

const swaggerUi = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
mkdirSync(`${outDir}/docs`, { recursive: true });
cpSync(swaggerUi, `${outDir}/docs`, { recursive: true });
cpSync(join(dirname(fileURLToPath(import.meta.url)), "swagger-initializer.js"), `${outDir}/docs/swagger-initializer.js`);
console.log(`wrote Swagger UI into ${outDir}/docs`);
