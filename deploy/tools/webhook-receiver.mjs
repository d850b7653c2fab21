// A partner site's webhook endpoint, written from the Standard Webhooks specification alone: it
// checks each request's signature (HMAC-SHA256 of "id.timestamp.body" with the secret's base64 key)
// and timestamp, answers 204 (or 400 when the signature fails), and appends each event it took to a
// file as a JSON line: {id, valid, type, subject, version}. Other paths get 404 (an earlier run's
// subscription, with its own secret, may still call this port).
// Usage: node webhook-receiver.mjs <port> <path> <whsec_ secret> <output file>
import { createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, path, secret, output] = process.argv.slice(2);
const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");

function verifies(id, timestamp, signatures, body) {
  if (!id || !timestamp || !signatures) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

createServer((request, response) => {
  if (request.url !== path) {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const valid = verifies(request.headers["webhook-id"], request.headers["webhook-timestamp"],
      request.headers["webhook-signature"], body);
    const event = JSON.parse(body);
    appendFileSync(output, JSON.stringify({ id: request.headers["webhook-id"], valid, type: event.type,
      subject: event.subject, version: event.data?.version, contentType: request.headers["content-type"] }) + "\n");
    response.writeHead(valid ? 204 : 400).end();
  });
}).listen(Number(port), "127.0.0.1", () => console.log(`webhook receiver on http://127.0.0.1:${port}${path}`));
