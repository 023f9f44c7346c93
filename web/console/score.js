// score.html?candidacy=ID: a juror's score sheet. The dossier as a juror may read it (GET /admin/candidacies/{id}:
// its form and files through 5-minute links), the campaign's grid (GET …/scores: labels, scale, weights) as one
// radio group per criterion, saved as the juror goes (PUT …/scores through the autosaver: last edit wins, retried
// on a flaky connection), the conflict-of-interest declaration (PUT …/conflict), and once the juror has scored,
// the other jurors' sheets as the API shows them.
import {
  addStrings, clearErrors, confirmDialog, el, fieldId, formatDateTime, formatNumber, formatSize, initConsole,
  renderErrors, setTitle, showSaveState, showStatus, staffApi, t,
} from './console.js';
import { labelOf, valueAt } from '../form.js';
import { createAutosave } from '../autosave.js';

addStrings({
  fr: {
    'score.title': 'Noter un dossier',
    'score.back': 'Retour à mon jury',
    'score.noCandidacy': 'Aucun dossier n’est indiqué. Ouvrez un dossier depuis la page de votre jury.',
    'score.loadError': 'Impossible de charger le dossier.',
    'score.summary': 'Le dossier',
    'score.receipt': 'Récépissé {number}',
    'score.files': 'Pièces jointes',
    'score.files.none': 'Aucune pièce jointe.',
    'score.files.open': 'Ouvrir « {name} » ({size})',
    'score.files.expiry': 'Les liens sont valables quelques minutes ; la page en demande de nouveaux au besoin.',
    'score.grid': 'Ma notation',
    'score.grid.intro': 'Choisissez une note par critère. La notation s’enregistre d’elle-même dès que chaque critère est noté.',
    'score.criterion': '{label}',
    'score.scale': 'de {min} à {max}, coefficient {weight}',
    'score.comment': 'Commentaire (facultatif)',
    'score.comment.hint': '2 000 caractères au plus. Visible des organisateurs et, une fois qu’ils ont noté, des autres jurés.',
    'score.incomplete': 'Encore {n} critère(s) à noter avant l’enregistrement.',
    'score.failed': 'Non enregistré',
    'score.total': 'Mon total pondéré : {total}',
    'score.unsaved': 'Des notes ne sont pas encore enregistrées.',
    'score.others': 'Les notes des autres jurés',
    'score.others.hidden': 'Les notes des autres jurés s’affichent une fois votre propre notation enregistrée.',
    'score.others.conflict': 'Vous avez déclaré un conflit d’intérêts : les notes des autres jurés ne vous sont pas montrées.',
    'score.others.none': 'Aucun autre juré n’a encore noté ce dossier.',
    'score.others.juror': 'Juré',
    'score.others.total': 'Total',
    'score.others.comment': 'Commentaire',
    'score.others.average': 'Moyenne des totaux : {total}',
    'score.others.caption': 'Notes des jurés par critère',
    'score.conflict': 'Conflit d’intérêts',
    'score.conflict.intro': 'Si vous connaissez personnellement les porteurs du projet ou y avez un intérêt, déclarez-le : vous ne noterez pas ce dossier et vos notes éventuelles seront effacées.',
    'score.conflict.reason': 'Motif du conflit d’intérêts',
    'score.conflict.reason.hint': 'Par exemple : « Je travaille pour cette collectivité. » 1 000 caractères au plus.',
    'score.conflict.declare': 'Déclarer un conflit d’intérêts',
    'score.conflict.confirm.title': 'Déclarer un conflit d’intérêts ?',
    'score.conflict.confirm.text': 'Vous ne pourrez plus noter ce dossier et vos notes déjà données seront effacées. Cette déclaration est définitive.',
    'score.conflict.confirm.yes': 'Oui, je déclare un conflit',
    'score.conflict.confirm.no': 'Annuler',
    'score.conflict.declared': 'Vous avez déclaré un conflit d’intérêts le {date} : vous ne notez pas ce dossier.',
    'score.conflict.reasonShown': 'Motif : {reason}',
    'score.conflict.done': 'Votre conflit d’intérêts est enregistré.',
    'score.conflict.cleared': 'Vos notes ont été effacées.',
  },
  en: {
    'score.title': 'Score an application',
    'score.back': 'Back to my jury',
    'score.noCandidacy': 'No application is given. Open one from your jury page.',
    'score.loadError': 'The application could not be loaded.',
    'score.summary': 'The application',
    'score.receipt': 'Receipt {number}',
    'score.files': 'Attachments',
    'score.files.none': 'No attachment.',
    'score.files.open': 'Open “{name}” ({size})',
    'score.files.expiry': 'Links are valid for a few minutes; the page asks for new ones when needed.',
    'score.grid': 'My scores',
    'score.grid.intro': 'Pick one score per criterion. Your scores save by themselves once every criterion has one.',
    'score.criterion': '{label}',
    'score.scale': 'from {min} to {max}, weight {weight}',
    'score.comment': 'Comment (optional)',
    'score.comment.hint': 'At most 2,000 characters. Seen by organisers and, once they have scored, by the other jurors.',
    'score.incomplete': '{n} criterion/criteria still to score before saving.',
    'score.failed': 'Not saved',
    'score.total': 'My weighted total: {total}',
    'score.unsaved': 'Some scores are not saved yet.',
    'score.others': 'The other jurors’ scores',
    'score.others.hidden': 'The other jurors’ scores show once your own scores are saved.',
    'score.others.conflict': 'You declared a conflict of interest: the other jurors’ scores are not shown to you.',
    'score.others.none': 'No other juror has scored this application yet.',
    'score.others.juror': 'Juror',
    'score.others.total': 'Total',
    'score.others.comment': 'Comment',
    'score.others.average': 'Average of the totals: {total}',
    'score.others.caption': 'Jurors’ scores per criterion',
    'score.conflict': 'Conflict of interest',
    'score.conflict.intro': 'If you personally know the applicants or have an interest in the project, declare it: you will not score this application and any scores you gave will be cleared.',
    'score.conflict.reason': 'Reason for the conflict of interest',
    'score.conflict.reason.hint': 'For example: “I work for this local authority.” At most 1,000 characters.',
    'score.conflict.declare': 'Declare a conflict of interest',
    'score.conflict.confirm.title': 'Declare a conflict of interest?',
    'score.conflict.confirm.text': 'You will no longer be able to score this application and the scores you gave will be cleared. This cannot be undone.',
    'score.conflict.confirm.yes': 'Yes, declare a conflict',
    'score.conflict.confirm.no': 'Cancel',
    'score.conflict.declared': 'You declared a conflict of interest on {date}: you do not score this application.',
    'score.conflict.reasonShown': 'Reason: {reason}',
    'score.conflict.done': 'Your conflict of interest is recorded.',
    'score.conflict.cleared': 'Your scores were cleared.',
  },
});

