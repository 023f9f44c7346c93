// Shared code of the staff console: the signed-in session, the API with the staff token, the page shell
// (header with navigation, the person signed in, language, sign-out) and the campaign sub-navigation.
// Builds on the applicant pages' module (strings, DOM helper, API, dates, error rendering): one design language.

import { addStrings, api, ApiError, el, initPage, setTitle, t } from '../app.js';
import { refreshSession, signIn, signOut } from './auth.js';

export * from '../app.js';

addStrings({
  fr: {
    'console.service': 'Console des organisateurs et du jury',
    'console.nav': 'Navigation de la console',
    'console.nav.campaigns': 'Campagnes',
    'console.nav.jury': 'Mon jury',
    'console.signedInAs': 'Connecté : {email}',
    'console.signOut': 'Se déconnecter',
    'console.role.organiser': 'Organisation nationale',
    'console.role.regional-organiser': 'Organisation régionale ({region})',
    'console.role.juror': 'Juré',
    'console.forbidden': 'Votre compte n’a pas accès à cette page.',
    'console.loadError': 'Impossible de charger la page.',
    'console.campaignNav': 'Pages de la campagne',
    'console.campaign.dashboard': 'Tableau de bord',
    'console.campaign.dossiers': 'Dossiers',
    'console.campaign.assignments': 'Jury',
    'console.campaign.selectionDay': 'Journée de sélection',
    'console.campaign.ranking': 'Classement',
    'console.campaign.decisions': 'Décisions',
    'console.saved': 'Enregistré',
    'console.saving': 'Enregistrement…',
    'console.retrying': 'Connexion perdue, nouvel essai…',
  },
  en: {
    'console.service': 'Organisers’ and jury console',
    'console.nav': 'Console navigation',
    'console.nav.campaigns': 'Campaigns',
    'console.nav.jury': 'My jury',
    'console.signedInAs': 'Signed in: {email}',
    'console.signOut': 'Sign out',
    'console.role.organiser': 'National organiser',
    'console.role.regional-organiser': 'Regional organiser ({region})',
    'console.role.juror': 'Juror',
    'console.forbidden': 'Your account cannot open this page.',
    'console.loadError': 'The page could not be loaded.',
    'console.campaignNav': 'Campaign pages',
    'console.campaign.dashboard': 'Dashboard',
    'console.campaign.dossiers': 'Applications',
    'console.campaign.assignments': 'Jury',
    'console.campaign.selectionDay': 'Selection day',
    'console.campaign.ranking': 'Ranking',
    'console.campaign.decisions': 'Decisions',
    'console.saved': 'Saved',
    'console.saving': 'Saving…',
    'console.retrying': 'Connection lost, trying again…',
  },
});

// ---------------------------------------------------------------------------------------------------------
// Session: the tokens of the sign-in, kept in this tab's sessionStorage only (never localStorage)
// ---------------------------------------------------------------------------------------------------------

const SESSION_KEY = 'candidatures.console.session';

/** {idToken, accessToken, refreshToken, expiresAt (epoch ms)} or null. */
export function readSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    return session && (session.idToken || session.accessToken) ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(SESSION_KEY);
}

/** The token the API is called with: the ID token (it carries email and region on Cognito), else the access token. */
function bearer(session) {
  return session.idToken || session.accessToken;
}

const EXPIRY_MARGIN_MS = 60_000;

/** A session whose token is valid for at least a minute more, refreshed if needed; signs in when there is none. */
export async function requireSession() {
  let session = readSession();
  if (session && session.expiresAt && session.expiresAt - Date.now() < EXPIRY_MARGIN_MS) {
    session = await refreshSession(session).catch(() => null);
  }
  if (!session) {
    await signIn(location.pathname + location.search + location.hash);
    // signIn navigates away; nothing below runs
    throw new ApiError(401, 'unauthorized', '');
  }
  return session;
}

