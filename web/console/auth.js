// Sign-in of the staff console: the OAuth 2.0 authorization code flow with PKCE against Cognito's managed login
// (on AWS) or the local runner's stand-in (same endpoints under /local), as config.json names them:
//   {"authority": "https://<prefix>.auth.<region>.amazoncognito.com", "clientId": "…", "scope": "openid email profile",
//    "redirectUri": optional, default <origin>/console/callback.html, "logoutUri": optional, default <origin>/console/}
// The contract console.js relies on:
//   signIn(returnTo)        navigates to the sign-in; after it, the person comes back to `returnTo`
//   completeSignIn()        on callback.html: checks the state, trades the code for tokens, returns where to go
//   refreshSession(session) resolves to a renewed session (saved) or rejects
//   signOut()               forgets the session and ends the sign-in session
// Tokens live in this tab's sessionStorage only (console.js), never in localStorage, never in a URL once the
// callback has read its code.
import { clearSession, readSession, saveSession } from './console.js';
import { lang } from '../app.js';

/** What signIn keeps for the callback: the PKCE verifier, the state and where to come back. */
const PENDING_KEY = 'candidatures.console.signin';

let configPromise = null;

/** The sign-in settings of config.json (next to this module), read once. */
export function signInConfig() {
  if (!configPromise) {
    configPromise = fetch(new URL('config.json', import.meta.url), { cache: 'no-store', credentials: 'omit' })
      .then((response) => {
        if (!response.ok) throw new Error(`config.json: ${response.status}`);
        return response.json();
      })
      .then((config) => ({
        authority: config.authority.replace(/\/$/, ''),
        clientId: config.clientId,
        scope: config.scope || 'openid email profile',
        redirectUri: config.redirectUri || new URL('callback.html', import.meta.url).href,
        logoutUri: config.logoutUri || new URL('./', import.meta.url).href,
      }))
      .catch((error) => {
        configPromise = null;
        throw error;
      });
  }
  return configPromise;
}

function base64Url(bytes) {
  let binary = '';
  new Uint8Array(bytes).forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(byteCount) {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/** RFC 7636 S256: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier) {
  return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

/** Only a path of this site: the sign-in never sends anyone elsewhere. */
function safeReturn(returnTo) {
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.includes('\\')
    ? returnTo : new URL('index.html', import.meta.url).pathname;
}

/** Set while signing out: a call of the page that finds no session then must not start a sign-in meanwhile. */
let signingOut = false;
/** Set by the first sign-in of the page: calls that find no session at the same time share it. */
let signingIn = false;

export async function signIn(returnTo) {
  if (signingOut || signingIn) return;
  signingIn = true;
  const config = await signInConfig().catch((error) => {
    signingIn = false;
    throw error;
  });
  const verifier = randomString(48); // 64 characters, within RFC 7636's 43 to 128
  const state = randomString(24);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, verifier, returnTo: safeReturn(returnTo) }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
    lang: lang(),
  });
  location.assign(`${config.authority}/oauth2/authorize?${query}`);
}

/** A sign-in that did not complete: `reason` is an OAuth error code or one of ours (state, network). */
export class SignInError extends Error {
  constructor(reason, detail = '') {
    super(detail || reason);
    this.reason = reason;
  }
}

async function tokenRequest(config, parameters) {
  let response;
  try {
    response = await fetch(`${config.authority}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: config.clientId, ...parameters }),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new SignInError('network');
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.id_token) throw new SignInError(answer.error || `http_${response.status}`, answer.error_description);
  return answer;
}

function sessionOf(answer, refreshToken) {
  return {
    idToken: answer.id_token,
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token || refreshToken || null,
    expiresAt: Date.now() + Number(answer.expires_in || 3600) * 1000,
  };
}

/**
 * On callback.html: removes code and state from the address bar at once, checks the state against the one signIn
 * kept, trades the code (with the PKCE verifier) for tokens and saves the session. Resolves to the path to go back
 * to; rejects with a SignInError.
 */
export async function completeSignIn() {
  const parameters = new URLSearchParams(location.search);
  history.replaceState(null, '', location.pathname);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
  sessionStorage.removeItem(PENDING_KEY);
  if (parameters.get('error')) throw new SignInError(parameters.get('error'), parameters.get('error_description') || '');
  if (!pending || !parameters.get('state') || parameters.get('state') !== pending.state || !parameters.get('code')) {
    throw new SignInError('state');
  }
  const config = await signInConfig();
  const answer = await tokenRequest(config, {
    grant_type: 'authorization_code',
    code: parameters.get('code'),
    redirect_uri: config.redirectUri,
    code_verifier: pending.verifier,
  });
  saveSession(sessionOf(answer));
  return pending.returnTo;
}

let refreshing = null;

/** One refresh at a time: the calls of a page that all find the token old share it. */
export function refreshSession(session) {
  if (!session || !session.refreshToken) return Promise.reject(new SignInError('no_refresh_token'));
  if (!refreshing) {
    refreshing = signInConfig()
      .then((config) => tokenRequest(config, { grant_type: 'refresh_token', refresh_token: session.refreshToken }))
      .then((answer) => {
        const renewed = sessionOf(answer, session.refreshToken);
        saveSession(renewed);
        return renewed;
      })
      .catch((error) => {
        if (error instanceof SignInError && error.reason === 'invalid_grant') clearSession();
        throw error;
      })
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

export async function signOut() {
  signingOut = true;
  const session = readSession();
  clearSession();
  const config = await signInConfig();
  if (session && session.refreshToken) {
    // the refresh token dies with the session (Cognito's revocation endpoint; a failure does not keep anyone in)
    await fetch(`${config.authority}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: session.refreshToken, client_id: config.clientId }),
      credentials: 'omit',
    }).then((response) => response.text()).catch(() => null); // read to the end: leaving earlier would abort it
  }
  location.assign(`${config.authority}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: config.logoutUri })}`);
}
