// Sign-in of the staff console. PLACEHOLDER of the skeleton: the Cognito managed login (authorization code
// + PKCE), its local counterpart in the runner, refresh and sign-out are built on top of this contract:
//   signIn(returnTo)        navigates to the sign-in; after it, the person comes back to `returnTo`
//   refreshSession(session) resolves to a renewed session (saved) or rejects
//   signOut()               forgets the session and ends the sign-in session
import { clearSession } from './console.js';

export async function signIn(returnTo) {
  location.assign(`signin.html?return=${encodeURIComponent(returnTo)}`);
}

export async function refreshSession() {
  throw new Error('no refresh token');
}

export async function signOut() {
  clearSession();
  location.assign('index.html');
}
