// Drives the example partner site (examples/partner-site) in headless Chromium as a visitor
// would: the directory lists members, the pickers come from the taxonomies and narrow the list,
// an organisation's page shows its competences, the map draws the located members, and the
// opportunities page lists what is published. Screenshots of each page go next to the first.
// Usage: node check-partner-site.mjs <site url> <screenshot file> <organisation name> <one of its competences, as labelled>
import { launchChromium } from "./headless-chromium.mjs";

const [site, screenshot, expectedName, competence] = process.argv.slice(2);
const shot = (name) => screenshot.replace(/\.png$/, `-${name}.png`);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, locale: "en-GB" });
  const failedCalls = [];
  page.on("response", (response) => { if (response.status() >= 400) failedCalls.push(`${response.status()} ${response.url()}`); });
  await page.goto(site, { waitUntil: "load" });

  // the directory: a total, entries, and pickers filled from the taxonomies
  const total = page.locator("#results .total");
  await total.waitFor({ timeout: 30000 });
  const all = Number((await total.innerText()).split(" ")[0]);
  const entries = await page.locator("ol.organisations li").count();
  const competences = await page.locator("select[name=competence] option").count();
  const countries = await page.locator("select[name=country] option").count();
  console.log(`directory: ${all} organisations, ${entries} on the first page; ${competences - 1} competences, ${countries - 1} countries to pick`);
  if (!(all > 0 && entries > 0 && competences > 10 && countries > 25)) throw new Error("the directory or its pickers are empty");
  await page.screenshot({ path: screenshot, fullPage: true });

  // a visitor searches for the organisation by its name, with a competence picked from the list
  await page.fill("input[name=q]", expectedName);
  await page.locator("#results .total").evaluate((node) => node.remove());
  await page.selectOption("select[name=competence]", { label: competence });
  await page.click("form#search button[type=submit]");
  await total.waitFor({ timeout: 15000 });
  const found = page.locator("ol.organisations li a", { hasText: expectedName });
  await found.first().waitFor({ timeout: 15000 });
  console.log(`search "${expectedName}" with ${competence}: ${await total.innerText()}`);

  // its page
  await found.first().click();
  await page.locator("article.organisation h2", { hasText: expectedName }).waitFor({ timeout: 15000 });
  const shownCompetences = await page.locator("ul.competences li").allInnerTexts();
  console.log(`organisation page: ${expectedName}; competences shown: ${shownCompetences.join(", ")}`);
  if (shownCompetences.length === 0) throw new Error("the organisation page shows no competences");
  await page.screenshot({ path: shot("organisation"), fullPage: true });

  // the map: one dot per located organisation returned
  await page.click("nav a[href='#/map']");
  await page.locator("#map .leaflet-interactive").first().waitFor({ timeout: 15000 });
  const dots = await page.locator("#map .leaflet-interactive").count();
  console.log(`map: ${dots} dots; ${await page.locator(".total").innerText()}`);
  await page.screenshot({ path: shot("map"), fullPage: true });

  // published opportunities
  await page.click("nav a[href='#/opportunities']");
  const published = page.locator("#opportunities .total");
  await published.waitFor({ timeout: 15000 });
  const listed = await page.locator("ul.opportunities li").count();
  console.log(`opportunities: ${await published.innerText()}, ${listed} listed`);
  if (listed === 0) throw new Error("no published opportunity is listed");
  await page.screenshot({ path: shot("opportunities"), fullPage: true });

  if (failedCalls.length) throw new Error(`calls failed: ${failedCalls.join(", ")}`);
  if (await page.locator(".problem").count()) throw new Error(await page.locator(".problem").first().innerText());
} finally {
  await browser.close();
}
