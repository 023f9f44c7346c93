// The dossier table of a campaign (dossiers.html?campaign=ID&…): GET /admin/campaigns/{id}/candidacies with its
// filters (status, kind, submittedFrom/To, q, mail=undeliverable), sort and cursor paging, exactly as the API gives
// them. Every filter, the sort and the page live in the address (reload, back and forward work; a link can be sent).
import {
  addStrings, api, badge, campaignNav, campaignParam, el, formatDateTime, formatNumber, initConsole, renderErrors, setTitle,
  staffApi, t,
} from './console.js';
import { LABEL_KINDS } from '../form.js';

addStrings({
  fr: {
    'dossiers.missing': 'Aucune campagne indiquée : ouvrez une campagne depuis la liste.',
    'dossiers.filters': 'Filtrer les dossiers',
    'dossiers.q': 'Rechercher',
    'dossiers.q.hint': 'Des mots du nom de l’organisation ou du titre du projet.',
    'dossiers.status': 'État',
    'dossiers.kind': 'Type d’organisation',
    'dossiers.any': 'Tous',
    'dossiers.from': 'Déposé à partir du',
    'dossiers.to': 'Déposé jusqu’au',
    'dossiers.mail': 'Contact injoignable seulement',
    'dossiers.sort': 'Trier par',
    'dossiers.sort.-submittedAt': 'Dépôt, le plus récent d’abord',
    'dossiers.sort.submittedAt': 'Dépôt, le plus ancien d’abord',
    'dossiers.sort.organisation': 'Organisation (A → Z)',
    'dossiers.sort.-organisation': 'Organisation (Z → A)',
    'dossiers.sort.title': 'Titre du projet (A → Z)',
    'dossiers.sort.receipt': 'Numéro de dépôt',
    'dossiers.sort.-createdAt': 'Création, la plus récente d’abord',
    'dossiers.apply': 'Appliquer',
    'dossiers.reset': 'Effacer les filtres',
    'dossiers.count': '{total} dossier(s) correspondent ; page {page}.',
    'dossiers.none': 'Aucun dossier ne correspond à ces critères.',
    'dossiers.caption': 'Dossiers de la campagne, page {page}',
    'dossiers.col.receipt': 'N° de dépôt',
    'dossiers.col.organisation': 'Organisation',
    'dossiers.col.project': 'Projet',
    'dossiers.col.kind': 'Type',
    'dossiers.col.status': 'État',
    'dossiers.col.submittedAt': 'Déposé le',
    'dossiers.col.files': 'Pièces',
    'dossiers.col.contact': 'Contact',
    'dossiers.mail.undeliverable': 'Adresse injoignable',
    'dossiers.mail.given_up': 'Courriel abandonné',
    'dossiers.extended': 'Délai prolongé',
    'dossiers.decision.finalist': 'Finaliste',
    'dossiers.decision.not_selected': 'Non retenu',
    'dossiers.previous': 'Page précédente',
    'dossiers.next': 'Page suivante',
    'dossiers.pages': 'Pages de résultats',
  },
  en: {
    'dossiers.missing': 'No campaign given: open a campaign from the list.',
    'dossiers.filters': 'Filter the applications',
    'dossiers.q': 'Search',
    'dossiers.q.hint': 'Words of the organisation’s name or of the project title.',
    'dossiers.status': 'Status',
    'dossiers.kind': 'Kind of organisation',
    'dossiers.any': 'All',
    'dossiers.from': 'Submitted from',
    'dossiers.to': 'Submitted until',
    'dossiers.mail': 'Unreachable contact only',
    'dossiers.sort': 'Sort by',
    'dossiers.sort.-submittedAt': 'Submission, newest first',
    'dossiers.sort.submittedAt': 'Submission, oldest first',
    'dossiers.sort.organisation': 'Organisation (A → Z)',
    'dossiers.sort.-organisation': 'Organisation (Z → A)',
    'dossiers.sort.title': 'Project title (A → Z)',
    'dossiers.sort.receipt': 'Receipt number',
    'dossiers.sort.-createdAt': 'Creation, newest first',
    'dossiers.apply': 'Apply',
    'dossiers.reset': 'Clear the filters',
    'dossiers.count': '{total} application(s) match; page {page}.',
    'dossiers.none': 'No application matches these criteria.',
    'dossiers.caption': 'Applications of the campaign, page {page}',
    'dossiers.col.receipt': 'Receipt',
    'dossiers.col.organisation': 'Organisation',
    'dossiers.col.project': 'Project',
    'dossiers.col.kind': 'Kind',
    'dossiers.col.status': 'Status',
    'dossiers.col.submittedAt': 'Submitted',
    'dossiers.col.files': 'Files',
    'dossiers.col.contact': 'Contact',
    'dossiers.mail.undeliverable': 'Unreachable address',
    'dossiers.mail.given_up': 'Mail given up',
    'dossiers.extended': 'Deadline extended',
    'dossiers.decision.finalist': 'Finalist',
    'dossiers.decision.not_selected': 'Not selected',
    'dossiers.previous': 'Previous page',
    'dossiers.next': 'Next page',
    'dossiers.pages': 'Result pages',
  },
});

