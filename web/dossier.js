// dossier.html#<id>.<token>: the applicant's self-service page. The token comes from the fragment (never
// sent in a URL to any server) and goes with every call as Authorization: Bearer.
import {
  ApiError, CREATED_FLAG, api, badge, clearErrors, confirmDialog, dossierUrl, el, fieldId, focusField, forgetDossier,
  formatDateTime, formatDay, formatDuration, formatSize, formatTime, initPage, parisInstant, labelled, lostLinkForm, readDossier, rememberDossier,
  renderErrors, setTitle, showStatus, t,
} from './app.js';
import { buildForm, checkDraft, fillForm, labelOf, mergeForm, readForm, setReadOnly } from './form.js';
import { createAutosave } from './autosave.js';

/** Media types by extension, as the server knows them (the browser's file.type is often empty for .odt…). */
const MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const state = {
  id: null,
  token: null,
  dossier: null,
  etag: null,
  campaign: null,
  dirty: false,
  busy: false,
  uploading: 0,
  fresh: false,
  timer: null,
  wasEditable: false,
  baseline: null,
  /** The dossier the form's edits are based on: a conflict keeps the edits made since this version. */
  base: null,
  /** What the autosaver last said ('saved at…', 'retrying…'), or null: then the form's dirty state shows. */
  saveMessage: null,
  autosave: null,
};

const ui = {};

// ---------------------------------------------------------------------------------------------------------
// Reading the link
// ---------------------------------------------------------------------------------------------------------

function readFragment() {
  const fragment = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
  const dot = fragment.indexOf('.');
  const id = dot < 0 ? fragment : fragment.slice(0, dot);
  let token = dot < 0 ? '' : fragment.slice(dot + 1);
  if (id && !token) token = readDossier(id)?.token || '';
  return { id, token };
}

function call(path, options = {}) {
  return api(path, { ...options, token: state.token });
}

const base = () => `/candidacies/${encodeURIComponent(state.id)}`;

// ---------------------------------------------------------------------------------------------------------
// State helpers
// ---------------------------------------------------------------------------------------------------------

function deadlineMs() {
  return new Date(state.dossier?.deadline || state.campaign?.closesAt).getTime();
}

function beforeDeadline() {
  const deadline = deadlineMs();
  return Number.isNaN(deadline) || Date.now() <= deadline;
}

function editable() {
  return ['draft', 'submitted'].includes(state.dossier?.status) && beforeDeadline();
}

function track() {
  return state.campaign?.track || (state.dossier?.applicant?.kind === 'startup' ? 'startup' : 'label');
}

function labels(path) {
  return labelOf(track(), path);
}

/** The form part of a dossier, to tell whether someone else changed it. */
function formOf(dossier) {
  return JSON.stringify({ applicant: dossier.applicant, project: dossier.project, language: dossier.language });
}

/** Puts a dossier's form on screen: what is shown is now the saved state. */
function showForm(dossier) {
  fillForm(ui.form, track(), dossier);
  state.baseline = formOf(dossier);
  state.base = dossier;
  state.dirty = false;
}

