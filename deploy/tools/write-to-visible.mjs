// For bench/platform: registers organisations through the gateway, one after the other, and times how long
// each takes to show in matchmaking's candidates (through the gateway too); prints p50, p90, p99 and max in ms.
// Usage: node write-to-visible.mjs <gateway> <member token> <partner token> <writes>
const [gateway, memberToken, partnerToken, count] = process.argv.slice(2);
const writes = Number(count);
const marker = `visible${Date.now()}x`;
const took = [];

for (let i = 0; i < writes; i++) {
  const keyword = `${marker}${i}`;
  const created = await fetch(`${gateway}/api/v1/organisations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${memberToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: `Visible ${keyword} GmbH`, type: 'SME', country: 'DE', competences: ['weaving'],
      keywords: [keyword] }),
  });
  const start = performance.now();
  if (created.status !== 201) throw new Error(`registration answered ${created.status}: ${await created.text()}`);
  for (;;) {
    const found = await fetch(`${gateway}/api/v1/candidates?competence=${keyword}`,
      { headers: { Authorization: `Bearer ${partnerToken}` } });
    const body = await found.text();
    if (found.status === 200 && body.includes('"total":1')) break;
    if (performance.now() - start > 30_000) throw new Error(`${keyword} not visible in matchmaking after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  took.push(performance.now() - start);
}
took.sort((a, b) => a - b);
const at = (q) => took[Math.min(took.length - 1, Math.ceil(q * took.length) - 1)].toFixed(0);
console.log(`p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)} max ${took[took.length - 1].toFixed(0)}`);