const FILTERS = ['q', 'status', 'kind', 'submittedFrom', 'submittedTo', 'mail', 'sort'];
const STATUSES = ['submitted', 'draft', 'withdrawn', 'expired'];
const SORTS = ['-submittedAt', 'submittedAt', 'organisation', '-organisation', 'title', 'receipt', '-createdAt'];
const PAGE_SIZE = 50;

const status = document.getElementById('page-status');
const page = document.getElementById('page');
const campaignId = campaignParam();
const results = el('div', { id: 'results' });
let form = null;
let firstRender = true;

/** The filters and the page trail of the address: `cursors` is every page's cursor so far, joined by spaces. */
function fromAddress() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  const cursors = (params.get('cursors') || '').split(' ').filter(Boolean);
  return { filters, cursors };
}

function address({ filters, cursors }) {
  const params = new URLSearchParams({ campaign: campaignId });
  for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
  if (cursors.length) params.set('cursors', cursors.join(' '));
  return `?${params}`;
}

function go(view) {
  history.pushState(null, '', address(view));
  load();
}

function field(id, label, input, hint) {
  return el('div', { class: 'field' }, el('label', { for: id, text: label }),
    hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null, input);
}

function select(id, name, options, value) {
  return el('select', { id, name }, options.map(([v, label]) => el('option', { value: v, selected: v === (value || ''), text: label })));
}

function buildForm(filters) {
  const any = ['', t('dossiers.any')];
  form = el('form', { class: 'filters', role: 'search', 'aria-label': t('dossiers.filters'),
    onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const next = {};
      for (const name of FILTERS) {
        const value = name === 'mail' ? (data.get('mail') ? 'undeliverable' : '') : String(data.get(name) || '').trim();
        if (value) next[name] = value;
      }
      go({ filters: next, cursors: [] });
    } },
  field('f-q', t('dossiers.q'), el('input', { id: 'f-q', name: 'q', type: 'search', value: filters.q || '',
    'aria-describedby': 'f-q-hint', autocomplete: 'off' }), t('dossiers.q.hint')),
  field('f-status', t('dossiers.status'), select('f-status', 'status',
    [any, ...STATUSES.map((s) => [s, t(`dossier.status.${s}`)])], filters.status)),
  field('f-kind', t('dossiers.kind'), select('f-kind', 'kind',
    [any, ...[...LABEL_KINDS, 'startup'].map((k) => [k, t(`kind.${k}`)])], filters.kind)),
  field('f-from', t('dossiers.from'), el('input', { id: 'f-from', name: 'submittedFrom', type: 'date', value: filters.submittedFrom || '' })),
  field('f-to', t('dossiers.to'), el('input', { id: 'f-to', name: 'submittedTo', type: 'date', value: filters.submittedTo || '' })),
  field('f-sort', t('dossiers.sort'), select('f-sort', 'sort', SORTS.map((s) => [s, t(`dossiers.sort.${s}`)]),
    filters.sort || '-submittedAt')),
  el('div', { class: 'field checkbox' }, el('input', { id: 'f-mail', name: 'mail', type: 'checkbox', value: 'undeliverable',
    checked: filters.mail === 'undeliverable' }), el('label', { for: 'f-mail', text: t('dossiers.mail') })),
  el('div', { class: 'form-actions' },
    el('button', { type: 'submit', class: 'button', text: t('dossiers.apply') }),
    el('button', { type: 'button', class: 'button secondary', text: t('dossiers.reset'),
      onclick: () => go({ filters: {}, cursors: [] }) })));
  return form;
}

function mailFlag(item) {
  if (item.mailState !== 'undeliverable' && item.mailState !== 'given_up') return null;
  return el('span', { class: 'mail-flag' }, el('span', { 'aria-hidden': 'true', text: '⚠ ' }), t(`dossiers.mail.${item.mailState}`));
}

