// Checks that what the API really answers is what its OpenAPI document promises: each URL is
// fetched through the gateway (it must succeed), its path matched to the document's operation, and the JSON body
// validated against that response's schema (required fields present, non-nullable ones not null,
// types and enumerations as documented). A strict TypeScript client relies on exactly that.
// Usage: node check-contract.mjs <openapi.json> <gateway> <token or -> <path>...
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentFile, gateway, token, ...urls] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentFile, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: "viaduc", components: document.components }, "viaduc");

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

let failures = 0;
for (const url of urls) {
  const path = url.split("?")[0];
  // the most specific template first: /organisations/map before /organisations/{id}
  const match = templates.filter((t) => t.pattern.test(path))
    .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))[0];
  if (!match) { console.log(`FAIL ${url}: no operation in the document`); failures++; continue; }
  const response = await fetch(gateway + url, { headers: token === "-" ? {} : { Authorization: `Bearer ${token}` } });
  const type = (response.headers.get("content-type") ?? "").split(";")[0];
  if (!response.ok) { console.log(`FAIL ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`); failures++; continue; }
  const documented = document.paths[match.template].get?.responses?.[String(response.status)];
  const schema = documented?.content?.[type]?.schema;
  if (!schema) { console.log(`FAIL ${url}: ${response.status} ${type} is not documented`); failures++; continue; }
  const body = await response.json();
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"viaduc#/components/')));
  if (validate(body)) {
    console.log(`ok   ${url}: ${response.status} matches ${match.template}`);
  } else {
    failures++;
    console.log(`FAIL ${url}: ${response.status} differs from ${match.template}:`);
    for (const error of validate.errors.slice(0, 8)) console.log(`     ${error.instancePath || "/"} ${error.message}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
