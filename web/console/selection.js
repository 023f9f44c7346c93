// Shared by the selection pages of the console (assignments, selection day, ranking, decisions): the page's
// campaign, its loading and re-rendering on a language change, one error region, and the jurors known to
// this tab (the panels of the day's plan, plus a list imported from CSV: the API has no juror directory).

import {
  addStrings, ApiError, api, campaignNav, campaignParam, el, initConsole, isOrganiser, renderErrors, t,
} from './console.js';

addStrings({
  fr: {
    'selection.noCampaign': 'Aucune campagne n’est indiquée : ouvrez cette page depuis la liste des campagnes.',
    'selection.organisersOnly': 'Cette page est réservée aux organisateurs.',
    'selection.refused': 'Action refusée',
    'selection.jurors.none': 'Aucun juré connu pour cette campagne : importez une liste ou planifiez les jurys de la journée.',
    'selection.juror.fromPanel': 'jury {panel}',
    'selection.juror.imported': 'importé',
  },
  en: {
    'selection.noCampaign': 'No campaign given: open this page from the list of campaigns.',
    'selection.organisersOnly': 'This page is for organisers.',
    'selection.refused': 'Action refused',
    'selection.jurors.none': 'No juror known for this campaign: import a list or plan the day’s panels.',
    'selection.juror.fromPanel': 'panel {panel}',
    'selection.juror.imported': 'imported',
  },
});

/**
 * Starts a campaign page: signs in, checks the person organises, draws the campaign's title and sub-navigation,
 * then `render({campaign, me, page, status})`, again on every language change (the API answers in the language).
 * Any error of `render` is shown in the page's status region with the API's message.
 */
export function campaignPage({ titleKey, navKey, render }) {
  const status = document.getElementById('page-status');
  const page = document.getElementById('page');
  const campaignId = campaignParam();
  let me = null;
  const draw = async () => {
    if (!me) return;
    status.className = 'live';
    status.removeAttribute('role');
    status.hidden = false;
    status.replaceChildren(el('p', {}, t('loading')));
    try {
      if (!campaignId) throw new ApiError(400, 'no_campaign', t('selection.noCampaign'));
      if (!isOrganiser(me)) throw new ApiError(403, 'forbidden', t('selection.organisersOnly'));
      const campaign = (await api(`/campaigns/${encodeURIComponent(campaignId)}`)).data;
      const body = el('div', { class: 'selection-page' });
      page.replaceChildren(el('p', { class: 'lead campaign-title' }, campaign.title), campaignNav(campaignId, navKey), body);
      await render({ campaign, me, page: body, status });
      status.replaceChildren();
    } catch (error) {
      showRefusal(status, error);
    }
  };
  initConsole({ titleKey, onLanguageChange: draw }).then((who) => {
    me = who;
    return draw();
  }).catch((error) => showRefusal(status, error));
}

/** The API's refusal (message in the person's language, fields listed) in an alert region. */
export function showRefusal(region, error, { form, labelOf } = {}) {
  if (!(error instanceof ApiError)) console.error(error); // a bug of the page: the browser tests fail on it
  region.setAttribute('role', 'alert');
  region.className = 'error-summary';
  renderErrors(error instanceof ApiError ? error : new ApiError(0, 'unexpected', t('console.loadError')),
    { form, summary: region, title: t('selection.refused'), labelOf });
}

/** An empty alert region for one form's refusals, hidden until used. */
export function refusalRegion() {
  return el('div', { class: 'error-summary', role: 'alert', hidden: true });
}

/** A polite live region for what just succeeded. */
export function liveRegion() {
  return el('div', { class: 'live', 'aria-live': 'polite' });
}

// ---------------------------------------------------------------------------------------------------------
// Jurors known to this tab
// ---------------------------------------------------------------------------------------------------------

const JURORS_KEY = 'candidatures.console.jurors.';

