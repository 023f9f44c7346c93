// The accessibility sweep: every applicant page and every console page, in the states people meet (a form with its
// errors, an invalid link, a list with results), on a desktop and on a phone-sized screen, checked by axe-core for
// WCAG 2.1 A/AA (no serious or critical violation), with no page error, console error or failed request.
// Prints {"checked": [labels]}.
// Usage: node accessibility.cjs <apiUrl> <draftId> <draftToken> <submittedId> <submittedToken> <campaignId>
//        <jurorCandidacyId> <jurorSub>
// (the juror sits in a panel of the campaign's selection day and is assigned the candidacy)
const lib = require('./browser-lib.cjs');

/**
 * The console's pages, with who opens them and the state to wait for (by default: the page drew its content).
 * {campaign} is a campaign with its selection day (the juror sits in a panel), {candidacy} a dossier of the juror.
 */
const CONSOLE_PAGES = [
  { path: 'console/index.html', as: 'organiser', ready: '#console-nav .console-user' },
  { path: 'console/jury.html?campaign={campaign}', as: 'juror', ready: '.jury-mine' },
  { path: 'console/score.html?candidacy={candidacy}', as: 'juror', ready: '#score-form, #grid-title' },
];

lib.main(async () => {
  const [apiUrl, id, token, submittedId, submittedToken, campaign, jurorCandidacy, jurorSub] = process.argv.slice(2);
  const urlOf = (entry) => entry.path.replace('{candidacy}', encodeURIComponent(jurorCandidacy))
    .replace('{campaign}', encodeURIComponent(campaign));
  const browser = await lib.launch();
  const checked = [];
  try {
    for (const viewport of [lib.DESKTOP, lib.PHONE]) {
      const screen = viewport === lib.PHONE ? 'phone' : 'desktop';
      // axe takes seconds a page: the states that only differ in content are checked on the desktop only
      const check = async (page, label, { desktopOnly = false } = {}) => {
        if (desktopOnly && viewport === lib.PHONE) return;
        await lib.expectAccessible(page, `${label} (${screen})`);
        checked.push(`${label} (${screen})`);
      };

      // ---- applicant pages ----
      // the sweep moves on quickly: a favicon still loading when the next page opens is cancelled, not failed
      const cancelledIcon = (request) => request.url().endsWith('/favicon.svg') && request.failure()?.errorText === 'net::ERR_ABORTED';
      const applicant = await lib.watchedPage(browser, { viewport, allowFailure: cancelledIcon });
      const page = applicant.page;
      await page.goto(`${apiUrl}/index.html`);
      await page.waitForSelector('#campaigns h2, #campaigns h3');
      await check(page, 'index');
      await page.goto(`${apiUrl}/apply.html?campaign=aura-2027-label`);
      await page.waitForSelector('#application');
      await check(page, 'apply');
      await page.click('#application button[type="submit"]');
      await page.waitForSelector('.error-summary:not([hidden])');
      await check(page, 'apply with errors', { desktopOnly: true });
      await page.goto(`${apiUrl}/dossier.html#${id}.${token}`);
      await page.waitForSelector('#application');
      await page.waitForSelector('#checklist-title');
      await check(page, 'dossier (draft)');
      await page.click('#lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && document.getElementById('checklist-title')?.textContent === 'Before you submit');
      await check(page, 'dossier (draft, en)', { desktopOnly: true });
      await page.click('#lang-toggle');
      await page.goto(`${apiUrl}/dossier.html#${submittedId}.${submittedToken}`);
      await page.waitForSelector('#receipt-title');
      await check(page, 'dossier (submitted)');
      await page.click('.withdraw button');
      await page.waitForSelector('dialog[open]');
      await check(page, 'dossier (withdraw confirmation)', { desktopOnly: true });
      await page.keyboard.press('Escape');
      await page.goto(`${apiUrl}/dossier.html#${id}.not-the-token`);
      await page.waitForSelector('.lost-link');
      await check(page, 'dossier (invalid link)');
      await page.goto(`${apiUrl}/palmares.html`);
      await page.waitForSelector('#palmares-year option[value="2018"]', { state: 'attached' });
      await page.selectOption('#palmares-region', 'ARA');
      await page.selectOption('#palmares-year', '2018');
      await page.waitForFunction(() => document.body.innerText.includes('Ville de Brignais'));
      await check(page, 'palmares');
      await page.goto(`${apiUrl}/unsubscribe.html`);
      await page.waitForSelector('#page-status .notice');
      await check(page, 'unsubscribe (no link)');
      // only the fragment changes: load the page again, as a mail's link would
      await page.goto(`${apiUrl}/unsubscribe.html#${id}.not-a-signature`);
      await page.reload();
      await page.click('#unsubscribe');
      await page.waitForSelector('#page-status .notice-error');
      await check(page, 'unsubscribe (invalid link)', { desktopOnly: true });
      // the invalid links are refused by the API (4xx), which Chromium logs; nothing else may show
      lib.expectNoProblems(applicant.problems.filter((p) => !p.includes('the server responded with a status of 4')),
        `applicant pages (${screen})`);
      await applicant.context.close();

      // ---- console pages ----
      for (const role of ['organiser', 'juror']) {
        const staff = await lib.watchedPage(browser, { viewport, allowFailure: cancelledIcon });
        await lib.signInBySession(staff.context, apiUrl, role === 'organiser'
          ? { role: 'regional-organiser', region: 'ARA', sub: 'a11y-organiser', email: 'a11y.organiser@example.org' }
          : { role: 'juror', sub: jurorSub, email: `${jurorSub}@example.org` });
        for (const entry of CONSOLE_PAGES.filter((p) => p.as === role)) {
          await staff.page.goto(`${apiUrl}/${urlOf(entry)}`);
          await staff.page.waitForSelector(entry.ready || '#page > *');
          await check(staff.page, entry.path.replace(/\?.*/, ''));
        }
        lib.expectNoProblems(staff.problems, `console pages as ${role} (${screen})`);
        await staff.context.close();
      }
    }
    console.log(JSON.stringify({ checked }));
  } finally {
    await browser.close();
  }
});