function accept(dossier, etag) {
  state.dossier = dossier;
  if (etag) state.etag = etag;
  rememberDossier(state.id, {
    token: state.token,
    campaignId: dossier.campaignId,
    organisation: dossier.applicant?.organisation,
    title: dossier.project?.title,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------------

function renderHead() {
  const d = state.dossier;
  const title = d.project?.title || t('dossier.title');
  setTitle(`${t('dossier.title')} — ${title}`);
  ui.head.replaceChildren(
    el('p', { class: 'breadcrumb' }, el('a', { href: 'index.html' }, t('footer.home'))),
    el('div', { class: 'dossier-head' },
      el('h1', { id: 'dossier-title', tabindex: '-1' }, title),
      badge(d.status, t(`dossier.status.${d.status}`))),
    el('p', { class: 'hint' }, [d.applicant?.organisation, t('dossier.number', { id: d.id })].filter(Boolean).join(' · ')));
}

function renderFacts() {
  const d = state.dossier;
  const showCountdown = ['draft', 'submitted'].includes(d.status);
  ui.countdown = showCountdown ? el('span', { class: 'countdown', role: 'timer' }) : null;
  ui.facts.replaceChildren(el('dl', { class: 'facts' },
    state.campaign ? [el('dt', {}, t('facts.campaign')), el('dd', {}, state.campaign.title)] : null,
    el('dt', {}, t('facts.deadline')),
    el('dd', {}, `${formatDateTime(d.deadline)} ${t('time.paris')}`),
    showCountdown ? [el('dt', {}, t('facts.countdown')), el('dd', {}, ui.countdown)] : null,
    d.updatedAt ? [el('dt', {}, t('facts.updated')), el('dd', {}, `${formatDateTime(d.updatedAt)} ${t('time.paris')}`)] : null));
  tick();
}

function tick() {
  if (!ui.countdown) return;
  const left = deadlineMs() - Date.now();
  if (left <= 0) {
    ui.countdown.textContent = t('countdown.over');
    ui.countdown.classList.add('soon');
    if (state.wasEditable) {
      state.wasEditable = false;
      update();
    }
    return;
  }
  ui.countdown.textContent = t('countdown.left', { time: formatDuration(left) });
  ui.countdown.classList.toggle('soon', left < 24 * 3600 * 1000);
}

function renderBanner() {
  const d = state.dossier;
  let text = null;
  if (d.status === 'withdrawn') text = t('dossier.readonly.withdrawn', { date: formatDateTime(d.withdrawnAt, { weekday: false }) });
  else if (d.status === 'expired') text = t('dossier.readonly.expired');
  else if (!beforeDeadline()) text = t('dossier.readonly.deadline');
  ui.banner.replaceChildren(text ? el('div', { class: 'notice notice-warning read-only-banner' }, el('p', {}, text)) : '');
}

function confirmationMail() {
  const mails = state.dossier.mails || [];
  return mails.filter((m) => m.kind === 'confirmation').pop();
}

function renderReceipt() {
  const d = state.dossier;
  if (!d.receipt || d.status === 'withdrawn') {
    ui.receipt.replaceChildren();
    return;
  }
  const mail = confirmationMail();
  const email = d.applicant?.contact?.email || '';
  ui.receipt.replaceChildren(el('section', { class: 'receipt', 'aria-labelledby': 'receipt-title' },
    el('h2', { id: 'receipt-title', tabindex: '-1' }, t('receipt.title')),
    el('p', {}, t('receipt.number')),
    el('p', { class: 'number' }, d.receipt.number),
    el('p', {}, t('receipt.on', { date: `${formatDateTime(d.receipt.submittedAt)} ${t('time.paris')}` })),
    el('p', {}, t(mail && mail.status !== 'sent' ? 'receipt.mail.pending' : 'receipt.mail', { email })),
    editable() ? el('p', { class: 'hint' }, t('receipt.stillEditable')) : null));
}

function renderLink() {
  const url = dossierUrl(state.id, state.token);
  const input = el('input', {
    id: 'access-link', type: 'text', readonly: true, value: url, spellcheck: 'false',
    'aria-describedby': 'link-warning', onfocus: (event) => event.target.select(),
  });
  const copied = el('p', { class: 'live', 'aria-live': 'polite' });
  const copy = el('button', {
    type: 'button', class: 'button secondary',
    onclick: async () => {
      let ok = false;
      try {
        await navigator.clipboard.writeText(url);
        ok = true;
      } catch {
        input.select();
        try {
          ok = document.execCommand('copy');
        } catch {
          ok = false;
        }
      }
      showStatus(copied, t(ok ? 'link.copied' : 'link.copyFailed'), ok ? 'success' : 'warning');
    },
  }, t('link.copy'));
  const fresh = state.fresh;
  ui.link.replaceChildren(el('section', { class: `panel link-panel${fresh ? ' fresh' : ''}`, 'aria-labelledby': 'link-title' },
    fresh ? el('p', { class: 'notice notice-success' }, t('link.created')) : null,
    el('h2', { id: 'link-title' }, t('link.title')),
    el('p', { id: 'link-warning' }, el('strong', {}, t('link.warning'))),
    el('label', { for: 'access-link' }, t('link.label')),
    el('div', { class: 'access-link' }, input, copy),
    copied,
    el('p', { class: 'hint' }, t('link.remembered'))));
}

function renderChecklist() {
  const d = state.dossier;
  if (d.status !== 'draft' || !editable()) {
    ui.checklist.replaceChildren();
    return;
  }
  const missing = d.missing || [];
  const items = missing.map((item) => {
    const label = labels(item.field);
    const text = item.field === 'attachments' || !label
      ? item.message
      : item.code === 'required' ? t('checklist.required', { label }) : labelled(label, item.message);
    const id = item.field === 'attachments' ? 'files-title' : fieldId(item.field);
    return el('li', {}, el('a', { href: `#${id}`, onclick: (event) => focusField(event, item.field === 'attachments' ? 'file-input' : id) }, text));
  });
  ui.checklist.replaceChildren(el('section', {
    class: `panel checklist${missing.length ? '' : ' complete'}`, 'aria-labelledby': 'checklist-title',
  },
  el('h2', { id: 'checklist-title' }, t('checklist.title')),
  missing.length
    ? [el('p', {}, t('checklist.missing', { n: missing.length })), el('ul', {}, items)]
    : el('p', { class: 'notice notice-success' }, t('checklist.complete'))));
}

function renderFormState() {
  const ro = !editable();
  setReadOnly(ui.form, ro);
  ui.formActions.hidden = ro;
  ui.saveState.textContent = state.saveMessage ?? (state.dirty ? t('unsaved') : '');
  ui.saveState.classList.toggle('dirty', state.dirty);
}

function renderFiles() {
  const d = state.dossier;
  const limits = state.campaign?.uploadLimits;
  const attachments = d.attachments || [];
  const canEdit = editable();
  const rows = attachments.map((a) => el('li', {},
    el('span', { class: 'name' }, a.fileName),
    el('span', { class: 'size' }, formatSize(a.size)),
    el('span', { class: `file-status ${a.status}` }, t(a.status === 'received' ? 'files.received' : 'files.pending')),
    canEdit ? el('button', {
      type: 'button', class: 'button danger small', 'aria-label': t('files.delete.label', { name: a.fileName }),
      onclick: () => deleteAttachment(a),
    }, t('files.delete')) : null));
  ui.filesList.replaceChildren(el('div', {},
    limits ? el('p', { class: 'limits' }, t('files.limits', {
      max: limits.maxFiles, size: formatSize(limits.maxFileBytes),
      types: limits.allowedExtensions.map((e) => e.toUpperCase()).join(', '),
    })) : null,
    limits ? el('p', { class: 'hint' }, t('files.count', { n: attachments.length, max: limits.maxFiles })) : null,
    attachments.length ? el('ul', { class: 'files' }, rows) : el('p', {}, t('files.none'))));
  ui.picker.hidden = !canEdit;
  if (limits) {
    ui.fileInput.accept = limits.allowedExtensions.map((e) => `.${e}`).join(',');
  }
}

function renderSubmit() {
  const d = state.dossier;
  if (d.status !== 'draft' || !editable()) {
    ui.submit.replaceChildren();
    return;
  }
  const button = el('button', { type: 'button', class: 'button', id: 'submit-button', onclick: submit }, t('submit.button'));
  ui.submit.replaceChildren(el('section', { class: 'panel', 'aria-labelledby': 'submit-title' },
    el('h2', { id: 'submit-title' }, t('submit.title')),
    el('p', {}, t('submit.intro')),
    el('p', { class: 'actions' }, button)));
}

function mailStatus(m) {
  const status = m.status === 'sent'
    ? t('mails.status.sent', { date: formatDateTime(m.sentAt || m.createdAt, { weekday: false }) })
    : t(`mails.status.${m.status === 'failed' || m.status === 'suppressed' ? m.status : 'pending'}`);
  return m.outcome ? `${status} — ${t(`mails.outcome.${m.outcome.type}`)}` : status;
}

/** What became of the mails, and a warning when mail no longer reaches the contact. */
function contactWarning() {
  const contact = state.dossier.contactMail || {};
  if (contact.undeliverable) {
    return el('p', { class: 'notice notice-warning', role: 'alert' }, t('mails.undeliverable', {
      address: contact.undeliverable.address, reason: t(`mails.undeliverable.${contact.undeliverable.reason}`) }));
  }
  if (contact.givenUp) return el('p', { class: 'notice notice-warning', role: 'alert' }, t('mails.givenUp'));
  return contact.remindersStoppedAt ? el('p', {}, t('mails.remindersStopped')) : null;
}

function renderMails() {
  const mails = state.dossier.mails || [];
  const warning = contactWarning();
  if (!mails.length && !warning) {
    ui.mails.replaceChildren();
    return;
  }
  ui.mails.replaceChildren(el('section', { class: 'panel soft', 'aria-labelledby': 'mails-title' },
    el('h2', { id: 'mails-title' }, t('mails.title')),
    warning,
    el('ul', { class: 'mails' }, mails.map((m) => el('li', {},
      labelled(t(`mails.kind.${m.kind}`) === `mails.kind.${m.kind}` ? m.kind : t(`mails.kind.${m.kind}`),
        mailStatus(m)))))));
}

function renderConvocation() {
  const c = state.dossier.convocation;
  if (!c) {
    ui.convocation.replaceChildren();
    return;
  }
  const facts = c.status === 'cancelled'
    ? [el('p', { class: 'notice' }, t('convocation.cancelled'))]
    : [
      el('p', {}, t('convocation.when', { date: formatDay(c.start), start: formatTime(c.start), end: formatTime(c.end) })),
      el('p', {}, t('convocation.room', { room: c.room })),
      c.place ? el('p', {}, t('convocation.place', { place: c.place })) : null,
      el('p', { class: 'attendance', id: 'attendance' }, t(`convocation.attendance.${c.attendance}`)),
    ];
  const note = el('textarea', { id: 'convocation-note', rows: '2', maxlength: '1000' });
  note.value = c.note || '';
  const answer = (attendance) => async () => {
    try {
      const { data } = await call(`${base()}/convocation`, { method: 'POST', body: { attendance, note: note.value } });
      accept(data);
      update();
      showStatus(document.getElementById('page-status'), t('convocation.saved'));
    } catch (error) {
      showError(error);
    }
  };
  ui.convocation.replaceChildren(el('section', { class: 'panel', id: 'convocation', 'aria-labelledby': 'convocation-title' },
    el('h2', { id: 'convocation-title' }, t('convocation.title')),
    facts,
    c.status === 'cancelled' || state.dossier.status !== 'submitted' ? null : [
      el('label', { for: 'convocation-note' }, t('convocation.note')), note,
      el('p', { class: 'actions' },
        el('button', { type: 'button', class: 'button', id: 'confirm-attendance', onclick: answer('confirmed') },
          t('convocation.confirm')),
        el('button', { type: 'button', class: 'button secondary', id: 'decline-attendance', onclick: answer('declined') },
          t('convocation.decline')))]));
}

function renderAvailability() {
  const day = state.campaign?.regionalSelection?.date;
  const d = state.dossier;
  if (!day || d.status !== 'submitted' || d.convocation) {
    ui.availability.replaceChildren();
    return;
  }
  const declared = d.availability?.unavailable || [];
  const from = el('input', { type: 'time', id: 'unavailable-from', value: '09:00' });
  const to = el('input', { type: 'time', id: 'unavailable-to', value: '10:00' });
  const save = (ranges) => async () => {
    try {
      await call(`${base()}/availability`, { method: 'PUT', body: { unavailable: ranges } });
      await refresh();
      showStatus(document.getElementById('page-status'), t('availability.saved'));
    } catch (error) {
      showError(error);
    }
  };
  const ranges = declared.map((r) => ({ start: r.start, end: r.end }));
  ui.availability.replaceChildren(el('section', { class: 'panel soft', id: 'availability', 'aria-labelledby': 'availability-title' },
    el('h2', { id: 'availability-title' }, t('availability.title')),
    el('p', {}, t('availability.intro', { date: formatDay(`${day}T12:00:00Z`) })),
    declared.length
      ? el('ul', { class: 'unavailable' }, declared.map((r) => el('li', {},
        t('availability.range', { start: formatTime(r.start), end: formatTime(r.end) }))))
      : el('p', { class: 'hint' }, t('availability.none')),
    el('p', {},
      el('label', { for: 'unavailable-from' }, t('availability.from')), ' ', from, ' ',
      el('label', { for: 'unavailable-to' }, t('availability.to')), ' ', to),
    el('p', { class: 'actions' },
      el('button', {
        type: 'button', class: 'button secondary', id: 'add-unavailable',
        onclick: () => save([...ranges, { start: parisInstant(day, from.value), end: parisInstant(day, to.value) }])(),
      }, t('availability.add')),
      declared.length ? el('button', { type: 'button', class: 'button secondary', onclick: save([]) }, t('availability.clear')) : null)));
}

function renderWithdraw() {
  const d = state.dossier;
  if (!['draft', 'submitted'].includes(d.status)) {
    ui.withdraw.replaceChildren();
    return;
  }
  ui.withdraw.replaceChildren(el('section', { class: 'panel withdraw', 'aria-labelledby': 'withdraw-title' },
    el('h2', { id: 'withdraw-title' }, t('withdraw.title')),
    el('p', {}, t('withdraw.intro')),
    el('p', { class: 'actions' }, el('button', { type: 'button', class: 'button danger', onclick: withdraw }, t('withdraw.button')))));
}

/** Re-draws everything but the form's values (kept while the applicant types). */
function update() {
  state.wasEditable = editable();
  renderHead();
  renderFacts();
  renderBanner();
  renderReceipt();
  renderChecklist();
  renderFormState();
  renderFiles();
  renderSubmit();
  renderConvocation();
  renderAvailability();
  renderMails();
  renderWithdraw();
}

function buildPage() {
  const root = document.getElementById('dossier');
  ui.head = el('div');
  ui.facts = el('div');
  ui.banner = el('div');
  ui.receipt = el('div');
  ui.link = el('div');
  ui.summary = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  ui.checklist = el('div');
  ui.saveButton = el('button', { type: 'submit', class: 'button', 'data-i18n': 'save' }, t('save'));
  ui.saveState = el('span', { class: 'state', id: 'save-state', 'aria-live': 'polite' });
  ui.formActions = el('div', { class: 'form-actions' }, ui.saveButton, ui.saveState);
  ui.form = el('form', { novalidate: true, id: 'application' }, ui.formActions);
  state.autosave = createAutosave({ read: readDraft, send: putDraft, onState: onAutosave, delayMs: 1000 });
  buildForm(ui.form, track(), ui.formActions);
  ui.form.addEventListener('input', (event) => {
    // choosing a file uploads it at once: it is not an unsaved change of the form
    if (event.target && event.target.type === 'file') return;
    if (!state.dirty) {
      state.dirty = true;
      renderFormState();
    }
    state.autosave.changed();
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });

  ui.filesList = el('div');
  ui.fileInput = el('input', { type: 'file', id: 'file-input', multiple: true, 'aria-describedby': 'files-intro' });
  ui.fileInput.addEventListener('change', () => {
    const files = [...ui.fileInput.files];
    ui.fileInput.value = '';
    uploadAll(files);
  });
  ui.picker = el('div', { class: 'file-picker', id: fieldId('attachments') },
    el('label', { for: 'file-input', class: 'button secondary', 'data-i18n': 'files.choose' }, t('files.choose')),
    ui.fileInput);
  ui.uploads = el('ul', { class: 'uploads', 'aria-live': 'polite' });
  ui.filesSummary = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  const files = el('section', { class: 'panel', id: 'files', 'aria-labelledby': 'files-title' },
    el('h2', { id: 'files-title', 'data-i18n': 'files.title', tabindex: '-1' }, t('files.title')),
    el('p', { id: 'files-intro', 'data-i18n': 'files.intro' }, t('files.intro')),
    ui.filesSummary,
    ui.filesList,
    ui.picker,
    ui.uploads);

  ui.submit = el('div');
  ui.mails = el('div');
  ui.withdraw = el('div');
  ui.convocation = el('div');
  ui.availability = el('div');
  root.replaceChildren(ui.head, ui.facts, ui.banner, ui.receipt, ui.convocation, ui.availability, ui.summary, ui.link,
    ui.checklist,
    el('section', { 'aria-labelledby': 'form-title' },
      el('h2', { id: 'form-title', 'data-i18n': 'dossier.form' }, t('dossier.form')), ui.form),
    files, ui.submit, ui.mails, ui.withdraw);
}

// ---------------------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------------------

function showError(error, options = {}) {
  renderErrors(error, { form: ui.form, summary: ui.summary, labelOf: labels, ...options });
}

async function reload() {
  if (state.dirty && !(await confirmDialog({
    title: t('stale.reload'), text: t('stale.warning'), yes: t('stale.reload'), no: t('withdraw.confirm.no'),
  }))) return;
  clearErrors(ui.form, ui.summary);
  await refresh({ refill: true });
  document.getElementById('dossier-title')?.focus();
}

function staleError(error) {
  showError(error, {
    title: t('stale.text'),
    extra: el('p', {}, el('button', { type: 'button', class: 'button', onclick: reload }, t('stale.reload'))),
  });
}

/** The draft as the form holds it, or null while a field a draft needs is empty (nothing is saved then). */
function readDraft() {
  if (!state.dossier || !editable()) return null;
  const body = readForm(ui.form, track());
  return checkDraft(body, track()).length ? null : body;
}

/** PUT the whole form with If-Match; a version changed elsewhere meanwhile is merged with the edits and saved once more. */
async function putDraft(body) {
  let answer;
  try {
    answer = await call(base(), { method: 'PUT', body, ifMatch: state.etag });
  } catch (error) {
    if (error.code !== 'precondition_failed' && error.status !== 409) throw error;
    const latest = await call(base());
    const both = mergeForm(ui.form, track(), latest.data, state.base);
    accept(latest.data, latest.etag);
    state.base = latest.data;
    state.baseline = formOf(latest.data);
    showStatus(document.getElementById('page-status'), both.length
      ? t('autosave.merged.both', { fields: both.join(', ') }) : t('autosave.merged'), 'warning');
    answer = await call(base(), { method: 'PUT', body: readForm(ui.form, track()), ifMatch: state.etag });
  }
  const { data, etag } = answer;
  accept(data, etag);
  // the form is not refilled: the applicant may be typing; what they typed meanwhile is saved next
  state.base = data;
  state.baseline = formOf(data);
  state.dirty = JSON.stringify(readForm(ui.form, track())) !== JSON.stringify(body);
  clearErrors(ui.form, ui.summary);
  update();
}

function onAutosave(kind, detail) {
  if (kind === 'pending') state.saveMessage = null;
  else if (kind === 'saving') state.saveMessage = t('saving');
  else if (kind === 'saved') state.saveMessage = t('autosave.saved', { time: formatTime(new Date().toISOString()) });
  else if (kind === 'retrying') state.saveMessage = t('autosave.retrying');
  else if (kind === 'incomplete') state.saveMessage = editable() ? t('autosave.incomplete') : null;
  else if (kind === 'failed') {
    state.saveMessage = null;
    const error = detail.error;
    if (error.code === 'precondition_failed' || error.status === 409) staleError(error);
    else handleWriteError(error, { title: t('error.title'), focus: false });
  }
  if (ui.saveState) renderFormState();
}

/** Saves now (the button, and before submitting): the draft's faults are shown. Resolves true when saved. */
async function save() {
  if (!editable()) return false;
  const problems = checkDraft(readForm(ui.form, track()), track());
  if (problems.length) {
    showError(new ApiError(400, 'validation_failed', t('error.fieldsTitle'), problems), { title: t('error.title') });
    return false;
  }
  if (state.dirty) state.autosave.changed();
  ui.saveButton.disabled = true;
  try {
    return await state.autosave.flush();
  } finally {
    ui.saveButton.disabled = false;
  }
}

/** Errors that mean the dossier changed state (deadline, withdrawn…): say so, then show the fresh dossier. */
function handleWriteError(error, options = {}) {
  if (error.status === 401 || (error.status === 404 && error.code === 'candidacy_not_found')) {
    showInvalidLink();
    return;
  }
  showError(error, options);
  if (['deadline_passed', 'candidacy_withdrawn', 'candidacy_expired'].includes(error.code)) {
    refresh({ refill: false, keepErrors: true });
  }
}

async function submit() {
  if (state.busy) return;
  if ((state.dirty || state.autosave.pending()) && !(await save())) return;
  const button = document.getElementById('submit-button');
  state.busy = true;
  if (button) {
    button.disabled = true;
    button.textContent = t('submit.sending');
  }
  clearErrors(ui.form, ui.summary);
  try {
    const { data, etag } = await call(`${base()}/submit`, { method: 'POST' });
    accept(data, etag);
    update();
    showStatus(document.getElementById('page-status'), t('submit.done', { number: data.receipt?.number || '' }), 'success');
    document.getElementById('receipt-title')?.focus();
  } catch (error) {
    if (button) {
      button.disabled = false;
      button.textContent = t('submit.button');
    }
    handleWriteError(error);
    if (error.code === 'incomplete') refresh({ refill: false, keepErrors: true });
  } finally {
    state.busy = false;
  }
}

async function withdraw() {
  const yes = await confirmDialog({
    title: t('withdraw.confirm.title'), text: t('withdraw.confirm.text'),
    yes: t('withdraw.confirm.yes'), no: t('withdraw.confirm.no'), danger: true,
  });
  if (!yes || state.busy) return;
  state.busy = true;
  clearErrors(ui.form, ui.summary);
  try {
    const { data, etag } = await call(`${base()}/withdraw`, { method: 'POST' });
    accept(data, etag);
    showForm(data);
    update();
    showStatus(document.getElementById('page-status'), t('withdraw.done'), 'success');
    document.getElementById('dossier-title')?.focus();
  } catch (error) {
    handleWriteError(error);
  } finally {
    state.busy = false;
  }
}

// ---- files ----------------------------------------------------------------------------------------------

function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** What the browser can check before asking: format, size, count. Returns an error text or null. */
function checkFile(file, countBefore) {
  const limits = state.campaign?.uploadLimits;
  if (!limits) return null;
  const types = limits.allowedExtensions.map((e) => e.toUpperCase()).join(', ');
  const extension = extensionOf(file.name);
  if (!limits.allowedExtensions.includes(extension)) return t('files.err.type', { types });
  const type = MEDIA_TYPES[extension] || file.type;
  if (limits.allowedTypes && !limits.allowedTypes.includes(type)) return t('files.err.type', { types });
  if (file.size <= 0) return t('files.err.empty');
  if (file.size > limits.maxFileBytes) {
    return t('files.err.size', { size: formatSize(file.size), max: formatSize(limits.maxFileBytes) });
  }
  if (countBefore >= limits.maxFiles) return t('files.err.count', { max: limits.maxFiles });
  return null;
}

/** PUT the file to the presigned URL with progress (XMLHttpRequest: fetch has no upload progress). */
function putFile(upload, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method || 'PUT', upload.url);
    const type = upload.headers?.['Content-Type'];
    if (type) xhr.setRequestHeader('Content-Type', type);
    // Content-Length is set by the browser itself (it may not be set by scripts)
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(String(xhr.status)))));
    xhr.addEventListener('error', () => reject(new Error('network')));
    xhr.addEventListener('abort', () => reject(new Error('abort')));
    xhr.send(file);
  });
}

