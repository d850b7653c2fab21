// Parses the AsyncAPI document with the official AsyncAPI parser (with its schema references to
// the event schemas resolved) and fails on any error it reports; prints the public channels.
// Usage: node check-asyncapi.mjs <asyncapi.yaml>
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Parser, fromFile } from "@asyncapi/parser";

const file = resolve(process.argv[2]);
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse({ source: pathToFileURL(file).href });
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of errors) console.log(`error ${d.path.join(".")}: ${d.message}`);
if (!document || errors.length) process.exit(1);
const channels = document.channels().all();
const open = channels.filter((c) => c.tags().all().some((t) => t.name() === "public")).map((c) => c.address());
console.log(`AsyncAPI ${document.version()}: ${channels.length} channels, ${document.messages().all().length} messages, ` +
  `${diagnostics.length - errors.length} warnings or hints; public: ${open.join(", ")}`);
