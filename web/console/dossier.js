// A dossier as its organisers see it (dossier.html?campaign=ID&id=DOSSIER): GET /admin/candidacies/{id} (every field,
// files through their 5-minute links, jury, decision, mails and the contact's deliverability), the mails' resend
// (POST …/mails/{mailId}/resend, once per click thanks to its Idempotency-Key), the dossier's audit trail
// (GET /admin/campaigns/{id}/audit?candidacyId=…) and its personal deadline (PUT …/extension).
import {
  addStrings, api, badge, campaignNav, confirmDialog, el, formatDateTime, formatSize, initConsole, parisInstant,
  randomKey, renderErrors, setTitle, showStatus, staffApi, t,
} from './console.js';
import { labelOf } from '../form.js';

addStrings({
  fr: {
    'console.dossier.title': 'Dossier',
    'file.missing': 'Aucun dossier indiqué : ouvrez-le depuis la liste des dossiers.',
    'file.back': 'Retour à la liste des dossiers',
    'file.receipt': 'Dépôt n° {number} le {date}',
    'file.notSubmitted': 'Pas encore déposé',
    'file.deadline': 'Date limite du dossier : {date}',
    'file.personalDeadline': 'prolongée pour ce dossier',
    'file.fields': 'Contenu du dossier',
    'file.files': 'Pièces jointes',
    'file.files.none': 'Aucune pièce reçue.',
    'file.files.download': 'Télécharger {name}',
    'file.files.expires': 'Liens valables jusqu’au {date}.',
    'file.files.renew': 'Renouveler les liens',
    'file.jury': 'Jury',
    'file.jury.none': 'Aucun juré affecté.',
    'file.jury.assigned': 'affecté',
    'file.jury.scored': 'a noté',
    'file.jury.conflict': 'conflit d’intérêts déclaré',
    'file.decision': 'Décision : {outcome} ({state})',
    'file.decision.finalist': 'finaliste',
    'file.decision.not_selected': 'non retenu',
    'file.decision.pending': 'à envoyer',
    'file.decision.sent': 'envoyée',
    'file.mails': 'Courriels',
    'file.mails.none': 'Aucun courriel pour ce dossier.',
    'file.mails.col.kind': 'Courriel',
    'file.mails.col.to': 'Destinataire',
    'file.mails.col.status': 'État',
    'file.mails.col.action': 'Action',
    'file.mails.resend': 'Renvoyer',
    'file.mails.resend.label': 'Renvoyer « {subject} »',
    'file.mails.resend.confirm': 'Renvoyer « {subject} » à {to} ?',
    'file.mails.resend.text': 'Le même courriel repart à l’adresse actuelle du contact, avec un lien neuf s’il en contenait un.',
    'file.mails.resend.yes': 'Renvoyer',
    'file.mails.resend.no': 'Annuler',
    'file.mails.resent': 'Courriel renvoyé à {to}.',
    'file.mails.attempts': '{n} tentative(s)',
    'file.contact.undeliverable': 'L’adresse du contact ({address}) est injoignable depuis le {date} : aucun courriel ne lui est plus envoyé tant que le candidat ne l’a pas changée.',
    'file.contact.given_up': 'Un courriel n’a pas pu être remis après toutes ses tentatives.',
    'file.extension': 'Prolonger le délai de ce dossier',
    'file.extension.intro': 'Une date limite propre à ce dossier, que le candidat voit et que le dépôt respecte (heure de Paris).',
    'file.extension.date': 'Nouvelle date limite',
    'file.extension.time': 'Heure',
    'file.extension.reason': 'Motif (facultatif)',
    'file.extension.save': 'Enregistrer la prolongation',
    'file.extension.remove': 'Retirer la prolongation',
    'file.extension.saved': 'Nouvelle date limite du dossier : {date}.',
    'file.extension.removed': 'Prolongation retirée : la date limite de la campagne s’applique.',
    'file.extension.failed': 'La prolongation n’a pas été enregistrée.',
    'file.audit': 'Historique du dossier',
    'file.audit.none': 'Aucune action enregistrée.',
    'file.audit.col.at': 'Quand',
    'file.audit.col.actor': 'Qui',
    'file.audit.col.action': 'Action',
    'file.audit.col.details': 'Détails',
    'file.actionFailed': 'L’action n’a pas abouti.',
  },
  en: {
    'console.dossier.title': 'Application',
    'file.missing': 'No application given: open it from the list of applications.',
    'file.back': 'Back to the list of applications',
    'file.receipt': 'Receipt no. {number} on {date}',
    'file.notSubmitted': 'Not submitted yet',
    'file.deadline': 'Deadline of the application: {date}',
    'file.personalDeadline': 'extended for this application',
    'file.fields': 'Content of the application',
    'file.files': 'Attached files',
    'file.files.none': 'No file received.',
    'file.files.download': 'Download {name}',
    'file.files.expires': 'Links valid until {date}.',
    'file.files.renew': 'Renew the links',
    'file.jury': 'Jury',
    'file.jury.none': 'No juror assigned.',
    'file.jury.assigned': 'assigned',
    'file.jury.scored': 'scored',
    'file.jury.conflict': 'conflict of interest declared',
    'file.decision': 'Decision: {outcome} ({state})',
    'file.decision.finalist': 'finalist',
    'file.decision.not_selected': 'not selected',
    'file.decision.pending': 'to be sent',
    'file.decision.sent': 'sent',
    'file.mails': 'Mails',
    'file.mails.none': 'No mail for this application.',
    'file.mails.col.kind': 'Mail',
    'file.mails.col.to': 'Recipient',
    'file.mails.col.status': 'Status',
    'file.mails.col.action': 'Action',
    'file.mails.resend': 'Resend',
    'file.mails.resend.label': 'Resend “{subject}”',
    'file.mails.resend.confirm': 'Resend “{subject}” to {to}?',
    'file.mails.resend.text': 'The same mail goes again to the contact’s current address, with a fresh link if it had one.',
    'file.mails.resend.yes': 'Resend',
    'file.mails.resend.no': 'Cancel',
    'file.mails.resent': 'Mail sent again to {to}.',
    'file.mails.attempts': '{n} attempt(s)',
    'file.contact.undeliverable': 'The contact’s address ({address}) has been unreachable since {date}: no mail goes to it until the applicant changes it.',
    'file.contact.given_up': 'A mail could not be delivered after all its attempts.',
    'file.extension': 'Extend this application’s deadline',
    'file.extension.intro': 'A deadline of this application only, which the applicant sees and submission honours (Paris time).',
    'file.extension.date': 'New deadline',
    'file.extension.time': 'Time',
    'file.extension.reason': 'Reason (optional)',
    'file.extension.save': 'Save the extension',
    'file.extension.remove': 'Remove the extension',
    'file.extension.saved': 'New deadline of the application: {date}.',
    'file.extension.removed': 'Extension removed: the campaign’s deadline applies.',
    'file.extension.failed': 'The extension was not saved.',
    'file.audit': 'History of the application',
    'file.audit.none': 'No action recorded.',
    'file.audit.col.at': 'When',
    'file.audit.col.actor': 'Who',
    'file.audit.col.action': 'Action',
    'file.audit.col.details': 'Details',
    'file.actionFailed': 'The action did not succeed.',
  },
});