const candidacyId = new URLSearchParams(location.search).get('candidacy');
const status = document.getElementById('page-status');
const root = document.getElementById('page');
const base = () => `/admin/candidacies/${encodeURIComponent(candidacyId)}`;

/**
 * The sheet not yet saved, kept in this tab's sessionStorage: if the sign-in has to be done again (an expired
 * session), the juror comes back to this page with their choices still there.
 */
const STASH_KEY = `candidatures.console.sheet.${candidacyId}`;

function stash(body) {
  try {
    if (body) sessionStorage.setItem(STASH_KEY, JSON.stringify(body));
    else sessionStorage.removeItem(STASH_KEY);
  } catch {
    // storage full or disabled: the page still saves as it goes
  }
}

function stashed() {
  try {
    return JSON.parse(sessionStorage.getItem(STASH_KEY) || 'null');
  } catch {
    return null;
  }
}

const state = {
  dossier: null,
  sheet: null, // GET …/scores: {criteria, mine, others, othersVisible, averageTotal}
};
const ui = {};

/** The fields a juror reads, in the form's order, per track. */
const SUMMARY_FIELDS = {
  label: ['applicant.organisation', 'project.title', 'project.summary', 'project.description', 'project.stage',
    'project.partners', 'project.userInvolvement', 'project.pooling', 'project.returnOnInvestment'],
  startup: ['applicant.organisation', 'project.title', 'project.summary', 'project.description', 'project.website',
    'project.foundingYear', 'project.territorialUseCase'],
};

function track() {
  return state.dossier?.applicant?.kind === 'startup' ? 'startup' : 'label';
}

function shownValue(path, value) {
  if (path === 'project.stage') return t(`stage.${value}`);
  return String(value);
}

// ---------------------------------------------------------------------------------------------------------
// The dossier
// ---------------------------------------------------------------------------------------------------------

function renderHead() {
  const d = state.dossier;
  const title = d.project?.title || t('score.title');
  const heading = document.getElementById('page-title');
  heading.removeAttribute('data-i18n');
  heading.textContent = title;
  setTitle(`${t('score.title')} — ${title}`);
  ui.head.replaceChildren(el('p', { class: 'hint' },
    [d.applicant?.organisation, d.receipt ? t('score.receipt', { number: d.receipt.number }) : null].filter(Boolean).join(' · ')));
}

