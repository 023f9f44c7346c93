// The regional selection from the console's pages, as the regional organiser of ARA, in two phases the Java test
// runs around the jurors' scores:
//   prepare: assignments.html (CSV import of jurors, two jurors by hand on the first dossier), selection-day.html
//            (a refused plan with its error on the field, the plan saved, the timetable made, a swap by button, a
//            refused move, convocations sent after a confirmation counting the mails), the timetable on a phone;
//   decide:  ranking.html (chart of scores and spread, ties, median), decisions.html (two decisions recorded, sent
//            after a confirmation counting the mails, finalists carried), and another region's organiser refused.
// Each page passes axe; screenshots go to docs/screenshots/. Prints one JSON line of what it saw.
// Usage: node console-selection.cjs <apiUrl> prepare|decide <campaignId> <id1,id2,id3> <jurorA> <jurorB>
const fs = require('fs');
const lib = require('./browser-lib.cjs');

// the Java test names the folder (local/target/screenshots, or docs/screenshots with UPDATE_SCREENSHOTS=1)
const SHOTS = process.env.SCREENSHOTS_DIR || 'local/target/screenshots';
const ORGANISER = { role: 'regional-organiser', region: 'ARA', sub: 'console-selection-ara', email: 'selection.ara@example.org' };
const OTHER_REGION = { role: 'regional-organiser', region: 'BRE', sub: 'console-selection-bre', email: 'selection.bre@example.org' };

/**
 * Chromium logs "Failed to load resource: … status of 409" for every refused fetch. The refusals a step provokes
 * on purpose are declared (`expectRefusal(status, pathPart)`) and their console lines excused; any other 4xx
 * answer, or a console line without its declared refusal, stays a problem.
 */
function refusalsWatch(page, problems) {
  const expected = [];
  const seen = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.status() < 500) seen.push({ status: response.status(), url: response.url() });
  });
  return {
    expectRefusal: (status, pathPart) => expected.push({ status, pathPart }),
    check(label) {
      const unexpected = seen.filter((r) => !expected.some((e) => e.status === r.status && r.url.includes(e.pathPart)));
      if (unexpected.length) throw new Error(`${label}: unexpected refusals ${JSON.stringify(unexpected)}`);
      const excusable = new Set(seen.map((r) => `status of ${r.status}`));
      const remaining = problems.filter((p) => !(p.startsWith('console error: Failed to load resource')
        && [...excusable].some((s) => p.includes(s))));
      lib.expectNoProblems(remaining, label);
    },
  };
}

/** The pages in use, whose text is printed when a step fails. */
const pages = [];