const status = document.getElementById('page-status');
const page = document.getElementById('page');
const params = new URLSearchParams(location.search);
const dossierId = params.get('id');
let campaignId = params.get('campaign');
let dossier = null;
let track = 'label';
let audit = [];
const notices = el('div', { class: 'live', 'aria-live': 'polite', id: 'dossier-notices' });

const dossierPath = (suffix = '') => `/admin/candidacies/${encodeURIComponent(dossierId)}${suffix}`;

function section(id, title, ...content) {
  return el('section', { 'aria-labelledby': id }, el('h2', { id, text: title }), ...content);
}

function table(id, caption, columns, rows) {
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, el('table', { class: 'data', id },
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: c })))),
    el('tbody', {}, rows)));
}

/** Every field the form has, in its order, labelled as the applicant saw it; empty ones shown as such. */
function fieldsList() {
  const paths = track === 'startup'
    ? ['applicant.organisation', 'applicant.siren', 'applicant.siret', 'applicant.contact.name', 'applicant.contact.role',
      'applicant.contact.email', 'applicant.contact.phone', 'project.title', 'project.summary', 'project.description',
      'project.website', 'project.foundingYear', 'project.territorialUseCase', 'language']
    : ['applicant.organisation', 'applicant.kind', 'applicant.siren', 'applicant.siret', 'applicant.contact.name',
      'applicant.contact.role', 'applicant.contact.email', 'applicant.contact.phone', 'project.title', 'project.summary',
      'project.description', 'project.stage', 'project.partners', 'project.userInvolvement', 'project.pooling',
      'project.returnOnInvestment', 'language'];
  const valueOf = (path) => path.split('.').reduce((node, key) => (node == null ? null : node[key]), dossier);
  const shown = (path, value) => {
    if (value == null || value === '') return '—';
    if (path === 'applicant.kind') return t(`kind.${value}`);
    if (path === 'project.stage') return t(`stage.${value}`);
    if (path === 'language') return t(`form.language.${value}`);
    return String(value);
  };
  return el('dl', { class: 'dossier-fields', id: 'dossier-fields' }, paths.flatMap((path) =>
    [el('dt', { text: labelOf(track, path) || path }), el('dd', { text: shown(path, valueOf(path)) })]));
}

