// unsubscribe.html: the link of a reminder mail (#<signed token>) turns the dossier's reminders off. Nothing
// happens on opening the page (mail scanners open links): only the button posts the token.
import { api, initPage, showStatus, t } from './app.js';

const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
const status = document.getElementById('page-status');
const button = document.getElementById('unsubscribe');

initPage();
if (!token) {
  button.disabled = true;
  showStatus(status, t('unsubscribe.invalid'), 'error');
}
button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    const { data } = await api('/reminders/unsubscribe', { method: 'POST', body: { token } });
    showStatus(status, data.message, 'success');
  } catch (error) {
    button.disabled = false;
    showStatus(status, error.message, 'error');
  }
});
