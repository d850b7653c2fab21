// A new person registers on Keycloak's own registration page, in headless Chromium, as a visitor
// would: fills in the form, submits it, and lands back on the application with a sign-in code.
// Usage: node register-person.mjs <realm url> <redirect uri> <user name> <e-mail> <password> <screenshot>
import { launchChromium } from "./headless-chromium.mjs";

const [realm, redirectUri, username, email, password, screenshot] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  const url = `${realm}/protocol/openid-connect/registrations?` + new URLSearchParams({
    client_id: "viaduc-cli", response_type: "code", scope: "openid", redirect_uri: redirectUri,
  });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  await page.locator("#username").fill(username);
  await page.locator("#email").fill(email);
  await page.locator("#firstName").fill("New");
  await page.locator("#lastName").fill(username);
  await page.locator("#password").fill(password);
  await page.locator("#password-confirm").fill(password);
  await page.screenshot({ path: screenshot, fullPage: true });
  await Promise.all([
    page.waitForURL((target) => target.href.startsWith(redirectUri) && target.searchParams.has("code"), { timeout: 20000 }),
    page.locator("[type=submit]").click(),
  ]);
  console.log(`registered ${username} <${email}>; back at ${redirectUri} with a sign-in code`);
} catch (error) {
  console.error(`registration failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
