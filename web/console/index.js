// Console home. SKELETON: the campaigns of the person's scope come with the organiser pages.
import { initConsole, isJuror, isOrganiser, renderErrors, t } from './console.js';

const status = document.getElementById('page-status');
initConsole({ titleKey: 'console.nav.campaigns' }).then((me) => {
  if (!isOrganiser(me) && isJuror(me)) {
    location.replace('jury.html');
    return;
  }
  status.replaceChildren();
}).catch((error) => renderErrors(error, { summary: status, title: t('console.loadError') }));
