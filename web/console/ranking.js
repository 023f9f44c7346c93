// The ranking (GET …/ranking?aggregation=mean|median&normalise=true|false): ranks, ties, per-criterion scores,
// and a Chart.js chart of each dossier's score with the spread of its jurors' totals (min–max), the table
// below being its text alternative. Exports are on the campaign's dashboard.
import { addStrings, badge, el, formatNumber, lang, staffApi, t } from './console.js';
import { campaignPage, scrollingTable } from './selection.js';

addStrings({
  fr: {
    'selection.ranking.title': 'Classement',
    'ranking.options': 'Calcul du classement',
    'ranking.aggregation': 'Agrégation des notes des jurés',
    'ranking.mean': 'Moyenne',
    'ranking.median': 'Médiane',
    'ranking.normalise': 'Normaliser les notes de chaque juré (corrige les jurés plus sévères ou plus généreux)',
    'ranking.exports': 'Les exports (CSV pour tableur, JSON) sont sur le tableau de bord de la campagne.',
    'ranking.exports.link': 'Aller au tableau de bord',
    'ranking.chart.title': 'Note et écart entre jurés, par dossier',
    'ranking.chart.caption': 'Barres : la note retenue ({aggregation}) ; trait foncé : de la plus basse à la plus haute des notes totales des jurés. Les mêmes chiffres figurent dans le tableau ci-dessous.',
    'ranking.chart.summary': 'Graphique de {n} dossier(s) notés. {items}',
    'ranking.chart.item': '{rank}. {name} : {score} (jurés de {min} à {max})',
    'ranking.chart.score': 'Note',
    'ranking.chart.range': 'Écart entre jurés (min–max)',
    'ranking.table.caption': 'Classement des dossiers ({aggregation}{normalised})',
    'ranking.table.normalised': ', notes normalisées',
    'ranking.col.rank': 'Rang',
    'ranking.col.receipt': 'Récépissé',
    'ranking.col.organisation': 'Organisation',
    'ranking.col.project': 'Projet',
    'ranking.col.score': 'Note',
    'ranking.col.min': 'Min',
    'ranking.col.max': 'Max',
    'ranking.col.spread': 'Écart',
    'ranking.col.sheets': 'Fiches',
    'ranking.col.decision': 'Décision',
    'ranking.tied': 'ex aequo',
    'ranking.unscored': 'non noté',
    'ranking.ties': 'Ex aequo',
    'ranking.tie': 'Rang {rank} : {names}',
    'ranking.noTies': 'Aucun ex aequo.',
    'ranking.incomplete': '{n} fiche(s) de notation incomplète(s) laissée(s) de côté.',
    'ranking.none': 'Aucun dossier noté pour le moment.',
    'decision.finalist': 'Finaliste',
    'decision.not_selected': 'Non retenu',
  },
  en: {
    'selection.ranking.title': 'Ranking',
    'ranking.options': 'How to rank',
    'ranking.aggregation': 'Aggregation of the jurors’ scores',
    'ranking.mean': 'Mean',
    'ranking.median': 'Median',
    'ranking.normalise': 'Normalise each juror’s scores (evens out harsher or more generous jurors)',
    'ranking.exports': 'Exports (CSV for spreadsheets, JSON) are on the campaign’s dashboard.',
    'ranking.exports.link': 'Go to the dashboard',
    'ranking.chart.title': 'Score and spread between jurors, per application',
    'ranking.chart.caption': 'Bars: the score used ({aggregation}); dark line: from the lowest to the highest of the jurors’ totals. The same figures are in the table below.',
    'ranking.chart.summary': 'Chart of {n} scored application(s). {items}',
    'ranking.chart.item': '{rank}. {name}: {score} (jurors from {min} to {max})',
    'ranking.chart.score': 'Score',
    'ranking.chart.range': 'Spread between jurors (min–max)',
    'ranking.table.caption': 'Ranking of the applications ({aggregation}{normalised})',
    'ranking.table.normalised': ', normalised scores',
    'ranking.col.rank': 'Rank',
    'ranking.col.receipt': 'Receipt',
    'ranking.col.organisation': 'Organisation',
    'ranking.col.project': 'Project',
    'ranking.col.score': 'Score',
    'ranking.col.min': 'Min',
    'ranking.col.max': 'Max',
    'ranking.col.spread': 'Spread',
    'ranking.col.sheets': 'Sheets',
    'ranking.col.decision': 'Decision',
    'ranking.tied': 'tied',
    'ranking.unscored': 'not scored',
    'ranking.ties': 'Ties',
    'ranking.tie': 'Rank {rank}: {names}',
    'ranking.noTies': 'No tie.',
    'ranking.incomplete': '{n} incomplete score sheet(s) left out.',
    'ranking.none': 'No application scored yet.',
    'decision.finalist': 'Finalist',
    'decision.not_selected': 'Not selected',
  },
});

