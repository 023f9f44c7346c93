// Two jurors score the same dossier from their phones (390×844) on the local stack.
// juror-1 opens their jury page (the dossier heard next first), taps the scores; the first PUT of the sheet is
// dropped (route.abort) and the page saves it again by itself. juror-2 scores with the keyboard only (Tab, Space,
// arrow keys), changes a score once saved, and then sees juror-1's sheet. juror-1 declares a conflict of interest
// on another dossier. Every page passes the accessibility check; screenshots go to <screenshotDir>.
// Prints one JSON line per juror: {"juror", "puts": PUT …/scores answered 200, "aborted", ...}.
// Usage: node jury-scoring.cjs <apiUrl> <campaignId> <candidacyId> <firstOfPanelA> <conflictCandidacyId> <screenshotDir>
const path = require('path');
const lib = require('./browser-lib.cjs');

const GRID_VALUES_JUROR_1 = { innovation: 8, user_focus: 7, partnership: 6, pooling_interoperability: 5, return_on_investment: 9 };

function countScorePuts(page) {
  const counter = { ok: 0 };
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'PUT' && /\/admin\/candidacies\/[^/]+\/scores$/.test(new URL(request.url()).pathname)
      && response.status() === 200) counter.ok += 1;
  });
  return counter;
}

async function waitSaved(page) {
  await page.waitForFunction(() => document.getElementById('save-state')?.classList.contains('save-state-saved'));
}