async function uploadOne(file, countBefore) {
  const problem = checkFile(file, countBefore);
  const progress = el('progress', { max: '100', value: '0' });
  const label = el('span', {}, t('files.uploading', { name: file.name }));
  const percent = el('span', { class: 'percent', 'aria-hidden': 'true' });
  const row = el('li', {}, label, ' ', percent, progress);
  const fail = (message) => {
    row.replaceChildren(el('span', { class: 'field-error' }, t('files.failed', { name: file.name, message })));
    return false;
  };
  ui.uploads.append(row);
  if (problem) return fail(problem);
  const extension = extensionOf(file.name);
  let requested;
  try {
    const { data } = await call(`${base()}/attachments`, {
      method: 'POST',
      body: { fileName: file.name, contentType: MEDIA_TYPES[extension] || file.type, size: file.size },
    });
    requested = data;
  } catch (error) {
    if (error.status === 401 || error.code === 'candidacy_not_found') {
      showInvalidLink();
      return false;
    }
    return fail(error.message);
  }
  progress.setAttribute('aria-label', t('files.uploading', { name: file.name }));
  try {
    await putFile(requested.upload, file, (ratio) => {
      progress.value = Math.round(ratio * 100);
      percent.textContent = `${progress.value} %`;
    });
  } catch {
    // the announced file holds a slot until it is completed: give it back
    call(`${base()}/attachments/${encodeURIComponent(requested.attachmentId)}`, { method: 'DELETE' }).catch(() => {});
    return fail(t('files.err.upload'));
  }
  progress.value = 100;
  percent.textContent = '';
  label.textContent = t('files.checking', { name: file.name });
  try {
    await call(`${base()}/attachments/${encodeURIComponent(requested.attachmentId)}/complete`, { method: 'POST' });
  } catch (error) {
    if (error.code === 'upload_missing') {
      call(`${base()}/attachments/${encodeURIComponent(requested.attachmentId)}`, { method: 'DELETE' }).catch(() => {});
    }
    return fail(error.message);
  }
  row.replaceChildren(el('span', { class: 'file-status received' }, t('files.done', { name: file.name })));
  return true;
}

