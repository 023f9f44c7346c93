// palmares.html?region=ARA&year=2018: the published results (GET /campaigns/{id}/laureates) of a region's calls
// of one year, among the calls GET /campaigns lists. Public: organisations and projects only.
import { api, el, initPage, showStatus, t } from './app.js';

let campaigns = [];
/** Counts the choices: an answer for a choice since replaced is dropped. */
let shown = 0;

function chosen() {
  const params = new URLSearchParams(location.search);
  return { region: params.get('region'), year: params.get('year') };
}

function options(select, values, selected, label) {
  select.replaceChildren(...values.map((value) => el('option', { value, selected: value === selected }, label(value))));
}

function laureateCard(laureate) {
  return el('li', { class: 'laureate' },
    el('h3', {}, laureate.projectTitle),
    el('p', { class: 'meta' }, [laureate.organisation, laureate.kindLabel].filter(Boolean).join(' · ')),
    laureate.summary ? el('p', {}, laureate.summary) : null);
}

async function show() {
  const turn = ++shown;
  const region = document.getElementById('palmares-region').value;
  const year = document.getElementById('palmares-year').value;
  history.replaceState(null, '', `?region=${encodeURIComponent(region)}&year=${encodeURIComponent(year)}`);
  const status = document.getElementById('palmares-status');
  const container = document.getElementById('palmares');
  const rounds = campaigns.filter((c) => c.region.code === region && String(c.edition) === year);
  showStatus(status, t('loading'));
  const published = [];
  for (const campaign of rounds) {
    try {
      const { data } = await api(`/campaigns/${encodeURIComponent(campaign.id)}/laureates`);
      published.push(data);
    } catch (error) {
      if (error.status !== 404) {
        if (turn === shown) showStatus(status, error.message, 'error');
        return;
      }
    }
  }
  if (turn !== shown) return;
  showStatus(status, '');
  container.replaceChildren(...(published.length
    ? published.map((p) => el('section', { class: 'panel', 'aria-labelledby': `p-${p.campaignId}` },
      el('h2', { id: `p-${p.campaignId}` }, `${p.distinction} — ${p.title}`),
      el('ul', { class: 'laureates' }, p.laureates.map(laureateCard))))
    : [el('p', {}, t('palmares.none'))]));
}

async function load() {
  const status = document.getElementById('palmares-status');
  try {
    const { data } = await api('/campaigns');
    campaigns = Array.isArray(data?.campaigns) ? data.campaigns : [];
  } catch (error) {
    showStatus(status, error.message, 'error');
    return;
  }
  const names = Object.fromEntries(campaigns.map((c) => [c.region.code, c.region.name]));
  const regions = Object.keys(names).sort((a, b) => names[a].localeCompare(names[b]));
  const years = [...new Set(campaigns.map((c) => String(c.edition)))].sort().reverse();
  const { region, year } = chosen();
  const regionSelect = document.getElementById('palmares-region');
  const yearSelect = document.getElementById('palmares-year');
  options(regionSelect, regions, regions.includes(region) ? region : (regions.includes('ARA') ? 'ARA' : regions[0]),
    (code) => names[code]);
  // by default the latest year whose calls are closed: the one that may have results
  const closed = campaigns.filter((c) => c.status === 'closed').map((c) => String(c.edition)).sort().reverse();
  options(yearSelect, years, years.includes(year) ? year : (closed[0] || years[0]), (y) => y);
  regionSelect.onchange = show;
  yearSelect.onchange = show;
  await show();
}

initPage(load);
load();