function filesSection() {
  const files = dossier.attachments || [];
  if (!files.length) return section('files-title', t('file.files'), el('p', { text: t('file.files.none') }));
  const expires = files.map((f) => f.download?.expiresAt).filter(Boolean).sort()[0];
  return section('files-title', t('file.files'),
    el('ul', { class: 'files', id: 'dossier-files' }, files.map((f) => el('li', {},
      f.download ? el('a', { href: f.download.url, rel: 'noopener', text: t('file.files.download', { name: f.fileName }) })
        : el('span', { text: f.fileName }),
      ` (${formatSize(f.size)})`))),
    expires ? el('p', { class: 'hint', text: t('file.files.expires', { date: formatDateTime(expires) }) }) : null,
    el('button', { type: 'button', class: 'button secondary', text: t('file.files.renew'), onclick: () => load() }));
}

function jurySection() {
  const jury = dossier.jury || [];
  return section('jury-title', t('file.jury'),
    jury.length ? el('ul', {}, jury.map((j) => el('li', { text: `${j.jurorId} : ${t(`file.jury.${j.state}`)}` })))
      : el('p', { text: t('file.jury.none') }),
    dossier.decision ? el('p', { text: t('file.decision', { outcome: t(`file.decision.${dossier.decision.outcome}`),
      state: t(`file.decision.${dossier.decision.state}`) }) }) : null);
}

function mailStatusText(mail) {
  const parts = [mail.status === 'sent' && mail.sentAt ? t('mails.status.sent', { date: formatDateTime(mail.sentAt) })
    : t(`mails.status.${mail.status}`)];
  if (mail.outcome?.type) parts.push(t(`mails.outcome.${mail.outcome.type}`));
  if (mail.attempts > 1) parts.push(t('file.mails.attempts', { n: mail.attempts }));
  return parts.join(' · ');
}

function contactWarning() {
  const contact = dossier.contactMail;
  if (!contact || contact.state === 'deliverable') return null;
  const text = contact.state === 'undeliverable'
    ? t('file.contact.undeliverable', { address: contact.undeliverable?.address || dossier.contactEmail,
      date: formatDateTime(contact.undeliverable?.at) })
    : t('file.contact.given_up');
  return el('div', { class: 'notice notice-warning', id: 'contact-warning' }, el('p', { text: text }));
}

async function resend(mail) {
  const subject = mail.subject || t(`mails.kind.${mail.kind}`);
  const yes = await confirmDialog({ title: t('file.mails.resend.confirm', { subject, to: dossier.contactEmail }),
    text: t('file.mails.resend.text'), yes: t('file.mails.resend.yes'), no: t('file.mails.resend.no') });
  if (!yes) return;
  try {
    const { data } = await staffApi(dossierPath(`/mails/${encodeURIComponent(mail.id)}/resend`), {
      method: 'POST', headers: { 'Idempotency-Key': randomKey() } });
    await load();
    showStatus(notices, t('file.mails.resent', { to: data.mail?.to || dossier.contactEmail }), 'success');
  } catch (error) {
    notices.replaceChildren();
    renderErrors(error, { summary: notices, title: t('file.actionFailed') });
  }
}

function mailsSection() {
  const mails = dossier.mails || [];
  return section('mails-title', t('file.mails'), contactWarning(),
    mails.length ? table('dossier-mails', t('file.mails'), [t('file.mails.col.kind'), t('file.mails.col.to'),
      t('file.mails.col.status'), t('file.mails.col.action')], mails.map((mail) => el('tr', {},
      el('td', {}, el('span', { text: t(`mails.kind.${mail.kind}`) }), el('br'), el('span', { class: 'hint', text: mail.subject || '' })),
      el('td', { text: mail.to || '' }),
      el('td', { text: mailStatusText(mail) }),
      el('td', {}, mail.status === 'pending' ? null : el('button', { type: 'button', class: 'button secondary',
        'aria-label': t('file.mails.resend.label', { subject: mail.subject || t(`mails.kind.${mail.kind}`) }),
        text: t('file.mails.resend'), onclick: () => resend(mail) })))))
      : el('p', { text: t('file.mails.none') }));
}

/** "2027-10-10" and "23:59" of an ISO instant, in Paris time: the form's starting values. */
function parisParts(iso) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

async function saveExtension(form, deadline) {
  const result = form.querySelector('.extension-result');
  try {
    const body = { deadline, reason: form.elements.reason.value.trim() || null };
    const { data } = await staffApi(dossierPath('/extension'), { method: 'PUT', body });
    await load();
    showStatus(notices, deadline ? t('file.extension.saved', { date: formatDateTime(data.deadline) }) : t('file.extension.removed'), 'success');
  } catch (error) {
    result.replaceChildren();
    renderErrors(error, { form, summary: result, title: t('file.extension.failed'),
      labelOf: (name) => ({ deadline: t('file.extension.date'), reason: t('file.extension.reason') })[name] || null });
  }
}

