// The pages as scripts/publish-web.sh renders them, served from another origin than the API's (as CloudFront and
// API Gateway are): the home page must find the API through <meta name="api-base"> and list the calls.
// Prints {"campaigns": n, "apiRequests": n}. Usage: node published-pages.cjs <pagesUrl> <apiUrl>
const { chromium } = require('playwright-core');

(async () => {
  const [pagesUrl, apiUrl] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const apiRequests = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('request', (request) => { if (request.url().startsWith(`${apiUrl}/`)) apiRequests.push(request.url()); });
    page.setDefaultTimeout(20000);
    await page.goto(`${pagesUrl}/index.html`);
    await page.waitForSelector('#campaigns ul.campaigns > li');
    const campaigns = await page.locator('#campaigns ul.campaigns > li').count();
    if (errors.length) throw new Error('page errors: ' + errors.join('; '));
    console.log(JSON.stringify({ campaigns, apiRequests: apiRequests.length }));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
