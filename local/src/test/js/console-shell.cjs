// The console's shell in a real browser: a regional organiser signed in sees who they are and their role in
// the header, switches the language, and the page passes the accessibility check in both languages.
// Usage: node console-shell.cjs <apiUrl>
const lib = require('./browser-lib.cjs');

lib.main(async () => {
  const [apiUrl] = process.argv.slice(2);
  const browser = await lib.launch();
  try {
    const { context, page, problems } = await lib.watchedPage(browser, { viewport: lib.PHONE });
    await lib.signInBySession(context, apiUrl, {
      role: 'regional-organiser', region: 'ARA', sub: 'shell-organiser', email: 'shell.organiser@example.org',
    });
    await page.goto(`${apiUrl}/console/index.html`);
    await page.waitForFunction(() => document.body.innerText.includes('shell.organiser@example.org'));
    const french = await page.textContent('#console-nav');
    if (!french.includes('Organisation régionale (ARA)') || !french.includes('Se déconnecter')) {
      throw new Error(`unexpected header: ${french}`);
    }
    await lib.expectAccessible(page, 'console home (fr)');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.getElementById('console-nav').innerText.includes('Sign out'));
    await lib.expectAccessible(page, 'console home (en)');
    lib.expectNoProblems(problems, 'console home');
    console.log(JSON.stringify({ header: (await page.textContent('#console-nav')).replace(/\s+/g, ' ').trim() }));
  } finally {
    await browser.close();
  }
});
