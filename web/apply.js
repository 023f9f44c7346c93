// apply.html?campaign=<id>: the application form of one call; creates the draft (POST, Idempotency-Key),
// remembers its token on this device and goes to dossier.html#<id>.<token>.
import {
  ApiError, CREATED_FLAG, api, badge, clearErrors, dossierUrl, el, formatDateTime, initPage, randomKey, rememberDossier,
  lang, rememberedDossiers, renderErrors, setTitle, showStatus, t,
} from './app.js';
import { buildForm, checkDraft, labelOf, readForm } from './form.js';

/** One key per page load: a retried create (double click, lost answer) gives the same dossier. */
const IDEMPOTENCY_KEY = randomKey();

const campaignId = new URLSearchParams(location.search).get('campaign');
let campaign = null;
let form = null;
let dirty = false;
/** Until the applicant picks the language of the mails, it follows the page's. */
let languageChosen = false;
let leaving = false;

function renderInfo() {
  const info = document.getElementById('campaign-info');
  if (!campaign) {
    info.replaceChildren();
    return;
  }
  document.getElementById('page-title').textContent = campaign.title;
  document.getElementById('page-title').removeAttribute('data-i18n');
  setTitle(campaign.title);
  info.replaceChildren(
    el('p', { class: 'meta' },
      badge(campaign.status, t(`campaign.status.${campaign.status}`)), ' ',
      badge('track', t(`track.${campaign.track}`))),
    el('dl', { class: 'facts' },
      el('dt', {}, t('facts.deadline')),
      el('dd', {}, `${formatDateTime(campaign.closesAt)} ${t('time.paris')}`)));
}

function renderExisting(container) {
  const mine = rememberedDossiers().filter((d) => d.campaignId === campaign.id);
  if (!mine.length) return;
  container.append(el('div', { class: 'notice' },
    el('p', {}, t('apply.already')),
    el('ul', {}, mine.map((d) => el('li', {},
      el('a', { href: dossierUrl(d.id, d.token) }, [d.organisation, d.title].filter(Boolean).join(' — ') || d.id))))));
}

function renderForm() {
  const area = document.getElementById('form-area');
  const status = document.getElementById('page-status');
  if (campaign.status !== 'open' || campaign.acceptsApplications === false) {
    const reason = campaign.acceptsApplications === false ? 'apply.bySelection'
      : campaign.status === 'upcoming' ? 'apply.notOpen.upcoming' : 'apply.notOpen.closed';
    showStatus(status, t(reason), 'warning');
    area.replaceChildren(el('p', {}, el('a', { href: 'index.html' }, t('apply.back'))));
    return;
  }
  showStatus(status, '');
  const summary = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  const button = el('button', { type: 'submit', class: 'button', 'data-i18n': 'apply.create' }, t('apply.create'));
  const live = el('span', { class: 'state', 'aria-live': 'polite' });
  form = el('form', { novalidate: true, id: 'application' },
    el('div', { class: 'form-actions' }, button, live));
  buildForm(form, campaign.track, form.firstChild);
  const existing = el('div');
  area.replaceChildren(el('p', { class: 'lead', 'data-i18n': 'apply.intro' }, t('apply.intro')), existing, summary, form);
  renderExisting(existing);
  form.addEventListener('input', (event) => {
    dirty = true;
    if (event.target.name === 'language') languageChosen = true;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    const body = readForm(form, campaign.track);
    const problems = checkDraft(body, campaign.track);
    const labels = (path) => labelOf(campaign.track, path);
    if (problems.length) {
      renderErrors(new ApiError(400, 'validation_failed', t('error.fieldsTitle'), problems),
        { form, summary, labelOf: labels, title: t('error.title') });
      return;
    }
    clearErrors(form, summary);
    button.disabled = true;
    live.textContent = t('apply.creating');
    try {
      const { data } = await api(`/campaigns/${encodeURIComponent(campaign.id)}/candidacies`, {
        method: 'POST', body, headers: { 'Idempotency-Key': IDEMPOTENCY_KEY },
      });
      rememberDossier(data.id, {
        token: data.accessToken,
        campaignId: campaign.id,
        organisation: body.applicant?.organisation,
        title: body.project?.title,
      });
      try {
        sessionStorage.setItem(CREATED_FLAG, data.id);
      } catch {
        // the dossier page then shows the link without the "just created" banner
      }
      leaving = true;
      location.assign(dossierUrl(data.id, data.accessToken));
    } catch (error) {
      live.textContent = '';
      button.disabled = false;
      renderErrors(error, { form, summary, labelOf: labels, title: t('error.title') });
    }
  });
}

async function load() {
  const status = document.getElementById('page-status');
  if (!campaignId) {
    status.replaceChildren(el('div', { class: 'notice notice-warning', role: 'alert' },
      el('p', {}, t('apply.noCampaign')), el('p', {}, el('a', { href: 'index.html' }, t('apply.back')))));
    return;
  }
  try {
    const { data } = await api(`/campaigns/${encodeURIComponent(campaignId)}`);
    campaign = data;
  } catch (error) {
    status.replaceChildren(el('div', { class: 'notice notice-error', role: 'alert' },
      el('p', {}, error.message), el('p', {}, el('a', { href: 'index.html' }, t('apply.back')))));
    return;
  }
  renderInfo();
  renderForm();
}

async function onLanguageChange() {
  // the campaign's title follows the language; the form keeps what was typed (its labels are data-i18n)
  if (!campaignId) return load();
  try {
    const { data } = await api(`/campaigns/${encodeURIComponent(campaignId)}`);
    campaign = data;
    renderInfo();
  } catch {
    // keep the title in the previous language
  }
  if (!form) {
    renderForm();
  } else if (!languageChosen) {
    form.querySelectorAll('input[name="language"]').forEach((radio) => {
      radio.checked = radio.value === lang();
    });
  }
}

window.addEventListener('beforeunload', (event) => {
  if (dirty && !leaving) event.preventDefault();
});

initPage(onLanguageChange);
load();
