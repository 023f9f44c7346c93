// index.html: the calls (GET /campaigns), the dossiers remembered on this device, the lost-link form.
import {
  api, badge, dossierUrl, el, forgetDossier, formatDateTime, formatDay, formatPlainDate, initPage,
  lostLinkForm, rememberedDossiers, showStatus, t,
} from './app.js';

const ORDER = { open: 0, upcoming: 1, closed: 2 };
let campaigns = [];

function selectionText(selection) {
  if (!selection) return null;
  const format = selection.questionMinutes > 0
    ? t('index.format.pitch', { p: selection.presentationMinutes, q: selection.questionMinutes })
    : t('index.format.audition', { a: selection.auditionMinutes });
  return `${t('index.selection', { date: formatPlainDate(selection.date), place: selection.place })} — ${format}.`;
}

function campaignCard(campaign) {
  const titleId = `c-${campaign.id}`;
  const when = {
    open: t('index.deadline', { date: `${formatDateTime(campaign.closesAt)} ${t('time.paris')}` }),
    upcoming: t('index.opensOn', { date: `${formatDateTime(campaign.opensAt)} ${t('time.paris')}` }),
    closed: t('index.closedOn', { date: formatDay(campaign.closesAt) }),
  }[campaign.status];
  const criteria = campaign.criteria?.length
    ? el('details', {},
      el('summary', {}, t('index.criteria')),
      el('ul', {}, campaign.criteria.map((c) => el('li', {},
        t('index.criterion', { label: c.label, min: c.scaleMin, max: c.scaleMax })))))
    : null;
  return el('li', { class: `campaign is-${campaign.status}`, 'aria-labelledby': titleId },
    el('h2', { id: titleId }, campaign.title),
    el('p', { class: 'meta' },
      badge(campaign.status, t(`campaign.status.${campaign.status}`)),
      badge('track', t(`track.${campaign.track}`))),
    el('p', { class: campaign.status === 'open' ? 'deadline' : null }, when),
    el('p', {}, t('index.period', { from: formatDay(campaign.opensAt), to: formatDay(campaign.closesAt) })),
    campaign.regionalSelection ? el('p', {}, selectionText(campaign.regionalSelection)) : null,
    criteria,
    campaign.status === 'open' && campaign.acceptsApplications !== false
      ? el('p', { class: 'actions' },
        el('a', {
          class: 'button', href: `apply.html?campaign=${encodeURIComponent(campaign.id)}`,
          'aria-label': t('index.apply.label', { title: campaign.title }),
        }, t('index.apply')))
      : null);
}

function renderCampaigns() {
  const container = document.getElementById('campaigns');
  const sorted = [...campaigns].sort((a, b) => (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3)
    || String(b.closesAt).localeCompare(String(a.closesAt)));
  container.replaceChildren(sorted.length
    ? el('ul', { class: 'campaigns' }, sorted.map(campaignCard))
    : el('p', {}, t('index.empty')));
}

function renderMine() {
  const container = document.getElementById('mine');
  const dossiers = rememberedDossiers();
  if (!dossiers.length) {
    container.replaceChildren();
    return;
  }
  const titles = Object.fromEntries(campaigns.map((c) => [c.id, c.title]));
  container.replaceChildren(el('section', { class: 'panel soft', 'aria-labelledby': 'mine-title' },
    el('h2', { id: 'mine-title' }, t('index.mine')),
    el('p', { class: 'hint' }, t('index.mine.intro')),
    el('ul', { class: 'mine' }, dossiers.map((d) => {
      const name = [d.organisation, d.title].filter(Boolean).join(' — ') || t('index.mine.untitled', { id: d.id });
      return el('li', {},
        el('span', {},
          el('a', { href: dossierUrl(d.id, d.token) }, name),
          el('br'),
          el('span', { class: 'hint' },
            [titles[d.campaignId], t('dossier.number', { id: d.id })].filter(Boolean).join(' · '))),
        el('button', {
          type: 'button', class: 'button secondary small', 'aria-label': t('index.mine.forget.label', { name }),
          onclick: () => {
            forgetDossier(d.id);
            renderMine();
            document.getElementById('mine-title')?.focus();
          },
        }, t('index.mine.forget')));
    }))));
}

function renderLost() {
  const container = document.getElementById('lost');
  const list = [...campaigns].sort((a, b) => (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3));
  container.replaceChildren(list.length ? lostLinkForm(list, { selected: list[0].id }) : '');
}

async function load() {
  const status = document.getElementById('campaigns-status');
  showStatus(status, t('loading'));
  try {
    const { data } = await api('/campaigns');
    campaigns = Array.isArray(data?.campaigns) ? data.campaigns : [];
    showStatus(status, '');
  } catch (error) {
    campaigns = [];
    status.replaceChildren(el('div', { class: 'notice notice-error', role: 'alert' },
      el('p', {}, t('index.loadError')), el('p', {}, error.message)));
  }
  renderCampaigns();
  renderMine();
  renderLost();
}

initPage(load);
load();
