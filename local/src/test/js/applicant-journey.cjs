// The applicant's journey in a real browser, on the local backend: the web pages call the real API,
// the file goes to the S3 emulator through the presigned URL. Prints {"id","token","receipt"} on success.
// Usage: node applicant-journey.cjs <apiUrl> <pdfPath> <email> [screenshotPath]
const { chromium } = require('playwright-core');

(async () => {
  const [apiUrl, pdf, email, screenshot] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  let page;
  try {
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.setDefaultTimeout(20000);

    await page.goto(`${apiUrl}/apply.html?campaign=aura-2027-label`);
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
    await page.waitForSelector('#file-input');
    await page.setInputFiles('#file-input', pdf);
    await page.waitForFunction(() => document.body.innerText.includes('dossier.pdf'));
    await page.waitForSelector('#submit-button:not([disabled])');
    // as a person would: wait until the page itself says the dossier is complete
    await page.waitForFunction(() => document.body.innerText.includes('Votre dossier est complet'));
    await page.click('#submit-button');
    await page.waitForFunction(() => /ARA-2027-L-\d{4}/.test(document.body.innerText));
    const receipt = (await page.textContent('body')).match(/ARA-2027-L-\d{4}/)[0];
    if (screenshot) {
      await page.screenshot({ path: screenshot });
    }
    if (errors.length) {
      throw new Error('page errors: ' + errors.join('; '));
    }
    console.log(JSON.stringify({ id, token, receipt }));
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
