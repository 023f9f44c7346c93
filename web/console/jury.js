// jury.html: a juror's home, made for a phone on the selection day. Their panel's order of the day with the
// dossier heard now (or next) first, then their dossiers per campaign, each a link to its score sheet.
// `?campaign=ID` shows one campaign only; without it, every campaign where the juror has dossiers.
import {
  addStrings, api, badge, el, formatDateTime, formatPlainDate, formatTime, initConsole, isJuror, renderErrors,
  showStatus, staffApi, t,
} from './console.js';

addStrings({
  fr: {
    'jury.title': 'Mon jury',
    'jury.intro': 'Vos dossiers à noter. Le jour de la sélection, le dossier entendu en ce moment est en tête.',
    'jury.notJuror': 'Cette page est celle des jurés : votre compte n’a pas de rôle de juré.',
    'jury.none': 'Aucun dossier ne vous est attribué pour le moment.',
    'jury.day': 'Journée de sélection du {date}',
    'jury.panel': '{room} · {place}',
    'jury.now': 'En cours',
    'jury.next': 'Prochain dossier',
    'jury.order': 'Ordre de passage',
    'jury.slot': '{start} – {end}',
    'jury.assignments': 'Mes dossiers',
    'jury.assignedCount': '{n} dossier(s), {scored} noté(s)',
    'jury.scoredAt': 'noté le {date}',
    'jury.state.to_score': 'À noter',
    'jury.state.scored': 'Noté',
    'jury.state.conflict': 'Conflit d’intérêts',
    'jury.state.not_assigned': 'Non attribué',
    'jury.loadError': 'Impossible de charger vos dossiers.',
  },
  en: {
    'jury.title': 'My jury',
    'jury.intro': 'The applications you score. On the selection day, the one being heard now comes first.',
    'jury.notJuror': 'This page is for jurors: your account has no juror role.',
    'jury.none': 'No application is assigned to you yet.',
    'jury.day': 'Selection day of {date}',
    'jury.panel': '{room} · {place}',
    'jury.now': 'Now',
    'jury.next': 'Next application',
    'jury.order': 'Order of the day',
    'jury.slot': '{start} – {end}',
    'jury.assignments': 'My applications',
    'jury.assignedCount': '{n} application(s), {scored} scored',
    'jury.scoredAt': 'scored on {date}',
    'jury.state.to_score': 'To score',
    'jury.state.scored': 'Scored',
    'jury.state.conflict': 'Conflict of interest',
    'jury.state.not_assigned': 'Not assigned',
    'jury.loadError': 'Your applications could not be loaded.',
  },
});

const status = document.getElementById('page-status');
const page = document.getElementById('page');
/** How many campaigns are asked at once: a phone on a venue's Wi-Fi, a handful of calls. */
const PARALLEL = 4;
/** [{campaign, assignments, timetable}] of the campaigns where the juror has dossiers. */
let boards = [];

/** The timetable's answers that only mean "no day for you here": the juror's dossiers are still listed. */
const NO_DAY = new Set(['not_in_a_panel', 'selection_day_not_planned', 'timetable_not_generated']);

function scoreUrl(candidacyId) {
  return `score.html?candidacy=${encodeURIComponent(candidacyId)}`;
}

/** Runs `task` on each item, `limit` at a time, keeping the order. */
async function eachLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function boardOf(campaign) {
  const query = `campaignId=${encodeURIComponent(campaign.id)}`;
  const { data } = await staffApi(`/admin/jury/assignments?${query}`);
  if (!data.assignments.length) return null;
  let timetable = null;
  try {
    timetable = (await staffApi(`/admin/jury/timetable?${query}`)).data;
  } catch (error) {
    if (!NO_DAY.has(error.code)) throw error;
  }
  return { campaign, assignments: data.assignments, timetable };
}

async function campaignsToShow() {
  const only = new URLSearchParams(location.search).get('campaign');
  if (only) return [(await api(`/campaigns/${encodeURIComponent(only)}`)).data];
  return (await api('/campaigns')).data?.campaigns || [];
}

/** The slot heard at `now` (start ≤ now < end), else the next one, else null; slots in order of time. */
function currentSlot(slots, now = Date.now()) {
  const ordered = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const inProgress = ordered.find((s) => Date.parse(s.start) <= now && now < Date.parse(s.end));
  if (inProgress) return { slot: inProgress, now: true };
  const next = ordered.find((s) => Date.parse(s.start) > now);
  return next ? { slot: next, now: false } : null;
}

function stateBadge(state) {
  return badge(`jury-${state}`, t(`jury.state.${state}`));
}