async function uploadAll(files) {
  if (!files.length) return;
  clearErrors(null, ui.filesSummary);
  ui.uploads.replaceChildren();
  state.uploading += 1;
  try {
    let count = (state.dossier.attachments || []).length;
    for (const file of files) {
      if (await uploadOne(file, count)) count += 1;
      if (!state.dossier) return;
    }
  } finally {
    state.uploading -= 1;
  }
  await refresh({ refill: false });
}

async function deleteAttachment(attachment) {
  const yes = await confirmDialog({
    title: t('files.delete.confirm', { name: attachment.fileName }),
    yes: t('files.delete'), no: t('withdraw.confirm.no'), danger: true,
  });
  if (!yes) return;
  clearErrors(null, ui.filesSummary);
  try {
    await call(`${base()}/attachments/${encodeURIComponent(attachment.id)}`, { method: 'DELETE' });
    ui.uploads.replaceChildren(el('li', {}, t('files.deleted', { name: attachment.fileName })));
  } catch (error) {
    renderErrors(error, { summary: ui.filesSummary });
  }
  await refresh({ refill: false });
  document.getElementById('files-title')?.focus();
}

// ---------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------

/** GET the dossier again (new ETag, files, checklist); the form is refilled unless it has unsaved edits. */
async function refresh({ refill = false, keepErrors = false } = {}) {
  try {
    const { data, etag } = await call(base());
    if (refill || !state.dirty) {
      accept(data, etag);
      showForm(data);
    } else if (formOf(data) === state.baseline) {
      // only the files or the status moved: the unsaved edits still apply to this version
      accept(data, etag);
    } else {
      // the form itself changed elsewhere: keep the old ETag, so that saving the edits gets a 412
      accept(data, null);
    }
    if (!keepErrors) clearErrors(null, ui.summary);
    update();
  } catch (error) {
    if (error.status === 401 || error.status === 404) showInvalidLink();
    else showStatus(document.getElementById('page-status'), error.message, 'error');
  }
}