function row(item) {
  const href = `dossier.html?campaign=${encodeURIComponent(campaignId)}&id=${encodeURIComponent(item.id)}`;
  return el('tr', {},
    el('td', { text: item.receiptNumber || '—' }),
    el('th', { scope: 'row' }, el('a', { href, text: item.organisation || item.id })),
    el('td', { text: item.projectTitle || '' }),
    el('td', { text: item.kind ? t(`kind.${item.kind}`) : '' }),
    el('td', {}, badge(item.status === 'submitted' ? 'open' : 'closed', t(`dossier.status.${item.status}`)),
      item.personalDeadline ? el('span', { class: 'hint', text: ` ${t('dossiers.extended')}` }) : null,
      item.decision ? el('span', { class: 'hint', text: ` ${t(`dossiers.decision.${item.decision.outcome}`)}` }) : null),
    el('td', { text: item.submittedAt ? formatDateTime(item.submittedAt, { weekday: false }) : '—' }),
    el('td', { class: 'number', text: formatNumber(item.files || 0) }),
    el('td', {}, el('span', { text: item.contactName || '' }), mailFlag(item) ? el('br') : null, mailFlag(item)));
}

function render(view, data) {
  const pageNumber = view.cursors.length + 1;
  const columns = ['receipt', 'organisation', 'project', 'kind', 'status', 'submittedAt', 'files', 'contact'];
  const pager = el('nav', { class: 'pager', 'aria-label': t('dossiers.pages') },
    view.cursors.length ? el('a', { href: address({ ...view, cursors: view.cursors.slice(0, -1) }), id: 'previous-page',
      text: t('dossiers.previous'), onclick: (event) => { event.preventDefault(); go({ ...view, cursors: view.cursors.slice(0, -1) }); } })
      : el('span'),
    data.nextCursor ? el('a', { href: address({ ...view, cursors: [...view.cursors, data.nextCursor] }), id: 'next-page',
      text: t('dossiers.next'), onclick: (event) => { event.preventDefault(); go({ ...view, cursors: [...view.cursors, data.nextCursor] }); } })
      : el('span'));
  results.replaceChildren(
    el('p', { id: 'result-count', role: 'status', text: t('dossiers.count', { total: formatNumber(data.total), page: pageNumber }) }),
    data.items.length ? el('div', { class: 'table-wrap', tabindex: '0', role: 'region',
      'aria-label': t('dossiers.caption', { page: pageNumber }) }, el('table', { class: 'data', id: 'dossiers' },
      el('caption', { class: 'visually-hidden', text: t('dossiers.caption', { page: pageNumber }) }),
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c === 'files' ? 'number' : null,
        text: t(`dossiers.col.${c}`) })))),
      el('tbody', {}, data.items.map(row)))) : el('p', { text: t('dossiers.none') }),
    pager);
  if (firstRender) {
    firstRender = false;
    // how long the first page took from navigation (User Timing: read by the performance test)
    performance.mark('dossiers:first-page');
  }
}

let loading = 0;

let campaignTitle = null;

function showTitle() {
  const title = campaignTitle ? `${t('console.campaign.dossiers')} – ${campaignTitle}` : t('console.campaign.dossiers');
  document.getElementById('page-title').textContent = title;
  setTitle(title);
}

async function load() {
  const view = fromAddress();
  const ticket = ++loading;
  const focused = document.activeElement?.id;
  page.replaceChildren(campaignNav(campaignId, 'console.campaign.dossiers'), buildForm(view.filters), results);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  results.setAttribute('aria-busy', 'true'); // the previous page stays in view until the new one arrives
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(view.filters)) query.set(name, value);
  if (view.cursors.length) query.set('cursor', view.cursors[view.cursors.length - 1]);
  try {
    const { data } = await staffApi(`/admin/campaigns/${encodeURIComponent(campaignId)}/candidacies?${query}`);
    if (ticket !== loading) return;
    status.replaceChildren();
    render(view, data);
    results.setAttribute('aria-busy', 'false');
  } catch (error) {
    if (ticket !== loading) return;
    results.replaceChildren();
    results.setAttribute('aria-busy', 'false');
    renderErrors(error, { summary: status, title: t('console.loadError'), labelOf: (name) => ({
      q: t('dossiers.q'), status: t('dossiers.status'), kind: t('dossiers.kind'), submittedFrom: t('dossiers.from'),
      submittedTo: t('dossiers.to'), sort: t('dossiers.sort'), mail: t('dossiers.mail'),
    })[name] || null });
  }
}

window.addEventListener('popstate', () => load());

async function loadTitle() {
  campaignTitle = (await api(`/campaigns/${encodeURIComponent(campaignId)}`).catch(() => ({ data: null }))).data?.title || null;
  showTitle();
}

// the first page is asked for at once, alongside the header's GET /admin/me: the table is what people wait for
const firstPage = campaignId ? load() : Promise.resolve(
  status.replaceChildren(el('p', { class: 'notice notice-warning', text: t('dossiers.missing') })));
initConsole({ titleKey: 'console.campaign.dossiers', onLanguageChange: () => { loadTitle(); load(); } }).then(() => {
  showTitle();
  loadTitle();
  return firstPage;
}).catch((error) => renderErrors(error, { summary: status, title: t('console.loadError') }));