function renderSummary() {
  const d = state.dossier;
  const rows = SUMMARY_FIELDS[track()].map((path) => [path, valueAt(d, path)])
    .filter(([, value]) => value !== undefined && value !== null && value !== '');
  ui.summary.replaceChildren(el('section', { class: 'panel', 'aria-labelledby': 'summary-title' },
    el('h2', { id: 'summary-title' }, t('score.summary')),
    el('dl', { class: 'score-summary' }, rows.flatMap(([path, value]) => [
      el('dt', {}, labelOf(track(), path) || path),
      el('dd', {}, shownValue(path, value))]))));
}

/** Opens a file through its link, asking for fresh links first when it is about to expire. */
async function openFile(event, attachment) {
  const expires = Date.parse(attachment.download?.expiresAt || '');
  if (!Number.isNaN(expires) && expires - Date.now() > 15_000) return; // the link works: let the browser follow it
  event.preventDefault();
  try {
    state.dossier = (await staffApi(base())).data;
    renderFiles();
    const fresh = (state.dossier.attachments || []).find((a) => a.id === attachment.id);
    if (fresh?.download?.url) location.assign(fresh.download.url);
  } catch (error) {
    renderErrors(error, { summary: ui.errors });
  }
}

function renderFiles() {
  const files = (state.dossier.attachments || []).filter((a) => a.download?.url);
  ui.files.replaceChildren(el('section', { class: 'panel', 'aria-labelledby': 'files-title' },
    el('h2', { id: 'files-title' }, t('score.files')),
    files.length
      ? [el('ul', { class: 'score-files' }, files.map((a) => el('li', {},
        el('a', { href: a.download.url, class: 'button secondary', rel: 'noopener', onclick: (event) => openFile(event, a) },
          t('score.files.open', { name: a.fileName, size: formatSize(a.size) }))))),
      el('p', { class: 'hint' }, t('score.files.expiry'))]
      : el('p', {}, t('score.files.none'))));
}

// ---------------------------------------------------------------------------------------------------------
// The score sheet
// ---------------------------------------------------------------------------------------------------------

function criteria() {
  return state.sheet?.criteria || [];
}

function mine() {
  return state.sheet?.mine || {};
}

/** What to save: every criterion scored and the comment, or null while a criterion has no score. */
function readSheet() {
  const scores = {};
  let missing = 0;
  for (const criterion of criteria()) {
    const checked = ui.form.querySelector(`input[name="${CSS.escape(`scores.${criterion.id}`)}"]:checked`);
    if (checked) scores[criterion.id] = Number(checked.value);
    else missing += 1;
  }
  ui.missing = missing;
  if (missing) return null;
  const comment = ui.comment.value.trim();
  return comment ? { scores, comment } : { scores };
}

function criterionGroup(criterion) {
  const path = `scores.${criterion.id}`;
  const id = fieldId(path);
  const given = mine().scores?.[criterion.id];
  const values = [];
  for (let v = criterion.scaleMin; v <= criterion.scaleMax; v++) values.push(v);
  return el('fieldset', { class: 'field radios score-criterion', id, 'aria-describedby': `${id}-scale ${id}-error` },
    el('legend', {}, t('score.criterion', { label: criterion.label })),
    el('p', { class: 'hint', id: `${id}-scale` }, t('score.scale', {
      min: criterion.scaleMin, max: criterion.scaleMax, weight: formatNumber(criterion.weight) })),
    el('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    el('div', { class: 'score-scale' }, values.map((v) => {
      const optionId = `${id}-${v}`;
      return el('div', { class: 'score-option' },
        el('input', { type: 'radio', id: optionId, name: path, value: v, checked: given === v }),
        el('label', { for: optionId }, String(v)));
    })));
}

function renderTotal() {
  const total = mine().total;
  ui.total.textContent = total === undefined || total === null ? '' : t('score.total', { total: formatNumber(total) });
}

function renderSaveState(kind, detail) {
  if (kind === 'pending') {
    // while the debounce runs: "saving" once the sheet is complete, else what is missing
    renderSaveState(readSheet() === null ? 'incomplete' : 'saving');
    return;
  }
  clearErrors(ui.form, null);
  if (kind === 'incomplete') {
    ui.saveState.className = 'save-state save-state-incomplete';
    ui.saveState.textContent = t('score.incomplete', { n: ui.missing });
  } else if (kind === 'failed') {
    ui.saveState.className = 'save-state save-state-failed';
    ui.saveState.textContent = t('score.failed');
    renderErrors(detail.error, { form: ui.form, summary: ui.errors, labelOf: criterionLabel, focus: false });
  } else {
    showSaveState(ui.saveState, kind);
    if (kind !== 'retrying') clearErrors(null, ui.errors);
  }
}