/**
 * Reads a jurors' list in CSV: a header line naming the columns `id` (required), `email`, `name`, `language`
 * (in any order, "," or ";" separated, quotes allowed), then one juror a line. Returns {jurors, errors}.
 */
export function parseJurorsCsv(text) {
  const lines = splitCsv(text.replace(/^\uFEFF/, ''));
  const errors = [];
  if (!lines.length) return { jurors: [], errors: [{ line: 1, key: 'empty' }] };
  const header = lines[0].map((cell) => cell.trim().toLowerCase());
  const column = (name) => header.indexOf(name);
  if (column('id') < 0) return { jurors: [], errors: [{ line: 1, key: 'noId' }] };
  const jurors = [];
  const seen = new Set();
  lines.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => !cell.trim())) return;
    const value = (name) => (column(name) >= 0 ? (cells[column(name)] || '').trim() : '');
    const id = value('id');
    if (!/^[A-Za-z0-9._:@+-]{1,128}$/.test(id)) {
      errors.push({ line, key: 'badId', value: id });
      return;
    }
    if (seen.has(id)) {
      errors.push({ line, key: 'duplicate', value: id });
      return;
    }
    seen.add(id);
    const language = value('language').toLowerCase();
    jurors.push({ id, email: value('email') || null, name: value('name') || null, language: language === 'en' ? 'en' : 'fr' });
  });
  return { jurors, errors };
}

/** CSV rows: "," or ";" (whichever the header uses), double quotes with "" inside. */
function splitCsv(text) {
  const firstLine = text.split(/\r?\n/, 1)[0] || '';
  const separator = (firstLine.match(/;/g) || []).length > (firstLine.match(/,/g) || []).length ? ';' : ',';
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows.filter((r) => r.some((value) => value.trim()));
}

/** The jurors imported for the campaign in this tab (sessionStorage: names and addresses leave with the tab). */
export function importedJurors(campaignId) {
  try {
    return JSON.parse(sessionStorage.getItem(JURORS_KEY + campaignId) || '[]');
  } catch {
    return [];
  }
}

export function saveImportedJurors(campaignId, jurors) {
  sessionStorage.setItem(JURORS_KEY + campaignId, JSON.stringify(jurors));
}

/**
 * Every juror known for the campaign: those of the day's panels (with their panel), then those imported and in no
 * panel; a juror imported and in a panel gets the imported name and address when the plan has none.
 */
export function knownJurors(campaignId, plan) {
  const imported = new Map(importedJurors(campaignId).map((j) => [j.id, j]));
  const jurors = [];
  for (const panel of plan?.panels || []) {
    for (const juror of panel.jurors) {
      const extra = imported.get(juror.id) || {};
      jurors.push({ ...extra, ...strip(juror), panelId: panel.id, imported: imported.has(juror.id) });
      imported.delete(juror.id);
    }
  }
  for (const juror of imported.values()) jurors.push({ ...juror, panelId: null, imported: true });
  return jurors;
}

function strip(juror) {
  return Object.fromEntries(Object.entries(juror).filter(([, value]) => value !== null && value !== undefined));
}

/** "Marie Curie (juror-1)" or just the id. */
export function jurorLabel(juror) {
  return juror.name ? `${juror.name} (${juror.id})` : juror.id;
}

/** The day's plan, or null when it is not planned yet (409 selection_day_not_planned). */
export async function planOrNull(staffApi, campaignId) {
  try {
    return (await staffApi(`/admin/campaigns/${encodeURIComponent(campaignId)}/selection-day`)).data;
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'selection_day_not_planned' || error.status === 404)) return null;
    throw error;
  }
}

/** Runs `tasks` (functions returning promises) at most `width` at a time; resolves to their results in order. */
export async function inBatches(tasks, width = 6) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

/**
 * A table in a box that scrolls sideways on a narrow screen: the box is focusable (keyboard users scroll it too)
 * and named after the table's caption.
 */
export function scrollingTable(table) {
  return el('div', {
    class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': table.querySelector('caption')?.textContent || null,
  }, table);
}