function extensionSection() {
  const start = parisParts(dossier.deadline);
  const form = el('form', { id: 'extension-form', novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    saveExtension(form, parisInstant(form.elements.date.value, form.elements.time.value || '23:59'));
  } },
  el('div', { class: 'error-summary extension-result', role: 'alert', hidden: true }),
  el('div', { class: 'field' }, el('label', { for: 'f-deadline', text: t('file.extension.date') }),
    el('input', { id: 'f-deadline', name: 'date', type: 'date', required: true, value: start.date, class: 'short' }),
    el('p', { class: 'field-error', id: 'f-deadline-error', hidden: true })),
  el('div', { class: 'field' }, el('label', { for: 'f-time', text: t('file.extension.time') }),
    el('input', { id: 'f-time', name: 'time', type: 'time', value: start.time, class: 'short' })),
  el('div', { class: 'field' }, el('label', { for: 'f-reason', text: t('file.extension.reason') }),
    el('input', { id: 'f-reason', name: 'reason', type: 'text', maxlength: '500' }),
    el('p', { class: 'field-error', id: 'f-reason-error', hidden: true })),
  el('div', { class: 'form-actions' },
    el('button', { type: 'submit', class: 'button', text: t('file.extension.save') }),
    dossier.personalDeadline ? el('button', { type: 'button', class: 'button secondary', text: t('file.extension.remove'),
      onclick: () => saveExtension(form, null) }) : null));
  return section('extension-title', t('file.extension'), el('p', { class: 'hint', text: t('file.extension.intro') }), form);
}

function auditSection() {
  return section('audit-title', t('file.audit'), audit.length
    ? table('dossier-audit', t('file.audit'), [t('file.audit.col.at'), t('file.audit.col.actor'), t('file.audit.col.action'),
      t('file.audit.col.details')], audit.map((entry) => el('tr', {},
      el('td', { text: formatDateTime(entry.at, { weekday: false }) }),
      el('td', { text: entry.actor || '' }),
      el('td', { text: entry.action }),
      el('td', { text: Object.entries(entry.details || {}).map(([k, v]) => `${k} = ${v}`).join(' ; ') }))))
    : el('p', { text: t('file.audit.none') }));
}

function render() {
  const title = dossier.organisation || dossier.id;
  setTitle(title);
  document.getElementById('page-title').textContent = title;
  const back = `dossiers.html?campaign=${encodeURIComponent(campaignId)}`;
  page.replaceChildren(
    campaignNav(campaignId, 'console.campaign.dossiers'),
    el('p', {}, el('a', { href: back, text: t('file.back') })),
    el('p', { class: 'lead', id: 'dossier-head' },
      badge(dossier.status === 'submitted' ? 'open' : 'closed', t(`dossier.status.${dossier.status}`)), ' ',
      dossier.receipt ? t('file.receipt', { number: dossier.receipt.number, date: formatDateTime(dossier.receipt.submittedAt) })
        : t('file.notSubmitted')),
    el('p', { text: `${t('file.deadline', { date: formatDateTime(dossier.deadline) })}${dossier.personalDeadline ? ` (${t('file.personalDeadline')})` : ''}` }),
    notices,
    section('fields-title', t('file.fields'), fieldsList()),
    filesSection(),
    jurySection(),
    mailsSection(),
    extensionSection(),
    auditSection());
}

async function load() {
  const { data } = await staffApi(dossierPath());
  dossier = data;
  campaignId = dossier.campaignId;
  const [campaign, entries] = await Promise.all([
    api(`/campaigns/${encodeURIComponent(campaignId)}`).then(({ data: c }) => c, () => null),
    staffApi(`/admin/campaigns/${encodeURIComponent(campaignId)}/audit?candidacyId=${encodeURIComponent(dossierId)}&limit=50`)
      .then(({ data: a }) => a.entries || [], () => []),
  ]);
  track = campaign?.track || (dossier.applicant?.kind === 'startup' ? 'startup' : 'label');
  audit = entries;
  status.replaceChildren();
  render();
}

function failed(error) {
  page.replaceChildren();
  renderErrors(error, { summary: status, title: t('console.loadError') });
}

initConsole({ titleKey: 'console.dossier.title', onLanguageChange: () => load().catch(failed) }).then(() => {
  if (!dossierId) {
    status.replaceChildren(el('p', { class: 'notice notice-warning', text: t('file.missing') }));
    return null;
  }
  return load();
}).catch(failed);