function criterionLabel(path) {
  if (path === 'comment') return t('score.comment');
  return criteria().find((c) => `scores.${c.id}` === path)?.label || null;
}

async function sendSheet(body) {
  stash(body);
  const { data } = await staffApi(`${base()}/scores`, { method: 'PUT', body });
  if (JSON.stringify(readSheet()) === JSON.stringify(body)) stash(null);
  const wasHidden = !state.sheet.othersVisible;
  state.sheet.mine = data;
  renderTotal();
  // a first sheet saved: the API now shows the others' scores
  if (wasHidden) await reloadSheet({ keepForm: true });
}

function renderSheet() {
  const own = mine();
  if (own.state === 'conflict') {
    ui.sheet.replaceChildren(el('section', { class: 'panel', 'aria-labelledby': 'grid-title' },
      el('h2', { id: 'grid-title', tabindex: '-1' }, t('score.grid')),
      el('p', { class: 'notice notice-warning' }, t('score.conflict.declared', {
        date: formatDateTime(own.conflict?.declaredAt, { weekday: false }) })),
      own.conflict?.reason ? el('p', {}, t('score.conflict.reasonShown', { reason: own.conflict.reason })) : null));
    return;
  }
  ui.comment = el('textarea', { id: fieldId('comment'), name: 'comment', rows: '4', maxlength: '2000',
    'aria-describedby': `${fieldId('comment')}-hint ${fieldId('comment')}-error` });
  ui.comment.value = own.comment || '';
  ui.saveState = el('p', { class: 'save-state', id: 'save-state', 'aria-live': 'polite' });
  ui.total = el('p', { class: 'score-total', id: 'score-total' });
  ui.form = el('form', { id: 'score-form', novalidate: true },
    criteria().map(criterionGroup),
    el('div', { class: 'field' },
      el('label', { for: fieldId('comment') }, t('score.comment')),
      el('p', { class: 'hint', id: `${fieldId('comment')}-hint` }, t('score.comment.hint')),
      el('p', { class: 'field-error', id: `${fieldId('comment')}-error`, hidden: true }),
      ui.comment));
  // radios fire `input` too, whether tapped or moved with the arrow keys
  ui.form.addEventListener('input', () => ui.autosave.changed());
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    ui.autosave.flush();
  });
  ui.sheet.replaceChildren(el('section', { class: 'panel score-sheet', 'aria-labelledby': 'grid-title' },
    el('h2', { id: 'grid-title' }, t('score.grid')),
    el('p', {}, t('score.grid.intro')),
    ui.form,
    el('div', { class: 'score-status' }, ui.saveState, ui.total)));
  renderTotal();
  if (own.state === 'scored') showSaveState(ui.saveState, 'saved');
  restoreStash();
}

/** Choices made before a sign-in interrupted their save: back on screen, and saved. */
function restoreStash() {
  const kept = stashed();
  if (!kept || JSON.stringify(kept) === JSON.stringify(readSheet())) {
    stash(null);
    return;
  }
  for (const [criterion, value] of Object.entries(kept.scores || {})) {
    const radio = document.getElementById(`${fieldId(`scores.${criterion}`)}-${value}`);
    if (radio) radio.checked = true;
  }
  ui.comment.value = kept.comment || '';
  ui.autosave.changed();
}

function renderOthers() {
  const sheet = state.sheet;
  let content;
  if (sheet.others === 'hidden_conflict_of_interest') content = el('p', {}, t('score.others.conflict'));
  else if (!sheet.othersVisible) content = el('p', {}, t('score.others.hidden'));
  else {
    const scored = sheet.others.filter((o) => o.scores);
    content = scored.length ? [
      // on a phone the table scrolls sideways: a focusable region, so that keyboards can scroll it too
      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('score.others.caption') },
        el('table', { class: 'data' },
        el('caption', {}, t('score.others.caption')),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, t('score.others.juror')),
          criteria().map((c) => el('th', { scope: 'col', class: 'number' }, c.label)),
          el('th', { scope: 'col', class: 'number' }, t('score.others.total')),
          el('th', { scope: 'col' }, t('score.others.comment')))),
        el('tbody', {}, scored.map((o) => el('tr', {},
          el('th', { scope: 'row' }, o.jurorId),
          criteria().map((c) => el('td', { class: 'number' }, o.scores[c.id] ?? '—')),
          el('td', { class: 'number' }, o.total === undefined ? '—' : formatNumber(o.total)),
          el('td', {}, o.comment || '')))))),
      sheet.averageTotal === undefined ? null
        : el('p', {}, t('score.others.average', { total: formatNumber(sheet.averageTotal) }))]
      : el('p', {}, t('score.others.none'));
  }
  ui.others.replaceChildren(el('section', { class: 'panel soft', id: 'others', 'aria-labelledby': 'others-title' },
    el('h2', { id: 'others-title' }, t('score.others')), content));
}

