// The console's sign-in in a real browser, through the local managed login: /console/ sends the person to the
// sign-in page, they choose the regional organiser, land back signed in (no code left in the address bar, tokens in
// sessionStorage only), stay signed in on reload, get a refreshed session when theirs is near its end, sign out
// (the refresh token is revoked) and are asked to sign in again.
// Usage: node console-signin.cjs <apiUrl> <screenshotDir>
const lib = require('./browser-lib.cjs');

lib.main(async () => {
  const [apiUrl, screenshots] = process.argv.slice(2);
  const browser = await lib.launch();
  try {
    // the icon a page was still fetching when the sign-in navigated away is no failure of the page
    const { page, problems } = await lib.watchedPage(browser, {
      viewport: lib.DESKTOP, allowFailure: (request) => request.url().endsWith('/favicon.svg'),
    });
    const tokenCalls = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${apiUrl}/local/oauth2/token`)) tokenCalls.push(new URLSearchParams(request.postData() || '').get('grant_type'));
    });

    await page.goto(`${apiUrl}/console/`);
    await page.waitForURL(/\/local\/oauth2\/authorize\?/);
    const authorize = new URL(page.url());
    for (const [name, expected] of [['response_type', 'code'], ['code_challenge_method', 'S256'], ['scope', 'openid email profile'],
      ['redirect_uri', `${apiUrl}/console/callback.html`]]) {
      if (authorize.searchParams.get(name) !== expected) throw new Error(`authorize ${name}=${authorize.searchParams.get(name)}`);
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(authorize.searchParams.get('code_challenge') || '')) throw new Error('no S256 challenge');
    await page.getByRole('heading', { name: 'Se connecter à la console' }).waitFor();
    await lib.expectAccessible(page, 'local sign-in page (fr)');
    if (screenshots) await page.screenshot({ path: `${screenshots}/console-signin-desktop.png` });
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
    await lib.expectAccessible(page, 'local sign-in page (en)');
    await page.getByRole('link', { name: 'Français' }).click();

    await page.getByRole('button', { name: 'Organisation régionale (ARA)' }).click();
    await page.waitForURL(`${apiUrl}/console/`).catch(async (error) => {
      throw new Error(`${error.message}\nat ${page.url()}: ${await page.innerText('body')}\n${problems.join('\n')}`);
    });
    await page.waitForFunction(() => document.getElementById('console-nav').innerText.includes('organisateur.ara@example.org'));
    const landed = page.url();
    if (landed.includes('code=') || landed.includes('state=')) throw new Error(`code left in the URL: ${landed}`);
    const stored = await page.evaluate(() => ({
      session: JSON.parse(sessionStorage.getItem('candidatures.console.session') || 'null'),
      pending: sessionStorage.getItem('candidatures.console.signin'),
      local: Object.keys(localStorage).filter((key) => /token|session/i.test(key) || /eyJ/.test(localStorage.getItem(key))),
    }));
    if (!stored.session?.idToken || !stored.session?.refreshToken || !stored.session?.expiresAt) throw new Error('no session saved');
    if (stored.pending) throw new Error('the PKCE verifier was left behind');
    if (stored.local.length) throw new Error(`tokens in localStorage: ${stored.local}`);
    await page.locator('#campaigns').waitFor();

    await page.reload();
    await page.waitForFunction(() => document.getElementById('console-nav').innerText.includes('organisateur.ara@example.org'));
    await page.locator('#campaigns').waitFor();
    if (!page.url().startsWith(`${apiUrl}/console/`)) throw new Error(`reload left the console: ${page.url()}`);

    // a session at its last minute: the page refreshes it before calling the API
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('candidatures.console.session'));
      session.expiresAt = Date.now() + 30_000;
      sessionStorage.setItem('candidatures.console.session', JSON.stringify(session));
    });
    await page.reload();
    await page.waitForFunction(() => document.getElementById('console-nav').innerText.includes('organisateur.ara@example.org'));
    await page.locator('#campaigns').waitFor();
    const renewed = await page.evaluate(() => JSON.parse(sessionStorage.getItem('candidatures.console.session')));
    if (renewed.idToken === stored.session.idToken) throw new Error('the session was not refreshed');
    if (renewed.refreshToken !== stored.session.refreshToken) throw new Error('the refresh token was lost');
    if (renewed.expiresAt < Date.now() + 3000_000) throw new Error('the refreshed session expires too soon');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/local\/oauth2\/authorize\?/);
    const after = await page.evaluate(() => sessionStorage.getItem('candidatures.console.session'));
    if (after) throw new Error('the session survived the sign-out');
    const reuse = await fetch(`${apiUrl}/local/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: authorize.searchParams.get('client_id'),
        refresh_token: stored.session.refreshToken }),
    });
    lib.expectNoProblems(problems, 'console sign-in');
    console.log(JSON.stringify({
      signedInAs: await (async () => stored.session && JSON.parse(Buffer.from(stored.session.idToken.split('.')[1], 'base64url')).email)(),
      tokenCalls,
      refreshAfterSignOut: reuse.status,
      refreshError: (await reuse.json()).error,
    }));
  } finally {
    await browser.close();
  }
});
