// Campaign dashboard (campaign.html?campaign=ID): the statistics of GET /admin/campaigns/{id}/statistics, the
// timeline of submissions (Chart.js, with a data table as its text alternative) and the exports (CSV for
// spreadsheets, JSON) of GET /admin/campaigns/{id}/export, delivered as a short-lived download link.
import {
  addStrings, api, badge, campaignNav, campaignParam, el, formatDateTime, formatDay, formatNumber, formatPlainDate,
  formatSize, initConsole, lang, renderErrors, setTitle, staffApi, t,
} from './console.js';

addStrings({
  fr: {
    'dashboard.missing': 'Aucune campagne indiquée : ouvrez une campagne depuis la liste.',
    'dashboard.window': 'Candidatures du {opens} au {closes}',
    'dashboard.figures': 'Chiffres clés',
    'dashboard.total': 'Dossiers',
    'dashboard.files': 'Pièces reçues',
    'dashboard.byKind': 'Dossiers par type d’organisation',
    'dashboard.timeline': 'Dépôts dans le temps',
    'dashboard.timeline.caption': 'Dossiers déposés par jour et cumul depuis l’ouverture.',
    'dashboard.timeline.summary': '{total} dossiers déposés du {first} au {last} ; jour le plus chargé : {peak} ({count} dépôts).',
    'dashboard.timeline.none': 'Aucun dossier déposé pour l’instant.',
    'dashboard.timeline.data': 'Voir les données du graphique',
    'dashboard.timeline.day': 'Jour',
    'dashboard.timeline.perDay': 'Dépôts du jour',
    'dashboard.timeline.cumulative': 'Cumul',
    'dashboard.export': 'Exporter les dossiers',
    'dashboard.export.intro': 'Le fichier est préparé puis proposé au téléchargement par un lien valable 15 minutes.',
    'dashboard.export.csv': 'Exporter pour un tableur (CSV)',
    'dashboard.export.json': 'Exporter en JSON',
    'dashboard.export.preparing': 'Préparation de l’export…',
    'dashboard.export.ready': 'Export prêt : {rows} dossiers.',
    'dashboard.export.download': 'Télécharger {file}',
    'dashboard.export.expires': 'lien valable jusqu’au {date}',
    'dashboard.export.failed': 'L’export n’a pas pu être préparé.',
  },
  en: {
    'dashboard.missing': 'No campaign given: open a campaign from the list.',
    'dashboard.window': 'Applications from {opens} to {closes}',
    'dashboard.figures': 'Key figures',
    'dashboard.total': 'Applications',
    'dashboard.files': 'Files received',
    'dashboard.byKind': 'Applications by kind of organisation',
    'dashboard.timeline': 'Submissions over time',
    'dashboard.timeline.caption': 'Applications submitted per day and running total since opening.',
    'dashboard.timeline.summary': '{total} applications submitted from {first} to {last}; busiest day: {peak} ({count} submissions).',
    'dashboard.timeline.none': 'No application submitted yet.',
    'dashboard.timeline.data': 'Show the chart’s data',
    'dashboard.timeline.day': 'Day',
    'dashboard.timeline.perDay': 'Submitted that day',
    'dashboard.timeline.cumulative': 'Running total',
    'dashboard.export': 'Export the applications',
    'dashboard.export.intro': 'The file is prepared, then offered for download through a link valid for 15 minutes.',
    'dashboard.export.csv': 'Export for a spreadsheet (CSV)',
    'dashboard.export.json': 'Export as JSON',
    'dashboard.export.preparing': 'Preparing the export…',
    'dashboard.export.ready': 'Export ready: {rows} applications.',
    'dashboard.export.download': 'Download {file}',
    'dashboard.export.expires': 'link valid until {date}',
    'dashboard.export.failed': 'The export could not be prepared.',
  },
});

const status = document.getElementById('page-status');
const page = document.getElementById('page');
const campaignId = campaignParam();
let campaign = null;
let stats = null;
let chart = null;

const path = (suffix) => `/admin/campaigns/${encodeURIComponent(campaignId)}${suffix}`;

function figure(value, label) {
  return el('li', {}, el('span', { class: 'figure', text: value }), el('span', { class: 'figure-label', text: label }));
}

function figures() {
  const items = [figure(formatNumber(stats.total), t('dashboard.total'))];
  for (const state of ['submitted', 'draft', 'withdrawn', 'expired']) {
    items.push(figure(formatNumber(stats.byStatus?.[state] || 0), t(`dossier.status.${state}`)));
  }
  items.push(figure(formatSize(stats.attachmentBytes || 0), t('dashboard.files')));
  const kinds = Object.entries(stats.byKind || {});
  return [
    el('h2', { text: t('dashboard.figures') }),
    el('ul', { class: 'figures', id: 'figures' }, items),
    kinds.length ? el('h3', { text: t('dashboard.byKind') }) : null,
    kinds.length ? el('ul', { class: 'figures' }, kinds.map(([kind, n]) => figure(formatNumber(n), t(`kind.${kind}`)))) : null,
  ];
}

/** Days with their count and the running total, in order. */
function timeline() {
  let running = 0;
  return Object.entries(stats.submissionsPerDay || {}).sort(([a], [b]) => a.localeCompare(b))
    .map(([day, count]) => {
      running += count;
      return { day, count, running };
    });
}