const options = { aggregation: 'mean', normalise: false };
let chart = null;

campaignPage({
  titleKey: 'selection.ranking.title',
  navKey: 'console.campaign.ranking',
  render: async ({ campaign, page }) => {
    const results = el('div', { id: 'ranking-results' });
    page.replaceChildren(optionsForm(campaign, results), exportsNote(campaign), results);
    await drawRanking(campaign, results);
  },
});

function optionsForm(campaign, results) {
  const aggregation = el('select', { id: 'ranking-aggregation' },
    ['mean', 'median'].map((value) => el('option', { value, selected: options.aggregation === value }, t(`ranking.${value}`))));
  const normalise = el('input', { type: 'checkbox', id: 'ranking-normalise', checked: options.normalise });
  const changed = () => {
    options.aggregation = aggregation.value;
    options.normalise = normalise.checked;
    drawRanking(campaign, results);
  };
  aggregation.addEventListener('change', changed);
  normalise.addEventListener('change', changed);
  return el('form', { class: 'panel', id: 'ranking-options', onsubmit: (event) => event.preventDefault() },
    el('h2', {}, t('ranking.options')),
    el('div', { class: 'inline-fields' },
      el('div', { class: 'field' }, el('label', { for: 'ranking-aggregation' }, t('ranking.aggregation')), aggregation),
      el('div', { class: 'field checkbox-field' }, normalise, el('label', { for: 'ranking-normalise' }, t('ranking.normalise')))));
}

function exportsNote(campaign) {
  return el('p', { class: 'notice' }, t('ranking.exports'), ' ',
    el('a', { href: `campaign.html?campaign=${encodeURIComponent(campaign.id)}` }, t('ranking.exports.link')));
}