// ---------------------------------------------------------------------------------------------------------
// Conflict of interest
// ---------------------------------------------------------------------------------------------------------

function renderConflict() {
  if (mine().state === 'conflict') {
    ui.conflict.replaceChildren();
    return;
  }
  const reasonId = fieldId('reason');
  const reason = el('textarea', { id: reasonId, name: 'reason', rows: '2', maxlength: '1000',
    'aria-describedby': `${reasonId}-hint ${reasonId}-error` });
  const summary = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  const form = el('form', { id: 'conflict-form', novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: reasonId }, t('score.conflict.reason')),
      el('p', { class: 'hint', id: `${reasonId}-hint` }, t('score.conflict.reason.hint')),
      el('p', { class: 'field-error', id: `${reasonId}-error`, hidden: true }),
      reason),
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button danger', id: 'declare-conflict' },
      t('score.conflict.declare'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const yes = await confirmDialog({
      title: t('score.conflict.confirm.title'), text: t('score.conflict.confirm.text'),
      yes: t('score.conflict.confirm.yes'), no: t('score.conflict.confirm.no'), danger: true,
    });
    if (!yes) return;
    try {
      const { data } = await staffApi(`${base()}/conflict`, { method: 'PUT', body: { reason: reason.value } });
      showStatus(status, [t('score.conflict.done'), data.scoresCleared ? t('score.conflict.cleared') : null]
        .filter(Boolean).join(' '), 'success');
      await reloadSheet();
      document.getElementById('grid-title')?.focus();
    } catch (error) {
      renderErrors(error, { form, summary, labelOf: () => t('score.conflict.reason') });
    }
  });
  ui.conflict.replaceChildren(el('section', { class: 'panel', 'aria-labelledby': 'conflict-title' },
    el('h2', { id: 'conflict-title' }, t('score.conflict')),
    el('p', {}, t('score.conflict.intro')),
    summary, form));
}

// ---------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------

/** GET …/scores again: the grid in the page's language, the own sheet, the others as now allowed. */
async function reloadSheet({ keepForm = false } = {}) {
  state.sheet = (await staffApi(`${base()}/scores`)).data;
  if (!keepForm) {
    renderSheet();
    renderConflict();
  } else {
    renderTotal();
  }
  renderOthers();
}

function buildPage() {
  ui.head = el('div');
  ui.errors = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  ui.sheet = el('div');
  ui.summary = el('div');
  ui.files = el('div');
  ui.others = el('div');
  ui.conflict = el('div');
  // on a phone, the sheet comes right after the title: the dossier is read before the hearing, scored during it
  root.replaceChildren(ui.head, ui.errors, ui.sheet, ui.others, ui.summary, ui.files, ui.conflict);
  ui.autosave = createAutosave({ read: readSheet, send: sendSheet, onState: renderSaveState, delayMs: 600 });
}

async function load() {
  if (!candidacyId) {
    showStatus(status, t('score.noCandidacy'), 'warning');
    return;
  }
  const [dossier, sheet] = await Promise.all([staffApi(base()), staffApi(`${base()}/scores`)]);
  state.dossier = dossier.data;
  state.sheet = sheet.data;
  showStatus(status, '');
  if (!ui.head) buildPage();
  renderHead();
  renderSheet();
  renderOthers();
  renderSummary();
  renderFiles();
  renderConflict();
}

async function onLanguageChange() {
  if (!state.dossier) return;
  // the grid's labels come from the API in the page's language; the unsaved choices stay on screen
  const unsaved = ui.autosave?.pending();
  state.sheet = (await staffApi(`${base()}/scores`)).data;
  renderHead();
  if (!unsaved) renderSheet();
  renderOthers();
  renderSummary();
  renderFiles();
  renderConflict();
}

window.addEventListener('beforeunload', (event) => {
  if (ui.autosave?.pending()) {
    ui.autosave.flush();
    event.preventDefault();
  }
});

initConsole({ titleKey: 'score.title', onLanguageChange: () => onLanguageChange().catch(showLoadError) })
  .then(load).catch(showLoadError);

function showLoadError(error) {
  renderErrors(error, { summary: status, title: t('score.loadError') });
}

