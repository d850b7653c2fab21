// Writes through the gateway while faults are injected, as a careful client does: each organisation
// is registered with an Idempotency-Key, retried with the same key until a definite answer, and
// counted as acknowledged only on 201. Stops when the stop file exists.
// Usage: node fault-writer.mjs <gateway> <token> <marker> <stop file> <acknowledged file>
import { appendFileSync, existsSync } from "node:fs";
import { randomUUID } from "node:crypto";

const [gateway, token, marker, stopFile, acknowledgedFile] = process.argv.slice(2);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let attempts = 0;
let retried = 0;
for (let n = 0; !existsSync(stopFile); n++) {
  const key = randomUUID();
  const body = JSON.stringify({ name: `Fault ${marker} ${n} GmbH`, type: "SME", country: "DE", keywords: [marker] });
  for (;;) {
    attempts++;
    let status = 0;
    let text = "";
    try {
      const response = await fetch(`${gateway}/api/v1/organisations`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": key },
        body,
        signal: AbortSignal.timeout(10000),
      });
      status = response.status;
      text = await response.text();
    } catch {
      status = 0; // no answer: whether it was written is unknown, so the same key goes again
    }
    if (status === 201) {
      appendFileSync(acknowledgedFile, JSON.parse(text).id + "\n");
      break;
    }
    if (status >= 400 && status < 500 && status !== 429) {
      console.error(`refused ${status}: ${text}`);
      process.exit(1);
    }
    retried++;
    await pause(200);
  }
}
console.log(`writer: ${attempts} requests, ${retried} retried after a 5xx, a 429 or no answer`);