function timelineSection() {
  const days = timeline();
  const section = el('section', { 'aria-labelledby': 'timeline-title' }, el('h2', { id: 'timeline-title', text: t('dashboard.timeline') }));
  if (!days.length) {
    section.append(el('p', { text: t('dashboard.timeline.none') }));
    return section;
  }
  const peak = days.reduce((best, d) => (d.count > best.count ? d : best), days[0]);
  const summary = t('dashboard.timeline.summary', {
    total: formatNumber(days[days.length - 1].running), first: formatPlainDate(days[0].day),
    last: formatPlainDate(days[days.length - 1].day), peak: formatPlainDate(peak.day), count: formatNumber(peak.count),
  });
  const canvas = el('canvas', { id: 'timeline-chart', role: 'img', 'aria-label': summary });
  section.append(
    el('p', { id: 'timeline-summary', text: summary }),
    el('figure', {}, el('div', { class: 'chart-box' }, canvas), el('figcaption', { class: 'hint', text: t('dashboard.timeline.caption') })),
    el('details', {}, el('summary', { text: t('dashboard.timeline.data') }),
      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('dashboard.timeline.caption') },
        el('table', { class: 'data', id: 'timeline-data' },
        el('caption', { class: 'visually-hidden', text: t('dashboard.timeline.caption') }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('dashboard.timeline.day') }),
          el('th', { scope: 'col', class: 'number', text: t('dashboard.timeline.perDay') }),
          el('th', { scope: 'col', class: 'number', text: t('dashboard.timeline.cumulative') }))),
        el('tbody', {}, days.map((d) => el('tr', {}, el('th', { scope: 'row', text: formatPlainDate(d.day) }),
          el('td', { class: 'number', text: formatNumber(d.count) }),
          el('td', { class: 'number', text: formatNumber(d.running) }))))))));
  requestAnimationFrame(() => drawChart(canvas, days));
  return section;
}

function drawChart(canvas, days) {
  if (chart) chart.destroy();
  const { Chart } = window;
  chart = new Chart(canvas, {
    data: {
      labels: days.map((d) => formatDay(`${d.day}T12:00:00Z`)),
      datasets: [
        { type: 'bar', label: t('dashboard.timeline.perDay'), data: days.map((d) => d.count), backgroundColor: '#1f3a8a', yAxisID: 'y' },
        { type: 'line', label: t('dashboard.timeline.cumulative'), data: days.map((d) => d.running), borderColor: '#8a4b00',
          backgroundColor: '#8a4b00', yAxisID: 'total', tension: 0.2 },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, locale: lang() === 'en' ? 'en-GB' : 'fr-FR',
      scales: {
        y: { beginAtZero: true, position: 'left', title: { display: true, text: t('dashboard.timeline.perDay') }, ticks: { precision: 0 } },
        total: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
          title: { display: true, text: t('dashboard.timeline.cumulative') }, ticks: { precision: 0 } },
      },
    },
  });
}

function exportSection() {
  const result = el('div', { class: 'live', 'aria-live': 'polite', id: 'export-result' });
  const button = (format, key) => el('button', { type: 'button', class: 'button secondary', id: `export-${format}`, text: t(key),
    onclick: () => runExport(format, result) });
  return el('section', { 'aria-labelledby': 'export-title' },
    el('h2', { id: 'export-title', text: t('dashboard.export') }),
    el('p', { class: 'hint', text: t('dashboard.export.intro') }),
    el('div', { class: 'export-actions' }, button('csv', 'dashboard.export.csv'), button('json', 'dashboard.export.json')),
    result);
}

/** Asks for the file as a link (the answer names a presigned address of the bucket, 15 minutes). */
async function runExport(format, result) {
  result.replaceChildren(el('p', { text: t('dashboard.export.preparing') }));
  try {
    const { data } = await staffApi(path(`/export?format=${format}&delivery=link`));
    result.replaceChildren(el('p', { class: 'notice notice-success' },
      `${t('dashboard.export.ready', { rows: formatNumber(data.rows) })} `,
      el('a', { href: data.download.url, download: data.fileName, id: `download-${format}`,
        text: t('dashboard.export.download', { file: data.fileName }) }),
      ` (${t('dashboard.export.expires', { date: formatDateTime(data.download.expiresAt) })})`));
  } catch (error) {
    result.replaceChildren();
    renderErrors(error, { summary: result, title: t('dashboard.export.failed') });
  }
}

function render() {
  const title = campaign.title;
  setTitle(title);
  document.getElementById('page-title').textContent = title;
  page.replaceChildren(
    campaignNav(campaignId, 'console.campaign.dashboard'),
    el('p', { class: 'lead' }, badge(campaign.status, t(`campaign.status.${campaign.status}`)), ' ',
      t('dashboard.window', { opens: formatDay(campaign.opensAt), closes: formatDateTime(campaign.closesAt) })),
    el('section', { 'aria-label': t('dashboard.figures') }, ...figures()),
    timelineSection(),
    exportSection());
}

async function load() {
  const [{ data: campaignData }, { data: statistics }] = await Promise.all([
    api(`/campaigns/${encodeURIComponent(campaignId)}`), staffApi(path('/statistics'))]);
  campaign = campaignData;
  stats = statistics;
  status.replaceChildren();
  render();
}

initConsole({
  titleKey: 'console.campaign.dashboard',
  onLanguageChange: () => load().catch((error) => renderErrors(error, { summary: status, title: t('console.loadError') })),
}).then(() => {
  if (!campaignId) {
    status.replaceChildren(el('p', { class: 'notice notice-warning', text: t('dashboard.missing') }));
    return null;
  }
  return load();
}).catch((error) => {
  page.replaceChildren();
  renderErrors(error, { summary: status, title: t('console.loadError') });
});
