// Signs in as a mobile app does (RFC 8252, OAuth 2.0 for native apps): the public client
// viaduc-mobile opens Keycloak's login page in a browser (headless Chromium here) with a PKCE
// challenge, the person signs in, the redirect brings a code, and the app exchanges it with its
// verifier (no client secret) for a token the API accepts. Also checks that the realm refuses the
// flow without PKCE, and a code exchanged with the wrong verifier.
// Usage: node check-mobile-login.mjs <realm url> <gateway url> <user> <password>
import { createHash, randomBytes } from "node:crypto";
import { launchChromium } from "./headless-chromium.mjs";

const [realm, gateway, username, password] = process.argv.slice(2);
const client = "viaduc-mobile";
const redirectUri = "http://127.0.0.1:8765/callback"; // an app listens on loopback or uses eu.viaduc.mobile:/oauth2redirect
const base64url = (bytes) => bytes.toString("base64url");

const browser = await launchChromium();

/** Opens the authorization URL and returns the query of the redirect it ends on (code, or error). */
async function authorize(page, extra, signIn) {
  const url = `${realm}/protocol/openid-connect/auth?` + new URLSearchParams({
    client_id: client, response_type: "code", scope: "openid", redirect_uri: redirectUri,
    state: base64url(randomBytes(12)), ...extra,
  });
  const redirected = page.waitForRequest((request) => request.url().startsWith(redirectUri), { timeout: 20000 });
  await page.goto(url).catch(() => {}); // the redirect goes to a port nobody listens on: the request is what counts
  if (signIn) {
    await page.locator("#username").fill(username);
    await page.locator("#password").fill(password);
    await page.locator("#kc-login").click().catch(() => {});
  }
  return new URL((await redirected).url()).searchParams;
}

async function exchange(code, verifier) {
  const response = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: client, code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  return { status: response.status, body: await response.json() };
}

try {
  const page = await browser.newPage();
  const withoutPkce = await authorize(page, {}, false);
  if (withoutPkce.has("code") || !withoutPkce.has("error")) throw new Error("the realm gave a code without a PKCE challenge");
  console.log(`without PKCE: refused (${withoutPkce.get("error")}: ${withoutPkce.get("error_description")})`);

  const verifier = base64url(randomBytes(48));
  const challenge = base64url(createHash("sha256").update(verifier).digest());
  const granted = await authorize(page, { code_challenge: challenge, code_challenge_method: "S256" }, true);
  const code = granted.get("code");
  if (!code) throw new Error(`no code after signing in: ${granted}`);
  const wrong = await exchange(code, base64url(randomBytes(48)));
  if (wrong.status < 400) throw new Error("a code was exchanged with the wrong verifier");
  console.log(`wrong verifier: refused (${wrong.status} ${wrong.body.error})`);

  // the code was used up by that attempt: sign in again (the session makes it one redirect) and exchange it rightly
  const verifier2 = base64url(randomBytes(48));
  const again = await authorize(page, { code_challenge: base64url(createHash("sha256").update(verifier2).digest()),
    code_challenge_method: "S256" }, false);
  const token = await exchange(again.get("code") ?? "", verifier2);
  if (token.status !== 200) throw new Error(`the exchange answered ${token.status} ${JSON.stringify(token.body)}`);
  const me = await fetch(`${gateway}/api/v1/me`, { headers: { Authorization: `Bearer ${token.body.access_token}` } });
  const person = await me.json();
  if (me.status !== 200) throw new Error(`GET /api/v1/me answered ${me.status} ${JSON.stringify(person)}`);
  console.log(`signed in with PKCE as ${person.name}; GET /api/v1/me answered 200; refresh token: ${token.body.refresh_token ? "yes" : "no"}`);
} catch (error) {
  console.error(`mobile sign-in failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
