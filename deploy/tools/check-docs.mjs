// Opens the gateway's Swagger UI in headless Chromium, waits for the operations to render,
// takes a screenshot, and fails unless every expected path is shown and the page is no error page.
// Usage: node check-docs.mjs <docs url> <screenshot file> <path that must appear>...
import { chromium } from "playwright-core";

const [url, screenshot, ...expectedPaths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 2000 } });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  await page.waitForSelector(".opblock", { timeout: 30000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  const title = await page.locator(".info .title").innerText();
  const paths = await page.locator(".opblock-summary-path").allInnerTexts();
  const errors = await page.locator(".errors-wrapper").count();
  console.log(`title: ${title}; ${paths.length} operations; screenshot: ${screenshot}`);
  if (!title.includes("Viaduc API")) throw new Error(`unexpected title ${title}`);
  if (errors > 0) throw new Error("Swagger UI shows errors");
  const shown = paths.map((path) => path.replace(/\u200b/g, "").trim());
  const missing = expectedPaths.filter((path) => !shown.includes(path));
  if (missing.length) throw new Error(`missing operations for ${missing.join(", ")}; shown: ${shown.join(", ")}`);
} finally {
  await browser.close();
}
