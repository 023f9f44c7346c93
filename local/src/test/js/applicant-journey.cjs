// The applicant's journey in a real browser, on the local backend: the web pages call the real API,
// the file goes to the S3 emulator through the presigned URL. Prints {"id","token","receipt"} once the dossier is
// submitted (with an unavailability declared and the 2018 palmarès read), then waits for a line on stdin (the test
// convenes the dossier meanwhile), confirms the convocation from the dossier page and prints {"confirmed": true}.
// On the dossier page the form saves as the applicant types: one save is dropped on purpose, retried by the page,
// and a reload shows what was typed. `viewport` is "desktop" (1280×900) or "phone" (390×844).
// Usage: node applicant-journey.cjs <apiUrl> <pdfPath> <email> [screenshotPath] [viewport]
const { chromium } = require('playwright-core');
const readline = require('readline');
const { reportCspViolations } = require('./browser-lib.cjs');

/** Resolves with the next line of stdin. */
function nextLine() {
  return new Promise((resolve) => {
    const input = readline.createInterface({ input: process.stdin });
    input.once('line', (line) => {
      input.close();
      resolve(line);
    });
  });
}

(async () => {
  const [apiUrl, pdf, email, screenshot, viewport = 'desktop'] = process.argv.slice(2);
  const size = viewport === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  let page;
  try {
    page = await browser.newPage({ viewport: size, isMobile: viewport === 'phone', hasTouch: viewport === 'phone' });
    page.on('pageerror', (e) => errors.push(String(e)));
    // the pages run under the distribution's Content-Security-Policy (the local runner sends it): anything it
    // blocks (an inline style or script, a request to an origin it does not name) fails the journey
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    await reportCspViolations(page);
    page.setDefaultTimeout(20000);

    const first = await page.goto(`${apiUrl}/apply.html?campaign=aura-2027-label`);
    const csp = first.headers()['content-security-policy'] || '';
    if (!csp.includes("default-src 'self'") || !csp.includes("style-src 'self'")) {
      throw new Error('the page came without the Content-Security-Policy: ' + JSON.stringify(first.headers()));
    }
    const fill = (path, value) => page.fill(`[name="${path}"]`, value);
    await fill('applicant.organisation', "Communauté de communes du Pays d'Évian");
    await page.selectOption('[name="applicant.kind"]', 'epci');
    await fill('applicant.siren', '732 829 320');
    await fill('applicant.contact.name', 'Hélène Dupré');
    await fill('applicant.contact.role', 'Directrice générale des services');
    await fill('applicant.contact.email', email);
    await fill('applicant.contact.phone', '04 50 33 88 88');
    await fill('project.title', 'Évian connecté');
    await fill('project.summary', 'Un guichet numérique pour les 22 communes.');
    await fill('project.description', 'Les habitants font leurs démarches depuis un seul portail.');
    await page.check('[name="project.stage"][value="en_cours"]');
    await fill('project.partners', 'Département de la Haute-Savoie');
    await fill('project.userInvolvement', 'Ateliers avec 80 habitants');
    await fill('project.pooling', 'Plateforme mutualisée, API ouvertes');
    await fill('project.returnOnInvestment', '900 heures par an');
    await page.click('button[type="submit"]');

    await page.waitForURL(/dossier\.html#/);
    const [id, token] = new URL(page.url()).hash.substring(1).split('.');

    // autosave: typing saves by itself; the first save is dropped (a lost connection) and retried by the page;
    // what is typed while a save waits is saved with it; a reload shows everything typed
    let dropped = 0;
    await page.route(`**/candidacies/${id}`, (route) => {
      if (route.request().method() === 'PUT' && dropped === 0) {
        dropped += 1;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    const partners = page.locator('[name="project.partners"]');
    await partners.click();
    await page.keyboard.press('End');
    await partners.pressSequentially(', les 22 communes', { delay: 15 });
    await page.waitForFunction(() => document.getElementById('save-state').textContent.includes('Connexion perdue'));
    await partners.pressSequentially(' et la Région', { delay: 15 });
    await page.waitForFunction(() => document.getElementById('save-state').textContent.includes('Enregistré'));
    if (dropped !== 1) throw new Error(`one save dropped, got ${dropped}`);
    await page.unroute(`**/candidacies/${id}`);
    await page.reload();
    await page.waitForSelector('[name="project.partners"]');
    const kept = await page.inputValue('[name="project.partners"]');
    if (kept !== 'Département de la Haute-Savoie, les 22 communes et la Région') throw new Error(`after reload: ${kept}`);

    // a conflict: the dossier changes elsewhere (another tab) while this page is open; the next save gets 412,
    // the page takes the newer version and carries the applicant's edit over to it
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const current = await fetch(`${apiUrl}/candidacies/${id}`, { headers });
    const elsewhere = await current.json();
    elsewhere.project.pooling = 'Plateforme mutualisée, API ouvertes, code publié';
    const changed = await fetch(`${apiUrl}/candidacies/${id}`, {
      method: 'PUT', headers: { ...headers, 'If-Match': current.headers.get('ETag') },
      body: JSON.stringify({ applicant: elsewhere.applicant, project: elsewhere.project, language: elsewhere.language }),
    });
    if (!changed.ok) throw new Error(`the other tab's save: ${changed.status} ${await changed.text()}`);
    const summary = page.locator('[name="project.summary"]');
    await summary.click();
    await page.keyboard.press('End');
    await summary.pressSequentially(' Ouvert en 2026.', { delay: 15 });
    await page.waitForFunction(() => document.getElementById('page-status').textContent.includes('modifié ailleurs'));
    await page.waitForFunction(() => document.getElementById('save-state').textContent.includes('Enregistré'));
    if (await page.inputValue('[name="project.pooling"]') !== elsewhere.project.pooling) throw new Error('the other tab’s change is not shown');
    await page.reload();
    await page.waitForSelector('[name="project.summary"]');
    const merged = [await page.inputValue('[name="project.summary"]'), await page.inputValue('[name="project.pooling"]')];
    if (merged[0] !== 'Un guichet numérique pour les 22 communes. Ouvert en 2026.' || merged[1] !== elsewhere.project.pooling) {
      throw new Error(`after the conflict: ${merged.join(' | ')}`);
    }
    await page.waitForSelector('#file-input');
    await page.setInputFiles('#file-input', pdf);
    await page.waitForFunction(() => document.body.innerText.includes('dossier.pdf'));
    await page.waitForSelector('#submit-button:not([disabled])');
    // as a person would: wait until the page itself says the dossier is complete
    await page.waitForFunction(() => document.body.innerText.includes('Votre dossier est complet'));
    await page.click('#submit-button');
    await page.waitForFunction(() => /ARA-2027-L-\d{4}/.test(document.body.innerText));
    const receipt = (await page.textContent('body')).match(/ARA-2027-L-\d{4}/)[0];

    // before the timetable is made: an hour the applicant cannot come on the selection day
    await page.fill('#unavailable-from', '09:00');
    await page.fill('#unavailable-to', '10:00');
    await page.click('#add-unavailable');
    await page.waitForFunction(() => document.body.innerText.includes('de 09:00 à 10:00'));

    // the palmarès, from the home page, per region and year
    await page.goto(`${apiUrl}/index.html`);
    await page.click('#palmares-link');
    await page.waitForURL(/palmares\.html/);
    await page.waitForSelector('#palmares-year option[value="2018"]', { state: 'attached' });
    await page.selectOption('#palmares-region', 'ARA');
    await page.selectOption('#palmares-year', '2018');
    await page.waitForFunction(() => document.body.innerText.includes('Ville de Brignais'));
    const palmares = await page.textContent('#palmares');
    if (!palmares.includes('Projets labellisés') || palmares.includes('@')) {
      throw new Error('unexpected palmarès: ' + palmares);
    }
    if (screenshot) {
      await page.screenshot({ path: screenshot });
    }
    if (errors.length) {
      throw new Error('page errors: ' + errors.join('; '));
    }
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    if (widest > size.width) throw new Error(`the page is wider than the screen: ${widest}px`);
    console.log(JSON.stringify({ id, token, receipt, viewport, droppedSaves: dropped }));

    // the test convenes the dossier, then the applicant confirms from their page
    await nextLine();
    await page.goto(`${apiUrl}/dossier.html#${id}.${token}`);
    await page.waitForSelector('#confirm-attendance');
    await page.fill('#convocation-note', 'Nous viendrons à deux.');
    await page.click('#confirm-attendance');
    await page.waitForFunction(() => document.body.innerText.includes('Vous avez confirmé votre présence'));
    if (errors.length) {
      throw new Error('page errors: ' + errors.join('; '));
    }
    console.log(JSON.stringify({ confirmed: true }));
  } catch (e) {
    if (page && screenshot) {
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png'), fullPage: true });
      console.error('page text: ' + (await page.textContent('body')).replace(/\s+/g, ' ').slice(0, 3000));
    }
    throw e;
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