lib.main(async () => {
  const [apiUrl, campaignId, candidacyId, firstOfPanel, conflictId, shots] = process.argv.slice(2);
  const shot = (name) => path.join(shots, name);
  const browser = await lib.launch();
  const pages = [];
  try {
    // ---- juror-1: taps on a phone, one request dropped ----------------------------------------------------
    let aborted = 0;
    const one = await lib.watchedPage(browser, {
      viewport: lib.PHONE,
      // the one request this test drops on purpose
      allowFailure: (request) => request.method() === 'PUT' && request.url().endsWith('/scores') && aborted === 1,
    });
    await lib.signInBySession(one.context, apiUrl, { role: 'juror', sub: 'juror-1', email: 'juror-1@example.org' });
    pages.push(one);
    const puts1 = countScorePuts(one.page);
    await one.page.goto(`${apiUrl}/console/jury.html?campaign=${encodeURIComponent(campaignId)}`);
    await one.page.waitForSelector('#current-dossier');
    const current = await one.page.getAttribute('#current-dossier a', 'href');
    if (current !== `score.html?candidacy=${firstOfPanel}`) throw new Error(`current dossier first: got ${current}`);
    await lib.expectAccessible(one.page, 'jury page (juror-1, phone)');
    await one.page.screenshot({ path: shot('jury-phone.png') });
    const widest = await one.page.evaluate(() => document.documentElement.scrollWidth);
    if (widest > 390) throw new Error(`the jury page is wider than the phone: ${widest}px`);

    await one.page.goto(`${apiUrl}/console/score.html?candidacy=${encodeURIComponent(candidacyId)}`);
    await one.page.waitForSelector('#score-form');
    await one.page.route('**/admin/candidacies/*/scores', (route) => {
      if (route.request().method() === 'PUT' && aborted === 0) {
        aborted += 1;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    await one.page.fill('#f-comment', 'Projet solide, bien mené avec les habitants.');
    for (const [criterion, value] of Object.entries(GRID_VALUES_JUROR_1)) {
      await one.page.click(`label[for="f-scores-${criterion}-${value}"]`);
    }
    await one.page.waitForFunction(() => document.getElementById('save-state')?.classList.contains('save-state-retrying'));
    await waitSaved(one.page);
    if (aborted !== 1) throw new Error(`one PUT dropped, got ${aborted}`);
    await one.page.waitForFunction(() => document.getElementById('score-total').textContent.trim() !== '');
    await lib.expectAccessible(one.page, 'score page (juror-1, phone)');
    await one.page.evaluate(() => window.scrollTo(0, 0));
    await one.page.screenshot({ path: shot('score-phone.png') });

    // a conflict of interest on another dossier, with its confirmation
    await one.page.goto(`${apiUrl}/console/score.html?candidacy=${encodeURIComponent(conflictId)}`);
    await one.page.waitForSelector('#conflict-form');
    await one.page.fill('#f-reason', 'Je travaille pour cette commune.');
    await one.page.click('#declare-conflict');
    await one.page.click('dialog button[value="yes"]');
    await one.page.waitForFunction(() => document.body.innerText.includes('Vous avez déclaré un conflit d’intérêts le'));
    // Chromium logs the request this test dropped, once; nothing else may show
    const dropped = one.problems.findIndex((p) => p.includes('net::ERR_INTERNET_DISCONNECTED'));
    if (dropped >= 0) one.problems.splice(dropped, 1);
    lib.expectNoProblems(one.problems, 'juror-1');
    console.log(JSON.stringify({ juror: 'juror-1', puts: puts1.ok, aborted }));

    // ---- juror-2: keyboard only ----------------------------------------------------------------------------
    const two = await lib.watchedPage(browser, { viewport: lib.PHONE });
    await lib.signInBySession(two.context, apiUrl, { role: 'juror', sub: 'juror-2', email: 'juror-2@example.org' });
    pages.push(two);
    const puts2 = countScorePuts(two.page);
    const page = two.page;
    await page.goto(`${apiUrl}/console/jury.html?campaign=${encodeURIComponent(campaignId)}`);
    await page.waitForSelector('.jury-mine a');
    const target = `score.html?candidacy=${candidacyId}`;
    const tabUntil = async (test, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        if (await page.evaluate(test)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`focus never reached: ${test}`);
    };
    await tabUntil(new Function(`return document.activeElement?.getAttribute('href') === ${JSON.stringify(target)}`));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#score-form');
    const criteria = await page.$$eval('#score-form fieldset.score-criterion', (sets) => sets.map((s) => ({
      id: s.id, min: Number(s.querySelector('input').value),
    })));
    const keyboardValues = [6, 7, 8, 5, 6];
    for (let i = 0; i < criteria.length; i++) {
      const { id, min } = criteria[i];
      await tabUntil(new Function(`return document.activeElement?.closest('fieldset')?.id === ${JSON.stringify(id)}`));
      if (i === 0) {
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle);
        if (outline === 'none') throw new Error('no visible focus on the score buttons');
      }
      await page.keyboard.press('Space');
      for (let v = min; v < keyboardValues[i]; v++) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id) !== 'f-comment') throw new Error('the comment follows the grid');
    await page.keyboard.type('Bonne implication des usagers.');
    await waitSaved(page);
    // once saved, one score changed (the last criterion, just before the comment): saved again, the last edit wins
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !document.getElementById('save-state')?.classList.contains('save-state-saved'));
    await waitSaved(page);
    // juror-1 has scored: their sheet is shown now that juror-2 has scored too
    await page.waitForFunction(() => document.getElementById('others').innerText.includes('juror-1'));
    await lib.expectAccessible(page, 'score page (juror-2, phone, others shown)');
    lib.expectNoProblems(two.problems, 'juror-2');
    const juror2Puts = puts2.ok;

    // ---- desktop views, for the README, in English too -------------------------------------------------------
    // this tab kept a sheet whose save a new sign-in interrupted: the page restores it and saves it
    const wide = await lib.watchedPage(browser, { viewport: lib.DESKTOP });
    pages.push(wide);
    await lib.signInBySession(wide.context, apiUrl, { role: 'juror', sub: 'juror-2', email: 'juror-2@example.org' });
    const interrupted = { scores: { innovation: 6, user_focus: 7, partnership: 8, pooling_interoperability: 5, return_on_investment: 4 },
      comment: 'Bonne implication des usagers.' };
    await wide.context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem(`${key}.restored`)) {
        sessionStorage.setItem(key, value);
        sessionStorage.setItem(`${key}.restored`, 'yes');
      }
    }, [`candidatures.console.sheet.${candidacyId}`, JSON.stringify(interrupted)]);
    const putsWide = countScorePuts(wide.page);
    await wide.page.goto(`${apiUrl}/console/score.html?candidacy=${encodeURIComponent(candidacyId)}`);
    await wide.page.waitForFunction(() => document.getElementById('others')?.innerText.includes('juror-1'));
    await waitSaved(wide.page);
    if (!(await wide.page.isChecked('#f-scores-return_on_investment-4'))) throw new Error('the interrupted sheet is not restored');
    const left = await wide.page.evaluate((key) => sessionStorage.getItem(key), `candidatures.console.sheet.${candidacyId}`);
    if (left !== null) throw new Error('the saved sheet is still kept in the tab');
    await wide.page.evaluate(() => document.getElementById('others').scrollIntoView({ block: 'center' }));
    await wide.page.screenshot({ path: shot('score-desktop.png') });
    await wide.page.click('#lang-toggle');
    await wide.page.waitForFunction(() => document.getElementById('grid-title')?.textContent === 'My scores');
    await lib.expectAccessible(wide.page, 'score page (desktop, en)');
    await wide.page.goto(`${apiUrl}/console/jury.html?campaign=${encodeURIComponent(campaignId)}`);
    await wide.page.waitForSelector('.jury-mine');
    await wide.page.screenshot({ path: shot('jury-desktop.png') });
    lib.expectNoProblems(wide.problems, 'desktop');
    console.log(JSON.stringify({ juror: 'juror-2', puts: juror2Puts + putsWide.ok, restoredPuts: putsWide.ok, aborted: 0 }));
  } catch (error) {
    const last = pages[pages.length - 1];
    if (last) console.error(`on ${last.page.url()}:\n${await last.page.innerText('body').catch(() => '')}\n${last.problems.join('\n')}`);
    throw error;
  } finally {
    await browser.close();
  }
});