async function drawRanking(campaign, results) {
  const query = new URLSearchParams({ aggregation: options.aggregation, normalise: String(options.normalise) });
  const ranking = (await staffApi(`/admin/campaigns/${encodeURIComponent(campaign.id)}/ranking?${query}`)).data;
  const number = (value) => (value === null || value === undefined ? '—'
    : new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
  const name = (d) => d.organisation || d.receiptNumber || d.candidacyId;
  const scored = ranking.dossiers.filter((d) => !d.unscored);
  const aggregationText = t(`ranking.${ranking.aggregation}`).toLowerCase();
  if (chart) {
    chart.destroy();
    chart = null;
  }
  results.replaceChildren();
  if (!scored.length) results.append(el('p', { class: 'notice', id: 'ranking-none' }, t('ranking.none')));
  else results.append(chartFigure(scored, aggregationText, number, name));
  const byId = new Map(ranking.dossiers.map((d) => [d.candidacyId, d]));
  results.append(el('section', { class: 'panel', 'aria-labelledby': 'ties-title' },
    el('h2', { id: 'ties-title' }, t('ranking.ties')),
    ranking.ties.length
      ? el('ul', { id: 'ranking-ties' }, ranking.ties.map((group) => el('li', {}, t('ranking.tie', {
        rank: byId.get(group[0])?.rank, names: group.map((id) => name(byId.get(id) || { candidacyId: id })).join(', '),
      }))))
      : el('p', {}, t('ranking.noTies')),
    ranking.incompleteScoreSheets ? el('p', { class: 'notice notice-warning' }, t('ranking.incomplete', { n: ranking.incompleteScoreSheets })) : null));
  results.append(scrollingTable(el('table', { class: 'data', id: 'ranking-table' },
    el('caption', {}, t('ranking.table.caption', { aggregation: aggregationText, normalised: ranking.normalised ? t('ranking.table.normalised') : '' })),
    el('thead', {}, el('tr', {}, [['rank', true], ['receipt'], ['organisation'], ['project'], ['score', true], ['min', true],
      ['max', true], ['spread', true], ['sheets', true], ['decision']].map(([key, numeric]) => el('th', { scope: 'col', class: numeric ? 'number' : null }, t(`ranking.col.${key}`))))),
    el('tbody', {}, ranking.dossiers.map((d) => el('tr', { dataset: { candidacy: d.candidacyId }, class: d.tied ? 'tied' : null },
      el('td', { class: 'number' }, d.unscored ? '—' : String(d.rank), d.tied ? [' ', badge('upcoming', t('ranking.tied'))] : null),
      el('td', {}, d.receiptNumber || '—'),
      el('td', {}, d.organisation || '—'),
      el('td', {}, d.projectTitle || '—'),
      el('td', { class: 'number' }, d.unscored ? t('ranking.unscored') : number(d.score)),
      el('td', { class: 'number' }, number(d.min)),
      el('td', { class: 'number' }, number(d.max)),
      el('td', { class: 'number' }, number(d.spread)),
      el('td', { class: 'number' }, formatNumber(d.numberOfScores)),
      el('td', {}, d.decision ? t(`decision.${d.decision}`) : '—')))))));
}

/** The chart in a figure: its caption says how to read it, its aria-label lists every bar in words. */
function chartFigure(scored, aggregationText, number, name) {
  const summary = t('ranking.chart.summary', {
    n: scored.length,
    items: scored.map((d) => t('ranking.chart.item', { rank: d.rank, name: name(d), score: number(d.score), min: number(d.min), max: number(d.max) })).join(' ; '),
  });
  const canvas = el('canvas', { id: 'ranking-chart', role: 'img', 'aria-label': summary });
  const figure = el('figure', { class: 'panel ranking-figure', 'aria-labelledby': 'ranking-chart-title' },
    el('h2', { id: 'ranking-chart-title' }, t('ranking.chart.title')),
    el('div', { class: 'chart-box' }, canvas),
    el('figcaption', {}, t('ranking.chart.caption', { aggregation: aggregationText })));
  const styles = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => styles.getPropertyValue(name).trim() || fallback;
  const Chart = window.Chart;
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: scored.map((d) => `${d.rank}. ${shorten(name(d))}`),
      datasets: [
        { label: t('ranking.chart.score'), data: scored.map((d) => Number(d.score)), backgroundColor: colour('--brand-soft', '#dde7f7'),
          borderColor: colour('--brand', '#1f4e99'), borderWidth: 1, grouped: false, order: 2 },
        { label: t('ranking.chart.range'), data: scored.map((d) => [Number(d.min), Number(d.max)]),
          backgroundColor: colour('--ink', '#1d1d1f'), barPercentage: 0.12, grouped: false, order: 1, minBarLength: 2 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: t('ranking.chart.score') } } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => (Array.isArray(item.raw)
              ? `${item.dataset.label} : ${number(item.raw[0])} – ${number(item.raw[1])}`
              : `${item.dataset.label} : ${number(item.raw)}`),
          },
        },
      },
    },
  });
  return figure;
}

function shorten(text) {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
