// Loads the demo data (deploy/local/demo-data.json) through the gateway's public API, as the people
// concerned would: the platform admin registers the clusters and alliances and appoints the demo
// managers by invitation, each cluster imports its member file (organisations new to the map become
// active members), and the demo member registers their own fashion SME, becomes its ADMIN and asks to
// join the Catalan cluster, whose demo manager approves. Every change flows as an event to the other
// services. Usage: node load-demo-data.mjs <gateway url> <realm url> <demo-data.json>
// (demo users' passwords are their user names: local runs only).
import { readFileSync } from "node:fs";
import { loadExchangeDemo, patiently } from "./load-exchange-demo.mjs";
import { loadKnowledgeDemo } from "./load-knowledge-demo.mjs";

const [gateway, realm, file] = process.argv.slice(2);
const demo = JSON.parse(readFileSync(file, "utf8"));

async function tokenFor(user) {
  const response = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "viaduc-cli", username: user, password: user }),
  });
  if (!response.ok) throw new Error(`no token for ${user}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

const tokens = {};
for (const user of ["platform-admin", "cluster-manager", "alliance-manager", "member", "member-bg", "member-ro", "member-dk", "member-fr"]) {
  tokens[user] = await tokenFor(user);
}
const emailOf = (user) => `${user}@demo.viaduc.eu`;

async function call(user, method, path, body, { key, contentType = "application/json" } = {}) {
  const headers = { Authorization: `Bearer ${tokens[user]}`, "Content-Type": contentType };
  if (key) headers["Idempotency-Key"] = key;
  const response = await fetch(`${gateway}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${user} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The platform admin invites the demo user to manage the cluster or alliance; the user redeems the code. */
async function appoint(kind, id, user) {
  const { code } = await call("platform-admin", "POST", `/api/v1/${kind}/${id}/managers/invitations`, { email: emailOf(user) });
  await call(user, "POST", "/api/v1/invitations/redemption", { code });
}

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const clusterIds = {};
const allianceIds = {};
const organisationIds = {};
for (const { key, manager, ...profile } of demo.clusters) {
  clusterIds[key] = (await call("platform-admin", "POST", "/api/v1/clusters", profile, { key: `demo-cluster-${key}` })).id;
  if (manager) await appoint("clusters", clusterIds[key], manager);
}
for (const [index, { clusters, manager, ...alliance }] of demo.alliances.entries()) {
  const { id } = await call("platform-admin", "POST", "/api/v1/alliances", alliance, { key: `demo-alliance-${index}` });
  allianceIds[alliance.name] = id;
  for (const cluster of clusters) await call("platform-admin", "PUT", `/api/v1/alliances/${id}/clusters/${clusterIds[cluster]}`);
  if (manager) await appoint("alliances", id, manager);
}
// Each cluster's member file: the organisations nobody registered themselves.
for (const key of Object.keys(clusterIds)) {
  const rows = demo.organisations.filter((o) => o.memberOf === key && !o.registeredBy);
  if (rows.length === 0) continue;
  const csv = ["name,type,country,competences,keywords",
    ...rows.map((o) => [o.name, o.type, o.country, o.competences.join(";"), (o.keywords ?? []).join(";")].map(csvCell).join(","))]
    .join("\n") + "\n";
  // the import is a job: followed until it is done
  let job = await call("platform-admin", "POST", `/api/v1/clusters/${clusterIds[key]}/member-file`, csv, { contentType: "text/csv" });
  while (job.status === "QUEUED" || job.status === "RUNNING") {
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await call("platform-admin", "GET", `/api/v1/member-file-imports/${job.id}`);
  }
  if (job.status !== "COMPLETED") throw new Error(`the ${key} member file failed: ${job.failure}`);
  if (job.report.rejected.length > 0) throw new Error(`the ${key} member file had rejected rows: ${JSON.stringify(job.report.rejected)}`);
}
// Organisations a demo user registers and acts for, asking to join their cluster.
for (const [index, { memberOf, registeredBy, ...organisation }] of demo.organisations.entries()) {
  if (!registeredBy) continue;
  const { id } = await call(registeredBy, "POST", "/api/v1/organisations", organisation, { key: `demo-organisation-${index}` });
  organisationIds[organisation.name] = id;
  const membership = await call(registeredBy, "POST", "/api/v1/memberships", { organisationId: id, clusterId: clusterIds[memberOf] });
  const decider = demo.clusters.find((c) => c.key === memberOf).manager ?? "platform-admin";
  await call(decider, "POST", `/api/v1/memberships/${membership.id}/approval`);
}
console.log(`loaded ${demo.clusters.length} clusters, ${demo.alliances.length} alliances, ` +
  `${demo.organisations.length} organisations with their memberships, and the demo users' affiliations`);

await loadExchangeDemo({ demo, call, allianceIds, organisationIds });
await loadKnowledgeDemo({ demo, call, organisationIds, patiently });