/** A screenshot of the viewport, scrolled to `selector` first when given (kept small: the viewport only). */
async function screenshot(page, name, selector) {
  fs.mkdirSync(SHOTS, { recursive: true });
  if (selector) await page.locator(selector).first().evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function prepare(browser, apiUrl, campaign, ids, jurorA, jurorB) {
  const { context, page, problems } = await lib.watchedPage(browser, { viewport: lib.DESKTOP });
  pages.push({ page, problems });
  const watch = refusalsWatch(page, problems);
  await lib.signInBySession(context, apiUrl, ORGANISER);
  const seen = {};

  // assignments: the day is not planned yet (409 selection_day_not_planned, read as "no panel")
  watch.expectRefusal(409, `/admin/campaigns/${campaign}/selection-day`);
  await page.goto(`${apiUrl}/console/assignments.html?campaign=${campaign}`);
  await page.waitForSelector('#assignments-table');
  await page.setInputFiles('#jurors-csv', {
    name: 'jures.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`id;email;name;language\n${jurorA};${jurorA}@example.org;Anne Juré;fr\n${jurorB};${jurorB}@example.org;Bernard Juré;en\nmauvais id;x@example.org;X;fr\n`),
  });
  await page.waitForFunction(() => document.body.innerText.includes('2 juré(s) importé(s)'));
  seen.importRefused = (await page.locator('#page li', { hasText: 'mauvais id' }).textContent()).trim();
  seen.imported = await page.locator('#jurors-table tbody tr').count();
  await page.check(`tr[data-candidacy="${ids[0]}"] input.select-dossier`);
  await page.check('#mode-hand');
  await page.check(`.hand-juror[value="${jurorA}"]`);
  await page.check(`.hand-juror[value="${jurorB}"]`);
  await page.click('#assign-submit');
  await page.waitForFunction((id) => {
    const cell = document.querySelector(`tr[data-candidacy="${id}"] .jurors-cell`);
    return cell && cell.querySelectorAll('li').length === 2;
  }, ids[0]);
  seen.assigned = (await page.textContent(`tr[data-candidacy="${ids[0]}"] .jurors-cell`)).trim();
  await lib.expectAccessible(page, 'assignments');
  await screenshot(page, 'console-assignments');

  // the plan: refused first (the panel has no room), the error shown on the field, then saved
  await page.goto(`${apiUrl}/console/selection-day.html?campaign=${campaign}`);
  await page.waitForSelector('#plan-form');
  await page.fill('#f-panels-0-jurors', jurorA);
  watch.expectRefusal(400, `/admin/campaigns/${campaign}/selection-day`);
  await page.click('#plan-save');
  await page.waitForSelector('#f-panels-0-room-error:not([hidden])');
  seen.planFieldError = await page.textContent('#f-panels-0-room-error');
  await lib.expectAccessible(page, 'selection day with a refused plan');
  await page.fill('#f-panels-0-room', 'Salle Mont-Blanc');
  await page.click('#panel-add');
  await page.fill('#f-panels-1-id', 'B');
  await page.fill('#f-panels-1-room', 'Salle Semnoz');
  await page.fill('#f-panels-1-jurors', jurorB);
  await page.click('#plan-save');
  await page.waitForFunction(() => document.body.innerText.includes('Plan enregistré'));

  await page.click('#timetable-generate');
  await page.waitForSelector('#timetable .slot');
  seen.timetablePanels = await page.locator('.timetable-panel').count();
  seen.slots = await page.locator('#timetable .slot').count();

  // swap the first two auditions of the fuller panel by its button; the order changes
  const fuller = page.locator('.timetable-panel', { has: page.locator('.slot:nth-child(2)') }).first();
  const before = await fuller.locator('.slot').evaluateAll((slots) => slots.map((s) => s.dataset.slot));
  await fuller.locator('.slot').first().getByRole('button', { name: /^Plus tard :/ }).click();
  await page.waitForFunction(([first]) => {
    const slot = document.querySelector(`[data-slot="${first}"]`);
    return slot && slot.previousElementSibling;
  }, before);
  seen.swapped = true;

  // a move into the lunch break: refused, the API's reason shown
  const firstSlot = page.locator('#timetable .slot').first();
  await firstSlot.getByRole('button', { name: /^Déplacer :/ }).click();
  await firstSlot.locator('input[type=time]').fill('12:45');
  watch.expectRefusal(422, '/timetable/slots/');
  await firstSlot.getByRole('button', { name: 'Déplacer ici' }).click();
  await page.waitForSelector('#timetable-section .error-summary:not([hidden])');
  seen.moveRefused = (await page.textContent('#timetable-section .error-summary')).replace(/\s+/g, ' ').trim();
  if (!seen.moveRefused.includes('pause')) throw new Error(`unexpected refusal: ${seen.moveRefused}`);
  await lib.expectAccessible(page, 'selection day with its timetable');

  // convocations: the confirmation counts the mails, then the answers table shows them sent
  await page.click('#convocations-send');
  const dialog = page.locator('dialog');
  seen.convocationsConfirm = (await dialog.textContent()).replace(/\s+/g, ' ').trim();
  await lib.expectAccessible(page, 'convocations confirmation');
  await dialog.getByRole('button', { name: /Oui, envoyer/ }).click();
  await page.waitForSelector('#convocations-section .notice-success');
  seen.convocationsSent = (await page.textContent('#convocations-section .notice-success')).trim();
  seen.attendance = await page.locator('#attendance-table tbody tr', { hasText: 'présence à confirmer' }).count();
  await screenshot(page, 'console-selection-day', '#timetable-section');
  watch.check('prepare (desktop)');

  // the timetable on a phone: one column, nothing wider than the screen
  const phone = await lib.watchedPage(browser, { viewport: lib.PHONE });
  await lib.signInBySession(phone.context, apiUrl, ORGANISER);
  await phone.page.goto(`${apiUrl}/console/selection-day.html?campaign=${campaign}`);
  await phone.page.waitForSelector('#timetable .slot');
  seen.phoneOverflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (seen.phoneOverflow > 0) throw new Error(`the timetable is ${seen.phoneOverflow}px wider than the phone`);
  await lib.expectAccessible(phone.page, 'selection day on a phone');
  await screenshot(phone.page, 'console-selection-day-phone', '#timetable');
  lib.expectNoProblems(phone.problems, 'selection day on a phone');
  return seen;
}

async function decide(browser, apiUrl, campaign, ids) {
  const { context, page, problems } = await lib.watchedPage(browser, { viewport: lib.DESKTOP });
  pages.push({ page, problems });
  const watch = refusalsWatch(page, problems);
  await lib.signInBySession(context, apiUrl, ORGANISER);
  const seen = {};

  await page.goto(`${apiUrl}/console/ranking.html?campaign=${campaign}`);
  await page.waitForSelector('#ranking-table tbody tr');
  const chart = await page.evaluate(() => {
    const instance = window.Chart.getChart('ranking-chart');
    return { bars: instance.data.datasets[0].data.length, ranges: instance.data.datasets[1].data,
      label: document.getElementById('ranking-chart').getAttribute('aria-label') };
  });
  seen.chartBars = chart.bars;
  seen.chartRanges = chart.ranges;
  seen.ties = await page.locator('#ranking-ties li').count();
  seen.tiedRows = await page.locator('#ranking-table tr.tied').count();
  await lib.expectAccessible(page, 'ranking');
  await screenshot(page, 'console-ranking', '.ranking-figure');
  await page.selectOption('#ranking-aggregation', 'median');
  await page.waitForFunction(() => document.querySelector('#ranking-table caption')?.textContent.includes('médiane'));
  seen.median = (await page.textContent('#ranking-table caption')).trim();
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.querySelector('#ranking-table caption')?.textContent.includes('Ranking of the applications'));
  seen.english = (await page.textContent('#ranking-table caption')).trim();
  await lib.expectAccessible(page, 'ranking (en)');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.querySelector('#ranking-table caption')?.textContent.includes('Classement des dossiers'));

  await page.goto(`${apiUrl}/console/decisions.html?campaign=${campaign}`);
  await page.waitForSelector('#decisions-table');
  const decideRow = async (id, outcome, message) => {
    const row = page.locator(`tr[data-candidacy="${id}"]`);
    await row.locator('select').selectOption(outcome);
    if (message) await row.locator('textarea').fill(message);
    await row.getByRole('button', { name: /Enregistrer/ }).click();
    await page.waitForFunction((i) => document.querySelector(`tr[data-candidacy="${i}"]`)?.textContent.includes('à envoyer'), id);
  };
  await decideRow(ids[0], 'finalist', 'Bravo, rendez-vous à Lyon !');
  await decideRow(ids[1], 'not_selected');
  seen.toSend = (await page.textContent('#decisions-to-send')).trim();
  await lib.expectAccessible(page, 'decisions');
  await page.click('#decisions-send');
  const dialog = page.locator('dialog');
  seen.decisionsConfirm = (await dialog.textContent()).replace(/\s+/g, ' ').trim();
  await dialog.getByRole('button', { name: /Oui, envoyer/ }).click();
  await page.waitForSelector('#decisions-result');
  seen.decisionsSent = (await page.textContent('#decisions-result')).replace(/\s+/g, ' ').trim();
  await screenshot(page, 'console-decisions', '#decisions-table');
  watch.check('decide');

  // another region's organiser: every page shows the API's refusal, nothing of the campaign
  const other = await lib.watchedPage(browser, { viewport: lib.DESKTOP });
  const otherWatch = refusalsWatch(other.page, other.problems);
  otherWatch.expectRefusal(403, `/admin/campaigns/${campaign}/`);
  await lib.signInBySession(other.context, apiUrl, OTHER_REGION);
  seen.otherRegionRefused = 0;
  for (const name of ['assignments', 'selection-day', 'ranking', 'decisions']) {
    await other.page.goto(`${apiUrl}/console/${name}.html?campaign=${campaign}`);
    await other.page.waitForSelector('#page-status.error-summary');
    const text = await other.page.textContent('#page-status');
    if (!text.includes('autre région')) throw new Error(`${name}: ${text}`);
    const leaked = await other.page.locator('#page table, #page .slot, #page canvas').count();
    if (leaked) throw new Error(`${name} shows ${leaked} element(s) of another region's campaign`);
    await lib.expectAccessible(other.page, `${name} refused`);
    seen.otherRegionRefused++;
  }
  otherWatch.check('another region');
  return seen;
}

lib.main(async () => {
  const [apiUrl, phase, campaign, idList, jurorA, jurorB] = process.argv.slice(2);
  const ids = idList.split(',');
  const browser = await lib.launch();
  try {
    const seen = phase === 'prepare'
      ? await prepare(browser, apiUrl, campaign, ids, jurorA, jurorB)
      : await decide(browser, apiUrl, campaign, ids);
    console.log(JSON.stringify({ phase, ...seen }));
  } catch (error) {
    for (const { page, problems } of pages) {
      console.error(`--- ${page.url()}\n${await page.innerText('body').catch(() => '')}\n${problems.join('\n')}`);
    }
    throw error;
  } finally {
    await browser.close();
  }
});
