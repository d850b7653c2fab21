// Loads the demo data (deploy/local/demo-data.json) through the gateway's public API, as a
// platform admin: clusters, alliances, organisations, and their approved memberships, so every
// change flows as an event to the other services. Idempotency keys make a re-run after a
// partial failure replay what exists instead of duplicating it.
// Usage: node load-demo-data.mjs <gateway url> <demo-data.json>   (token in VIADUC_TOKEN)
import { readFileSync } from "node:fs";

const [gateway, file] = process.argv.slice(2);
const demo = JSON.parse(readFileSync(file, "utf8"));
const headers = { Authorization: `Bearer ${process.env.VIADUC_TOKEN}`, "Content-Type": "application/json" };

async function call(method, path, body, key) {
  const response = await fetch(`${gateway}${path}`, {
    method,
    headers: key ? { ...headers, "Idempotency-Key": key } : headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const clusterIds = {};
for (const { key, ...profile } of demo.clusters) {
  clusterIds[key] = (await call("POST", "/api/v1/clusters", profile, `demo-cluster-${key}`)).id;
}
for (const [index, { clusters, ...alliance }] of demo.alliances.entries()) {
  const { id } = await call("POST", "/api/v1/alliances", { ...alliance, managers: [] }, `demo-alliance-${index}`);
  for (const cluster of clusters) await call("PUT", `/api/v1/alliances/${id}/clusters/${clusterIds[cluster]}`);
}
for (const [index, { memberOf, ...organisation }] of demo.organisations.entries()) {
  const { id } = await call("POST", "/api/v1/organisations", organisation, `demo-organisation-${index}`);
  const membership = await call("POST", "/api/v1/memberships", { organisationId: id, clusterId: clusterIds[memberOf] },
    `demo-membership-${index}`);
  if (membership.status === "PENDING") await call("POST", `/api/v1/memberships/${membership.id}/approval`);
}
console.log(`loaded ${demo.clusters.length} clusters, ${demo.alliances.length} alliances, ` +
  `${demo.organisations.length} organisations with their memberships`);
