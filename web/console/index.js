// Console home: the campaigns of the person's scope (every campaign for a national organiser, their region's for a
// regional one) with their status and key counts (GET /campaigns, then each campaign's statistics). A juror who
// organises nothing goes to their jury page.
import {
  addStrings, api, badge, el, formatDay, formatNumber, initConsole, isJuror, isOrganiser, renderErrors, staffApi, t,
} from './console.js';

addStrings({
  fr: {
    'home.intro': 'Les appels à candidatures que vous organisez. Ouvrez une campagne pour son tableau de bord et ses dossiers.',
    'home.none': 'Aucune campagne dans votre périmètre.',
    'home.caption': 'Campagnes de votre périmètre, avec le nombre de dossiers par état',
    'home.col.campaign': 'Campagne',
    'home.col.region': 'Région',
    'home.col.status': 'État',
    'home.col.closes': 'Clôture',
    'home.col.submitted': 'Déposés',
    'home.col.drafts': 'Brouillons',
    'home.col.total': 'Total',
    'home.col.links': 'Pages',
    'home.dossiers': 'Dossiers',
    'home.dossiers.label': 'Dossiers de {title}',
    'home.statsError': 'Comptes indisponibles : {message}',
  },
  en: {
    'home.intro': 'The calls you organise. Open a campaign for its dashboard and applications.',
    'home.none': 'No campaign in your scope.',
    'home.caption': 'Campaigns of your scope, with the number of applications by state',
    'home.col.campaign': 'Campaign',
    'home.col.region': 'Region',
    'home.col.status': 'Status',
    'home.col.closes': 'Closes',
    'home.col.submitted': 'Submitted',
    'home.col.drafts': 'Drafts',
    'home.col.total': 'Total',
    'home.col.links': 'Pages',
    'home.dossiers': 'Applications',
    'home.dossiers.label': 'Applications of {title}',
    'home.statsError': 'Counts unavailable: {message}',
  },
});

const status = document.getElementById('page-status');
const page = document.getElementById('page');
let me = null;

/** The campaigns a person organises: all for a national organiser, their region's for a regional one. */
function inScope(campaign) {
  return me.roles.includes('organiser') || (me.region && campaign.region?.code === me.region);
}

async function load() {
  const { data } = await api('/campaigns');
  const campaigns = (data?.campaigns || []).filter(inScope);
  const statistics = await Promise.all(campaigns.map((campaign) =>
    staffApi(`/admin/campaigns/${encodeURIComponent(campaign.id)}/statistics`)
      .then(({ data: stats }) => ({ stats }), (error) => ({ error }))));
  return campaigns.map((campaign, i) => ({ campaign, ...statistics[i] }));
}

let rows = [];

function count(stats, state) {
  return stats ? formatNumber(stats.byStatus?.[state] || 0) : '—';
}

function render() {
  if (!rows.length) {
    page.replaceChildren(el('p', { class: 'lead', text: t('home.intro') }), el('p', { text: t('home.none') }));
    return;
  }
  const header = ['home.col.campaign', 'home.col.region', 'home.col.status', 'home.col.closes', 'home.col.submitted',
    'home.col.drafts', 'home.col.total', 'home.col.links'];
  const numeric = new Set([4, 5, 6]);
  const body = rows.map(({ campaign, stats, error }) => {
    const query = `?campaign=${encodeURIComponent(campaign.id)}`;
    return el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `campaign.html${query}`, text: campaign.title }),
        error ? el('p', { class: 'hint', text: t('home.statsError', { message: error.message }) }) : null),
      el('td', { text: campaign.region?.name || '' }),
      el('td', {}, badge(campaign.status, t(`campaign.status.${campaign.status}`))),
      el('td', { text: formatDay(campaign.closesAt) }),
      el('td', { class: 'number', text: count(stats, 'submitted') }),
      el('td', { class: 'number', text: count(stats, 'draft') }),
      el('td', { class: 'number', text: stats ? formatNumber(stats.total) : '—' }),
      el('td', {}, el('a', { href: `dossiers.html${query}`, 'aria-label': t('home.dossiers.label', { title: campaign.title }),
        text: t('home.dossiers') })));
  });
  page.replaceChildren(
    el('p', { class: 'lead', text: t('home.intro') }),
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('home.caption') },
      el('table', { class: 'data', id: 'campaigns' },
      el('caption', { class: 'visually-hidden', text: t('home.caption') }),
      el('thead', {}, el('tr', {}, header.map((key, i) =>
        el('th', { scope: 'col', class: numeric.has(i) ? 'number' : null, text: t(key) })))),
      el('tbody', {}, body))));
}

async function refresh() {
  try {
    rows = await load();
    status.replaceChildren();
    render();
  } catch (error) {
    renderErrors(error, { summary: status, title: t('console.loadError') });
  }
}

initConsole({ titleKey: 'console.nav.campaigns', onLanguageChange: () => refresh() }).then(async (who) => {
  me = who;
  if (!isOrganiser(me) && isJuror(me)) {
    location.replace('jury.html');
    return;
  }
  await refresh();
}).catch((error) => renderErrors(error, { summary: status, title: t('console.loadError') }));
