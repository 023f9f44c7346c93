// The organiser's pages in a real browser: the regional organiser of ARA signs in through the sign-in page, sees the
// campaign of 2,000 dossiers on the home page, opens its dossier table (first page timed from navigation), finds a
// dossier by search, opens it (fields, files, mails), resends its confirmation, extends its deadline, goes back to
// the filtered table; the dashboard shows the statistics and the submissions chart and prepares a CSV export; the
// pages on a phone; a regional organiser of IDF sees none of it and gets the API's refusal on a direct address.
// Usage: node console-organiser.cjs <apiUrl> <screenshotDir> <campaignId> <dossierId> <organisation> <search>
const lib = require('./browser-lib.cjs');

const FAVICON = (request) => request.url().endsWith('/favicon.svg');

lib.main(async () => {
  const [apiUrl, screenshots, campaignId, dossierId, organisation, search] = process.argv.slice(2);
  const report = {};
  const browser = await lib.launch();
  try {
    const { context, page, problems } = await lib.watchedPage(browser, { viewport: lib.DESKTOP, allowFailure: FAVICON });
    const shot = (name) => page.screenshot({ path: `${screenshots}/${name}.png` });

    // home: the campaigns of ARA with their counts
    await lib.signInThroughSignInPage(page, apiUrl, 'Organisation régionale (ARA)');
    const row = page.locator('#campaigns tbody tr', { has: page.locator(`a[href="campaign.html?campaign=${campaignId}"]`) });
    await row.waitFor();
    report.homeRow = (await row.innerText()).replace(/\s+/g, ' ').trim();
    report.homeRegions = await page.locator('#campaigns tbody tr td:nth-child(2)').allInnerTexts();
    await lib.expectAccessible(page, 'console home');
    await shot('console-home-desktop');

    // the dossier table: first page timed from navigation (User Timing mark of dossiers.js), three navigations
    const tableUrl = `${apiUrl}/console/dossiers.html?campaign=${campaignId}`;
    report.firstPageMillis = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(tableUrl);
      await page.locator('#dossiers tbody tr').first().waitFor();
      report.firstPageMillis.push(Math.round(await page.evaluate(() =>
        performance.getEntriesByName('dossiers:first-page')[0].startTime)));
    }
    // where the time went on the last navigation: each request's start and end, from navigation
    report.firstPageRequests = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((r) => `${new URL(r.name).pathname.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`));
    report.firstPageRows = await page.locator('#dossiers tbody tr').count();
    report.resultCount = await page.innerText('#result-count');
    await lib.expectAccessible(page, 'dossier table');
    await shot('console-dossiers-desktop');

    // next page and back, through the address
    await page.click('#next-page');
    await page.waitForURL(/cursors=/);
    await page.waitForFunction(() => document.getElementById('result-count')?.innerText.includes('page 2'));
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('result-count')?.innerText.includes('page 1'));

    // search, then open the dossier
    await page.fill('#f-q', search);
    await page.press('#f-q', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === search);
    await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'false');
    await page.waitForFunction((q) => document.getElementById('f-q').value === q, search);
    report.searchOrganisations = await page.locator('#dossiers tbody th a').allInnerTexts();
    await page.locator(`#dossiers a[href$="id=${dossierId}"]`).click();
    await page.waitForURL(/dossier\.html\?/);
    await page.locator('#dossier-fields').waitFor();
    report.dossierTitle = await page.innerText('#page-title');
    report.dossierFields = (await page.innerText('#dossier-fields')).replace(/\s+/g, ' ');
    report.files = await page.locator('#dossier-files a').count();
    await lib.expectAccessible(page, 'dossier page');
    await shot('console-dossier-desktop');

    // resend the confirmation (a dialog asks first)
    await page.locator('#dossier-mails button', { hasText: 'Renvoyer' }).first().click();
    await page.getByRole('dialog').waitFor();
    await lib.expectAccessible(page, 'resend dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Renvoyer' }).click();
    await page.locator('#dossier-notices .notice-success').waitFor();
    report.resent = await page.innerText('#dossier-notices');

    // extend its deadline to 20 October 2030, 18:00 Paris time
    await page.fill('#f-deadline', '2030-10-20');
    await page.fill('#f-time', '18:00');
    await page.fill('#f-reason', 'Pièce envoyée par courrier');
    await page.getByRole('button', { name: 'Enregistrer la prolongation' }).click();
    await page.waitForFunction(() => document.getElementById('dossier-notices')?.innerText.includes('Nouvelle date limite'));
    report.extended = await page.innerText('#dossier-notices');
    await page.locator('#dossier-audit').waitFor();
    report.audit = (await page.innerText('#dossier-audit')).replace(/\s+/g, ' ');

    // back to the table: the search is still there (and everything it asked for has arrived)
    await page.goBack();
    await page.waitForFunction((q) => document.getElementById('f-q')?.value === q, search);
    await page.locator('#dossiers tbody tr').first().waitFor();
    await page.waitForFunction(() => document.getElementById('page-title').innerText.includes('–'));

    // dashboard: figures, the timeline chart with its data table, a CSV export
    await page.goto(`${apiUrl}/console/campaign.html?campaign=${campaignId}`);
    await page.locator('#figures').waitFor();
    await page.waitForFunction(() => window.Chart && window.Chart.getChart('timeline-chart'));
    report.figures = (await page.innerText('#figures')).replace(/\s+/g, ' ');
    report.chartPoints = await page.evaluate(() => window.Chart.getChart('timeline-chart').data.datasets[0].data.length);
    report.timelineRows = await page.locator('#timeline-data tbody tr').count();
    report.timelineSummary = await page.innerText('#timeline-summary');
    await page.click('#export-csv');
    const download = page.locator('#download-csv');
    await download.waitFor();
    const csv = await fetch(await download.getAttribute('href'));
    const bytes = Buffer.from(await csv.arrayBuffer()); // text() would drop the byte order mark
    report.csv = { status: csv.status, bom: bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
      lines: bytes.toString('utf8').trim().split('\n').length };
    await lib.expectAccessible(page, 'campaign dashboard');
    await shot('console-campaign-desktop');
    lib.expectNoProblems(problems, 'organiser on desktop');
    await context.close();

    // the same pages on a phone
    const phone = await lib.watchedPage(browser, { viewport: lib.PHONE, allowFailure: FAVICON });
    await lib.signInBySession(phone.context, apiUrl, { role: 'regional-organiser', region: 'ARA', sub: 'organiser-ara',
      email: 'organisateur.ara@example.org' });
    for (const [name, path, ready] of [
      ['console-dossiers-phone', `dossiers.html?campaign=${campaignId}`, '#dossiers'],
      ['console-dossier-phone', `dossier.html?campaign=${campaignId}&id=${dossierId}`, '#dossier-fields'],
      ['console-campaign-phone', `campaign.html?campaign=${campaignId}`, '#figures']]) {
      await phone.page.goto(`${apiUrl}/console/${path}`);
      await phone.page.locator(ready).waitFor();
      await lib.expectAccessible(phone.page, `${name}`);
      await phone.page.screenshot({ path: `${screenshots}/${name}.png` });
    }
    lib.expectNoProblems(phone.problems, 'organiser on a phone');
    await phone.context.close();

    // a regional organiser of Île-de-France: none of ARA's campaigns, and the API's refusal on a direct address
    const refused = (response) => [403, 404].includes(response.status());
    const idf = await lib.watchedPage(browser, { viewport: lib.DESKTOP, allowFailure: FAVICON });
    const idfUser = { role: 'regional-organiser', region: 'IDF', sub: 'organiser-idf', email: 'organisateur.idf@example.org' };
    await lib.signInBySession(idf.context, apiUrl, idfUser);
    await idf.page.goto(`${apiUrl}/console/`);
    await idf.page.waitForFunction(() => document.getElementById('page').innerText.trim().length > 0);
    report.idfHome = (await idf.page.innerText('#page')).replace(/\s+/g, ' ');
    const token = await lib.mintToken(apiUrl, idfUser);
    const apiRefusal = await (await fetch(`${apiUrl}/admin/candidacies/${dossierId}`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'fr' } })).json();
    const refusals = [];
    idf.page.on('response', (response) => { if (refused(response)) refusals.push(`${response.status()} ${new URL(response.url()).pathname}`); });
    await idf.page.goto(`${apiUrl}/console/dossier.html?campaign=${campaignId}&id=${dossierId}`);
    await idf.page.locator('#page-status h2').waitFor();
    report.idfDossier = (await idf.page.innerText('#page-status')).replace(/\s+/g, ' ');
    report.idfApiMessage = apiRefusal.error.message;
    await lib.expectAccessible(idf.page, 'refused dossier (IDF)');
    await idf.page.goto(`${apiUrl}/console/dossiers.html?campaign=${campaignId}`);
    await idf.page.locator('#page-status h2').waitFor();
    report.idfTable = (await idf.page.innerText('#page-status')).replace(/\s+/g, ' ');
    report.idfTableRows = await idf.page.locator('#dossiers tbody tr').count();
    report.idfRefusals = refusals;
    // the browser logs each refused API call as a console error: those are the refusals this part expects
    lib.expectNoProblems(idf.problems.filter((p) => !/status of 40[34]/.test(p)), 'IDF organiser');
    console.log(JSON.stringify(report));
  } finally {
    await browser.close();
  }
});
