// After the faults: every acknowledged registration must be in matchmaking's read model exactly once.
// Polls until it is or the time is up, then prints acknowledged, delivered, duplicated and lost.
// Usage: node fault-check.mjs <gateway> <token> <marker> <acknowledged file> <seconds>
import { readFileSync } from "node:fs";

const [gateway, token, marker, acknowledgedFile, seconds] = process.argv.slice(2);
const acknowledged = readFileSync(acknowledgedFile, "utf8").split("\n").filter(Boolean);
const wanted = new Set(acknowledged);
const deadline = Date.now() + Number(seconds) * 1000;

async function readModel() {
  const ids = [];
  for (let page = 0; ; page++) {
    const response = await fetch(`${gateway}/api/v1/candidates?competence=${marker}&size=200&page=${page}`,
      { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return null;
    const { items, total } = await response.json();
    ids.push(...items.map((item) => item.organisationId));
    if (ids.length >= total || items.length === 0) return ids;
  }
}

let ids = [];
for (;;) {
  ids = (await readModel()) ?? ids;
  if (acknowledged.every((id) => ids.includes(id)) || Date.now() > deadline) break;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const delivered = new Set(ids.filter((id) => wanted.has(id)));
const duplicated = ids.length - new Set(ids).size;
const lost = acknowledged.filter((id) => !delivered.has(id)).length;
console.log(`acknowledged ${wanted.size}, delivered ${delivered.size}, duplicated ${duplicated}, lost ${lost}`);
process.exit(lost === 0 && duplicated === 0 && wanted.size === acknowledged.length ? 0 : 1);
