// The docs page in a real browser, under the pages' Content-Security-Policy: Swagger UI draws every operation of the
// contract, with no page error, console error, failed request or CSP violation.
// Usage: node docs-page.cjs <apiUrl>
const lib = require('./browser-lib.cjs');

lib.main(async () => {
  const [apiUrl] = process.argv.slice(2);
  const browser = await lib.launch();
  try {
    const { page, problems } = await lib.watchedPage(browser, {});
    await lib.reportCspViolations(page);
    const response = await page.goto(`${apiUrl}/docs/`);
    if (!(response.headers()['content-security-policy'] || '').includes("style-src 'self'")) {
      throw new Error('the docs page came without the pages\' Content-Security-Policy');
    }
    await page.waitForSelector('.opblock', { timeout: 30000 });
    await page.click('.opblock-summary >> nth=0');
    await page.waitForSelector('.opblock-body');
    const operations = await page.locator('.opblock').count();
    const title = await page.textContent('#docs-title');
    lib.expectNoProblems(problems, 'docs page');
    console.log(JSON.stringify({ operations, title }));
  } finally {
    await browser.close();
  }
});