async function showInvalidLink() {
  const stored = state.id ? readDossier(state.id) : null;
  if (stored && stored.token === state.token) forgetDossier(state.id);
  state.dossier = null;
  clearInterval(state.timer);
  setTitle(t('dossier.invalid.title'));
  showStatus(document.getElementById('page-status'), '');
  const root = document.getElementById('dossier');
  const heading = el('h1', { tabindex: '-1' }, t('dossier.invalid.title'));
  root.replaceChildren(heading,
    el('div', { class: 'notice notice-error', role: 'alert' }, el('p', {}, t('dossier.invalid.text'))));
  heading.focus();
  let campaigns = [];
  try {
    campaigns = (await api('/campaigns')).data?.campaigns || [];
  } catch {
    campaigns = [];
  }
  if (campaigns.length) {
    const preferred = stored?.campaignId || campaigns.find((c) => c.status === 'open')?.id || campaigns[0].id;
    root.append(lostLinkForm(campaigns, { selected: preferred }));
  }
}

async function load() {
  const status = document.getElementById('page-status');
  state.dossier = null;
  state.dirty = false;
  clearInterval(state.timer);
  const { id, token } = readFragment();
  state.id = id;
  state.token = token;
  if (!id || !token) {
    showInvalidLink();
    return;
  }
  try {
    state.fresh = sessionStorage.getItem(CREATED_FLAG) === id;
    sessionStorage.removeItem(CREATED_FLAG);
  } catch {
    state.fresh = false;
  }
  showStatus(status, t('loading'));
  let dossier;
  try {
    const answer = await call(base());
    dossier = answer.data;
    state.etag = answer.etag;
  } catch (error) {
    if (error.status === 401 || error.status === 404) {
      showInvalidLink();
    } else {
      status.replaceChildren(el('div', { class: 'notice notice-error', role: 'alert' },
        el('p', {}, t('dossier.loadError')), el('p', {}, error.message),
        el('p', {}, el('button', { type: 'button', class: 'button secondary', onclick: load }, t('dossier.retry')))));
    }
    return;
  }
  try {
    state.campaign = (await api(`/campaigns/${encodeURIComponent(dossier.campaignId)}`)).data;
  } catch {
    state.campaign = null; // the page still works; limits are then checked by the server only
  }
  accept(dossier);
  showStatus(status, '');
  buildPage();
  showForm(dossier);
  renderLink();
  update();
  state.timer = setInterval(tick, 1000);
  if (state.fresh) document.getElementById('link-title')?.scrollIntoView({ block: 'start' });
}

async function onLanguageChange() {
  if (!state.dossier) {
    if (state.id && state.token) load();
    else showInvalidLink();
    return;
  }
  try {
    state.campaign = (await api(`/campaigns/${encodeURIComponent(state.dossier.campaignId)}`)).data;
  } catch {
    // keep the campaign in the previous language
  }
  renderLink();
  await refresh({ refill: false, keepErrors: true });
}

window.addEventListener('hashchange', () => load());
window.addEventListener('beforeunload', (event) => {
  if (state.dirty || state.uploading || state.autosave?.pending()) {
    state.autosave?.flush();
    event.preventDefault();
  }
});

initPage(onLanguageChange);
load();
