// The sign-in's return (callback.html): trades the authorization code for the session, then goes back to the page
// the person was on. A refused or tampered return shows why, in the person's language, and offers to try again.
import { addStrings, el, initPage, t } from './console.js';
import { completeSignIn, signIn } from './auth.js';

addStrings({
  fr: {
    'signin.title': 'Connexion',
    'signin.completing': 'Connexion en cours…',
    'signin.failed': 'La connexion n’a pas abouti.',
    'signin.reason.state': 'Cette page de retour ne correspond à aucune connexion commencée dans cet onglet (lien ancien ou ouvert ailleurs).',
    'signin.reason.invalid_grant': 'Le code de connexion a expiré ou a déjà servi.',
    'signin.reason.access_denied': 'La connexion a été refusée.',
    'signin.reason.network': 'Le service de connexion ne répond pas. Vérifiez votre connexion.',
    'signin.reason.other': 'Le service de connexion a refusé la demande ({reason}).',
    'signin.retry': 'Se connecter à nouveau',
  },
  en: {
    'signin.title': 'Sign-in',
    'signin.completing': 'Signing you in…',
    'signin.failed': 'The sign-in did not complete.',
    'signin.reason.state': 'This return page matches no sign-in started in this tab (an old link, or one opened elsewhere).',
    'signin.reason.invalid_grant': 'The sign-in code has expired or was already used.',
    'signin.reason.access_denied': 'The sign-in was refused.',
    'signin.reason.network': 'The sign-in service does not answer. Check your connection.',
    'signin.reason.other': 'The sign-in service refused the request ({reason}).',
    'signin.retry': 'Sign in again',
  },
});

const status = document.getElementById('page-status');
let failure = null;

function showFailure() {
  const known = ['state', 'invalid_grant', 'access_denied', 'network'].includes(failure.reason);
  status.replaceChildren(el('div', { class: 'notice notice-error', role: 'alert' },
    el('p', {}, el('strong', { text: t('signin.failed') })),
    el('p', { text: known ? t(`signin.reason.${failure.reason}`) : t('signin.reason.other', { reason: failure.reason }) }),
    el('p', {}, el('button', { type: 'button', class: 'button', text: t('signin.retry'),
      onclick: () => signIn(new URL('index.html', location.href).pathname) }))));
}

initPage(() => { if (failure) showFailure(); });
completeSignIn()
  .then((returnTo) => location.replace(returnTo))
  .catch((error) => {
    failure = { reason: error.reason || 'network' };
    showFailure();
  });