/** A whole-row link, big enough for a thumb: time or receipt, who, and where the juror stands. */
function dossierLink(item, { when, highlight } = {}) {
  const linkable = item.candidacyId && item.state !== 'not_assigned';
  const content = [
    when ? el('span', { class: 'jury-when' }, when) : null,
    el('span', { class: 'jury-who' },
      el('strong', {}, item.organisation || item.candidacyId),
      item.projectTitle ? el('span', { class: 'jury-project' }, item.projectTitle) : null,
      item.receiptNumber ? el('span', { class: 'jury-receipt' }, item.receiptNumber) : null),
    el('span', { class: 'jury-state' }, stateBadge(item.state)),
  ];
  return linkable
    // the row's visible text is its name: time, who, state (no aria-label that would hide it)
    ? el('a', { class: `jury-row${highlight ? ' jury-row-current' : ''}`, href: scoreUrl(item.candidacyId) }, content)
    : el('div', { class: 'jury-row jury-row-inactive' }, content);
}

function slotTime(slot) {
  return t('jury.slot', { start: formatTime(slot.start), end: formatTime(slot.end) });
}

function renderDay(board) {
  const tt = board.timetable;
  if (!tt) return null;
  return tt.panels.map((panel) => {
    const slots = panel.slots.filter((s) => s.status !== 'removed')
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const current = currentSlot(slots);
    const headingId = `day-${board.campaign.id}-${panel.id}`;
    return el('section', { class: 'panel jury-day', 'aria-labelledby': headingId },
      el('h2', { id: headingId }, t('jury.day', { date: formatPlainDate(tt.date) })),
      el('p', { class: 'hint' }, board.campaign.title, el('br'), t('jury.panel', { room: panel.room, place: tt.place })),
      current ? el('div', { class: 'jury-current', id: 'current-dossier' },
        el('h3', {}, t(current.now ? 'jury.now' : 'jury.next')),
        dossierLink(current.slot, { when: slotTime(current.slot), highlight: true })) : null,
      el('h3', {}, t('jury.order')),
      el('ol', { class: 'jury-list' }, slots.map((slot) => el('li', {
        class: current && current.slot.slotId === slot.slotId ? 'is-current' : null,
      }, dossierLink(slot, { when: slotTime(slot) })))));
  });
}

function renderAssignments(board) {
  const headingId = `mine-${board.campaign.id}`;
  const scored = board.assignments.filter((a) => a.state === 'scored').length;
  return el('section', { class: 'panel jury-mine', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, `${t('jury.assignments')} · ${board.campaign.title}`),
    el('p', { class: 'hint' }, t('jury.assignedCount', { n: board.assignments.length, scored })),
    el('ul', { class: 'jury-list' }, board.assignments.map((a) => el('li', {},
      dossierLink(a, { when: a.scoredAt ? t('jury.scoredAt', { date: formatDateTime(a.scoredAt, { weekday: false }) }) : null })))));
}

/** Which slot is current in each panel shown: the page is drawn again only when that changes. */
function currentKey() {
  return boards.flatMap((board) => (board.timetable?.panels || []).map((panel) =>
    currentSlot(panel.slots.filter((s) => s.status !== 'removed'))?.slot.slotId || '')).join(',');
}
let drawnKey = null;

function render() {
  drawnKey = currentKey();
  if (!boards.length) {
    page.replaceChildren(el('p', { class: 'lead' }, t('jury.intro')), el('p', { class: 'notice' }, t('jury.none')));
    return;
  }
  page.replaceChildren(el('p', { class: 'lead' }, t('jury.intro')),
    ...boards.flatMap((board) => [renderDay(board), renderAssignments(board)]).flat().filter(Boolean));
}

async function load() {
  const campaigns = await campaignsToShow();
  boards = (await eachLimited(campaigns, PARALLEL, boardOf)).filter(Boolean);
  showStatus(status, '');
  render();
}

initConsole({ titleKey: 'jury.title', onLanguageChange: () => load().catch(showLoadError) }).then((me) => {
  if (!isJuror(me)) {
    showStatus(status, t('jury.notJuror'), 'warning');
    return null;
  }
  // the dossier heard now moves on during the day: checked each minute, redrawn (from what was read) when it does,
  // so that a keyboard's focus is not lost for nothing
  setInterval(() => { if (boards.length && currentKey() !== drawnKey) render(); }, 60_000);
  return load();
}).catch(showLoadError);

function showLoadError(error) {
  renderErrors(error, { summary: status, title: t('jury.loadError') });
}