/**
 * Calls the API as the signed-in person (options of app.js `api`). An expired token is refreshed once and the
 * call retried; if that fails, the person signs in again and comes back to this page.
 */
export async function staffApi(path, options = {}) {
  const session = await requireSession();
  try {
    return await api(path, { ...options, token: bearer(session) });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    const renewed = await refreshSession(session).catch(() => null);
    if (!renewed) {
      clearSession();
      await signIn(location.pathname + location.search + location.hash);
      throw error;
    }
    return api(path, { ...options, token: bearer(renewed) });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Page shell
// ---------------------------------------------------------------------------------------------------------

/** `GET /admin/me`: {sub, email, roles, region}. */
async function whoAmI() {
  return (await staffApi('/admin/me')).data;
}

export function isOrganiser(me) {
  return me.roles.includes('organiser') || me.roles.includes('regional-organiser');
}

export function isJuror(me) {
  return me.roles.includes('juror');
}

function roleText(me) {
  return me.roles.map((role) => t(`console.role.${role}`, { region: me.region || '—' })).join(', ');
}

/**
 * Signs in if needed, asks who the person is and draws the header: brand, navigation by role, the person,
 * language toggle, sign-out. `titleKey` names the page. Resolves to `me`; `onLanguageChange` re-renders
 * what the page built.
 */
export async function initConsole({ titleKey, onLanguageChange } = {}) {
  let me = null;
  initPage((language) => {
    if (me) renderHeader(me);
    if (titleKey) setTitle(t(titleKey));
    if (onLanguageChange) onLanguageChange(language);
  });
  if (titleKey) setTitle(t(titleKey));
  me = await whoAmI();
  renderHeader(me);
  return me;
}

function renderHeader(me) {
  const slot = document.getElementById('console-nav');
  if (!slot) return;
  const here = location.pathname.split('/').pop() || 'index.html';
  const link = (href, key) => el('a', { href, 'aria-current': here === href ? 'page' : null, text: t(key) });
  const links = [];
  if (isOrganiser(me)) links.push(link('index.html', 'console.nav.campaigns'));
  if (isJuror(me)) links.push(link('jury.html', 'console.nav.jury'));
  const signOutButton = el('button', { type: 'button', class: 'link-button', id: 'sign-out', text: t('console.signOut'),
    onclick: () => signOut() });
  slot.replaceChildren(
    el('nav', { 'aria-label': t('console.nav') }, el('ul', { class: 'console-links' }, links.map((a) => el('li', {}, a)))),
    el('p', { class: 'console-user' }, el('span', { text: t('console.signedInAs', { email: me.email || me.sub }) }),
      el('span', { class: 'console-role', text: roleText(me) }), signOutButton));
}

/** The sub-navigation of a campaign's pages; `active` is the key of the current one. */
export function campaignNav(campaignId, active) {
  const pages = [
    ['campaign.html', 'console.campaign.dashboard'],
    ['dossiers.html', 'console.campaign.dossiers'],
    ['assignments.html', 'console.campaign.assignments'],
    ['selection-day.html', 'console.campaign.selectionDay'],
    ['ranking.html', 'console.campaign.ranking'],
    ['decisions.html', 'console.campaign.decisions'],
  ];
  const query = `?campaign=${encodeURIComponent(campaignId)}`;
  return el('nav', { class: 'campaign-nav', 'aria-label': t('console.campaignNav') },
    el('ul', {}, pages.map(([href, key]) => el('li', {},
      el('a', { href: href + query, 'aria-current': key === active ? 'page' : null, text: t(key) })))));
}

/** The `campaign` query parameter of the page. */
export function campaignParam() {
  return new URLSearchParams(location.search).get('campaign');
}

/**
 * A "saved / saving / retrying" indicator in `region` (an aria-live element), for forms that save as people
 * type. `state` is 'saving', 'saved' or 'retrying'.
 */
export function showSaveState(region, state) {
  region.className = `save-state save-state-${state}`;
  region.textContent = t(`console.${state}`);
}
