// Shared by the browser tests: Chromium launch, a page that records every problem (page errors, console
// errors, failed or 5xx requests, CSP violations), staff sign-in by an injected session, and the axe-core
// accessibility check (WCAG 2.1 A/AA rules, the basis of the RGAA: no serious or critical violation).
const { chromium } = require('playwright-core');
const { AxeBuilder } = require('@axe-core/playwright');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Logs, as a console error, every Content-Security-Policy violation of the page's documents: the pages run under
 * the web distribution's CSP (the local runner sends it), and what it blocks (an inline style or script, a request
 * to an origin it does not name) must fail the test, which also watches console errors.
 */
async function reportCspViolations(page) {
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)));
}

/**
 * A new page in its own context (`viewport`: PHONE or DESKTOP) that records problems. `allowFailure(request)`
 * may excuse a request the test itself aborted. Returns {context, page, problems}.
 */
async function watchedPage(browser, { viewport = DESKTOP, allowFailure = () => false, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  await reportCspViolations(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    if (!allowFailure(request)) problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server error: ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return { context, page, problems };
}

/** A staff token of the local user pool (`POST /local/tokens`; node sends no Origin, as curl). */
async function mintToken(apiUrl, request) {
  const response = await fetch(`${apiUrl}/local/tokens`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`POST /local/tokens: ${response.status} ${await response.text()}`);
  return (await response.json()).token;
}

/**
 * Starts the context signed in as `request` ({role, region, sub, email}) by putting the session the sign-in
 * would have left in sessionStorage; the sign-in flow itself has its own test.
 */
async function signInBySession(context, apiUrl, request) {
  const token = await mintToken(apiUrl, { ttlSeconds: 3600, ...request });
  const session = { idToken: token, accessToken: token, refreshToken: null, expiresAt: Date.now() + 3600 * 1000 };
  await context.addInitScript((value) => {
    sessionStorage.setItem('candidatures.console.session', value);
  }, JSON.stringify(session));
}

/**
 * Signs in through the console's own sign-in, as a person does: opens `path` of the console, is sent to the local
 * sign-in page, chooses the account whose button is named `account` (e.g. 'Organisation régionale (ARA)') and waits
 * to be back on `path` signed in.
 */
async function signInThroughSignInPage(page, apiUrl, account, path = '/console/') {
  await page.goto(`${apiUrl}${path}`);
  await page.waitForURL(/\/local\/oauth2\/authorize\?/);
  await page.getByRole('button', { name: account }).click();
  await page.waitForURL((url) => url.pathname === new URL(`${apiUrl}${path}`).pathname && !url.search.includes('code='));
  await page.waitForFunction(() => document.querySelector('#console-nav .console-user'));
}

/** The serious and critical WCAG 2.1 A/AA violations of the page as it is now, as readable lines. */
async function accessibilityViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Throws if the page has accessibility violations; `label` names the page in the message. */
async function expectAccessible(page, label) {
  const violations = await accessibilityViolations(page);
  if (violations.length) throw new Error(`accessibility of ${label}:\n  ${violations.join('\n  ')}`);
}

/** Throws with every problem recorded, if any. */
function expectNoProblems(problems, label) {
  if (problems.length) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
}

/** Runs `body` and exits 0, or prints the error (with the page's text when a page is given) and exits 1. */
function main(body) {
  body().then(() => process.exit(0)).catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
}

module.exports = {
  PHONE, DESKTOP, launch, watchedPage, reportCspViolations, mintToken, signInBySession, accessibilityViolations, expectAccessible,
  expectNoProblems, main, signInThroughSignInPage,
};
