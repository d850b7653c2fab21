// Opens the gateway's Swagger UI in headless Chromium, waits for the operations to render,
// takes a screenshot, and fails unless every expected path is shown and the page is no error
// page. Then does what a user does: authorizes as a demo user (OAuth2 password flow against
// Keycloak) and calls GET /api/v1/candidates with "Try it out", expecting a 200.
// Usage: node check-docs.mjs <docs url> <screenshot file> <path that must appear>...
import { launchChromium } from "./headless-chromium.mjs";

const [url, screenshot, ...expectedPaths] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 2000 } });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  // the first render of the whole document takes seconds, more on a busy machine
  await page.waitForSelector(".opblock", { timeout: 90000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  const title = await page.locator(".info .title").innerText();
  // Swagger UI renders a long list (150 tags and operations or more) virtually, only what is on
  // screen: the operations it shows are read from its state, and each expected one is then found
  // on screen through the tag filter, as a reader would.
  const shown = await page.evaluate(() => window.ui.specSelectors.specJson().get("paths").keySeq().toArray());
  const errors = await page.locator(".errors-wrapper").count();
  console.log(`title: ${title}; ${shown.length} paths; screenshot: ${screenshot}`);
  if (!title.includes("Viaduc API")) throw new Error(`unexpected title ${title}`);
  if (errors > 0) throw new Error("Swagger UI shows errors");
  const missing = expectedPaths.filter((path) => !shown.includes(path));
  if (missing.length) throw new Error(`missing operations for ${missing.join(", ")}; shown: ${shown.join(", ")}`);
  const filter = page.locator(".operation-filter-input");
  await filter.fill("Candidates");
  await page.locator("#operations-Candidates-findCandidates").waitFor({ timeout: 15000 });

  await page.click(".auth-wrapper .authorize");
  const oauth = page.locator(".auth-container", { has: page.locator("#oauth_username") });
  await oauth.locator("#oauth_username").fill("member");
  await oauth.locator("#oauth_password").fill("member");
  await oauth.locator("button.authorize").click();
  // once authorized, the form gives way to the user name and a logout button
  await page.locator(".dialog-ux button[aria-label='Remove authorization']").waitFor({ timeout: 15000 });
  await page.click(".dialog-ux .close-modal");
  const operation = page.locator("#operations-Candidates-findCandidates");
  await operation.locator(".opblock-summary").click();
  await operation.locator(".try-out__btn").click();
  await operation.locator("tr[data-param-name='competence'] input").fill("pattern-making");
  await operation.locator(".execute").click();
  const status = operation.locator(".live-responses-table tbody .response-col_status").first();
  await status.waitFor({ timeout: 15000 });
  const code = (await status.innerText()).trim();
  await page.screenshot({ path: screenshot.replace(/\.png$/, "-call.png"), fullPage: true });
  console.log(`authorized as member in Swagger UI; GET /api/v1/candidates answered ${code}`);
  if (code !== "200") throw new Error(`the call from Swagger UI answered ${code}`);
} finally {
  await browser.close();
}
