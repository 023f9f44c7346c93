// Decisions: one per dossier (PUT/DELETE /admin/candidacies/{id}/decision), reviewed (GET …/decisions, beside
// the ranking), then sent (POST …/decisions/send) after a confirmation giving the number of mails from the
// review, finalists carried into the national round of the same track and edition where there is one.
import {
  addStrings, badge, confirmDialog, el, fieldId, formatDateTime, formatNumber, showStatus, staffApi, t, api,
} from './console.js';
import { campaignPage, liveRegion, refusalRegion, scrollingTable, showRefusal } from './selection.js';

addStrings({
  fr: {
    'selection.decisions.title': 'Décisions',
    'decisions.counts': 'Dossiers déposés : {submitted} · sans décision : {undecided} · décisions à envoyer : {pending} · envoyées : {sent}',
    'decisions.table.caption': 'Décision par dossier, dans l’ordre du classement (moyenne des notes)',
    'decisions.col.rank': 'Rang',
    'decisions.col.dossier': 'Dossier',
    'decisions.col.score': 'Note',
    'decisions.col.state': 'État',
    'decisions.col.decision': 'Décision',
    'decisions.state.none': 'sans décision',
    'decisions.state.pending': 'à envoyer',
    'decisions.state.sent': 'envoyée',
    'decisions.outcome': 'Décision pour {name}',
    'decisions.outcome.none': '— Choisir —',
    'decisions.outcome.finalist': 'Finaliste',
    'decisions.outcome.not_selected': 'Non retenu',
    'decisions.message': 'Message au candidat (facultatif) pour {name}',
    'decisions.message.short': 'Message au candidat (facultatif)',
    'decisions.save': 'Enregistrer',
    'decisions.save.label': 'Enregistrer la décision pour {name}',
    'decisions.clear': 'Effacer',
    'decisions.clear.label': 'Effacer la décision pour {name}',
    'decisions.saved': 'Décision enregistrée pour {name} : {outcome}. Elle partira à l’envoi.',
    'decisions.cleared': 'Décision effacée pour {name}.',
    'decisions.sentOn': '{outcome}, envoyée {date}',
    'decisions.choose': 'Choisissez une décision.',
    'decisions.send.title': 'Envoyer les décisions',
    'decisions.send.intro': 'Chaque décision à envoyer part par courriel au candidat, dans sa langue ; une décision envoyée ne part jamais deux fois. Les dossiers sans décision ne reçoivent rien.',
    'decisions.send.toSend': 'Courriels à envoyer : {mails} ({finalist} finaliste(s), {notSelected} non retenu(s)). Sans décision, laissés de côté : {undecided}.',
    'decisions.national': 'Porter les finalistes dans la campagne nationale',
    'decisions.national.none': 'Ne pas porter les finalistes',
    'decisions.national.hint': 'Les finalistes sont inscrits une fois dans la finale nationale du même concours et de la même édition ; ils y gardent leur lien d’accès.',
    'decisions.forum': 'Le forum national, mentionné aux finalistes (facultatif)',
    'decisions.forum.hint': 'Par exemple « Forum des Interconnectés, 2 décembre 2027 à Lyon ».',
    'decisions.send': 'Envoyer les décisions',
    'decisions.confirm.title': 'Envoyer les décisions ?',
    'decisions.confirm.text': '{mails} courriel(s) vont partir : {finalist} finaliste(s), {notSelected} non retenu(s). {carry} Les {undecided} dossier(s) sans décision ne recevront rien.',
    'decisions.confirm.carry': 'Les finalistes seront portés dans « {title} ».',
    'decisions.confirm.noCarry': 'Aucun finaliste ne sera porté dans une campagne nationale.',
    'decisions.confirm.yes': 'Oui, envoyer {mails} courriel(s)',
    'decisions.confirm.no': 'Annuler',
    'decisions.nothing': 'Aucune décision à envoyer.',
    'decisions.sent': 'Décisions envoyées : {recorded} courriel(s) enregistré(s), {sent} parti(s), {pending} en attente ; déjà envoyées : {alreadySent}.',
    'decisions.carried': '{carried} finaliste(s) porté(s) dans la campagne nationale {national}.',
    'decisions.failed': '{n} dossier(s) en échec : recommencez l’envoi, rien ne partira deux fois.',
  },
  en: {
    'selection.decisions.title': 'Decisions',
    'decisions.counts': 'Submitted: {submitted} · no decision: {undecided} · decisions to send: {pending} · sent: {sent}',
    'decisions.table.caption': 'Decision per application, in ranking order (mean score)',
    'decisions.col.rank': 'Rank',
    'decisions.col.dossier': 'Application',
    'decisions.col.score': 'Score',
    'decisions.col.state': 'State',
    'decisions.col.decision': 'Decision',
    'decisions.state.none': 'no decision',
    'decisions.state.pending': 'to send',
    'decisions.state.sent': 'sent',
    'decisions.outcome': 'Decision for {name}',
    'decisions.outcome.none': '— Choose —',
    'decisions.outcome.finalist': 'Finalist',
    'decisions.outcome.not_selected': 'Not selected',
    'decisions.message': 'Message to the applicant (optional) for {name}',
    'decisions.message.short': 'Message to the applicant (optional)',
    'decisions.save': 'Save',
    'decisions.save.label': 'Save the decision for {name}',
    'decisions.clear': 'Clear',
    'decisions.clear.label': 'Clear the decision for {name}',
    'decisions.saved': 'Decision saved for {name}: {outcome}. It goes out when you send.',
    'decisions.cleared': 'Decision cleared for {name}.',
    'decisions.sentOn': '{outcome}, sent {date}',
    'decisions.choose': 'Choose a decision.',
    'decisions.send.title': 'Send the decisions',
    'decisions.send.intro': 'Each decision to send goes to its applicant by mail, in their language; a decision sent never goes twice. Applications without a decision get nothing.',
    'decisions.send.toSend': 'Mails to send: {mails} ({finalist} finalist(s), {notSelected} not selected). Without a decision, left out: {undecided}.',
    'decisions.national': 'Carry the finalists into the national campaign',
    'decisions.national.none': 'Do not carry the finalists',
    'decisions.national.hint': 'Finalists are entered once into the national final of the same track and edition; they keep their access link there.',
    'decisions.forum': 'The national forum, named to finalists (optional)',
    'decisions.forum.hint': 'For instance “Forum des Interconnectés, 2 December 2027 in Lyon”.',
    'decisions.send': 'Send the decisions',
    'decisions.confirm.title': 'Send the decisions?',
    'decisions.confirm.text': '{mails} mail(s) will go out: {finalist} finalist(s), {notSelected} not selected. {carry} The {undecided} application(s) without a decision will get nothing.',
    'decisions.confirm.carry': 'Finalists will be carried into “{title}”.',
    'decisions.confirm.noCarry': 'No finalist will be carried into a national campaign.',
    'decisions.confirm.yes': 'Yes, send {mails} mail(s)',
    'decisions.confirm.no': 'Cancel',
    'decisions.nothing': 'No decision to send.',
    'decisions.sent': 'Decisions sent: {recorded} mail(s) recorded, {sent} gone, {pending} pending; already sent: {alreadySent}.',
    'decisions.carried': '{carried} finalist(s) carried into the national campaign {national}.',
    'decisions.failed': '{n} application(s) failed: send again, nothing goes twice.',
  },
});

const STATE_BADGE = { none: 'draft', pending: 'upcoming', sent: 'submitted' };

campaignPage({
  titleKey: 'selection.decisions.title',
  navKey: 'console.campaign.decisions',
  render: async ({ campaign, page }) => {
    const view = new DecisionsView(campaign, page);
    await view.load();
  },
});

class DecisionsView {
  constructor(campaign, page) {
    this.campaign = campaign;
    this.page = page;
    this.base = `/admin/campaigns/${encodeURIComponent(campaign.id)}`;
  }

  async load() {
    const [review, ranking, campaigns] = await Promise.all([
      staffApi(`${this.base}/decisions`), staffApi(`${this.base}/ranking`), api('/campaigns')]);
    this.review = review.data;
    this.ranking = new Map(ranking.data.dossiers.map((d) => [d.candidacyId, d]));
    // the national round of the same track and edition: the only target the API accepts
    this.nationals = this.campaign.region.code === 'FR' ? [] : (campaigns.data.campaigns || []).filter((c) => c.region.code === 'FR'
      && c.track === this.campaign.track && c.edition === this.campaign.edition);
    this.draw();
  }

  draw(status) {
    this.rowStatus = liveRegion();
    this.rowRefusal = refusalRegion();
    this.page.replaceChildren(
      el('p', { id: 'decisions-counts', class: 'lead' }, t('decisions.counts', this.review.counts)),
      this.rowRefusal, this.rowStatus,
      this.table(),
      this.sendSection());
    if (status) showStatus(this.rowStatus, status, 'success');
  }

  ordered() {
    const rank = (d) => this.ranking.get(d.candidacyId)?.rank ?? Number.MAX_SAFE_INTEGER;
    return [...this.review.dossiers].sort((a, b) => rank(a) - rank(b) || String(a.receiptNumber).localeCompare(String(b.receiptNumber)));
  }

  table() {
    return scrollingTable(el('table', { class: 'data', id: 'decisions-table' },
      el('caption', {}, t('decisions.table.caption')),
      el('thead', {}, el('tr', {}, [['rank', true], ['dossier'], ['score', true], ['state'], ['decision']]
        .map(([key, numeric]) => el('th', { scope: 'col', class: numeric ? 'number' : null }, t(`decisions.col.${key}`))))),
      el('tbody', {}, this.ordered().map((dossier) => this.row(dossier)))));
  }

  row(dossier) {
    const ranked = this.ranking.get(dossier.candidacyId);
    const name = `${dossier.receiptNumber || ''} ${dossier.organisation || ''}`.trim();
    return el('tr', { dataset: { candidacy: dossier.candidacyId } },
      el('td', { class: 'number' }, ranked?.rank ? String(ranked.rank) : '—'),
      el('td', {}, el('strong', {}, dossier.organisation || '—'), el('br'), `${dossier.receiptNumber || ''} · ${dossier.projectTitle || ''}`),
      el('td', { class: 'number' }, ranked?.score === null || ranked?.score === undefined ? '—' : formatNumber(ranked.score)),
      el('td', {}, badge(STATE_BADGE[dossier.decisionState] || 'draft', t(`decisions.state.${dossier.decisionState}`))),
      el('td', {}, dossier.decisionState === 'sent'
        ? t('decisions.sentOn', { outcome: t(`decisions.outcome.${dossier.decision.outcome}`), date: formatDateTime(dossier.decision.notifiedAt) })
        : this.decisionForm(dossier, name)));
  }

  decisionForm(dossier, name) {
    const prefix = fieldId(`decision-${dossier.candidacyId}`);
    const outcome = el('select', { id: `${prefix}-outcome`, class: 'decision-outcome', 'aria-label': t('decisions.outcome', { name }) },
      ['', 'finalist', 'not_selected'].map((value) => el('option', { value, selected: (dossier.decision?.outcome || '') === value },
        t(value ? `decisions.outcome.${value}` : 'decisions.outcome.none'))));
    const message = el('textarea', { id: `${prefix}-message`, rows: 2, maxlength: 2000, class: 'decision-message', 'aria-label': t('decisions.message', { name }), placeholder: t('decisions.message.short') });
    message.value = dossier.decision?.message || '';
    const save = el('button', { type: 'submit', class: 'button small', 'aria-label': t('decisions.save.label', { name }) }, t('decisions.save'));
    const clear = dossier.decision ? el('button', { type: 'button', class: 'button secondary small', 'aria-label': t('decisions.clear.label', { name }) }, t('decisions.clear')) : null;
    const form = el('form', { class: 'decision-form', novalidate: true }, outcome, message, el('div', { class: 'actions' }, save, clear));
    const path = `/admin/candidacies/${encodeURIComponent(dossier.candidacyId)}/decision`;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!outcome.value) {
        showStatus(this.rowStatus, t('decisions.choose'), 'warning');
        outcome.focus();
        return;
      }
      await this.change(save, () => staffApi(path, { method: 'PUT', body: { outcome: outcome.value, message: message.value.trim() || undefined } }),
        t('decisions.saved', { name, outcome: t(`decisions.outcome.${outcome.value}`) }), dossier.candidacyId);
    });
    clear?.addEventListener('click', () => this.change(clear, () => staffApi(path, { method: 'DELETE' }),
      t('decisions.cleared', { name }), dossier.candidacyId));
    return form;
  }

  async change(button, call, done, candidacyId) {
    this.rowRefusal.hidden = true;
    button.disabled = true;
    try {
      await call();
      this.review = (await staffApi(`${this.base}/decisions`)).data;
      this.draw(done);
      document.querySelector(`tr[data-candidacy="${CSS.escape(candidacyId)}"] select, tr[data-candidacy="${CSS.escape(candidacyId)}"] td`)?.focus?.();
    } catch (error) {
      button.disabled = false;
      showRefusal(this.rowRefusal, error);
    }
  }

  sendSection() {
    const sending = this.review.sending;
    const refusal = refusalRegion();
    this.sendStatus = liveRegion();
    const national = el('select', { id: fieldId('nationalCampaignId') },
      el('option', { value: '' }, t('decisions.national.none')),
      this.nationals.map((c) => el('option', { value: c.id, selected: this.nationals.length === 1 }, c.title)));
    const forum = el('input', { type: 'text', id: fieldId('nationalForum'), 'aria-describedby': `${fieldId('nationalForum')}-hint` });
    const send = el('button', { type: 'submit', class: 'button', id: 'decisions-send' }, t('decisions.send'));
    const form = el('form', { id: 'send-form', novalidate: true },
      this.nationals.length ? el('div', { class: 'field' },
        el('label', { for: national.id }, t('decisions.national')),
        el('p', { class: 'hint' }, t('decisions.national.hint')),
        el('p', { class: 'field-error', id: `${national.id}-error`, hidden: true }), national) : null,
      el('div', { class: 'field' },
        el('label', { for: forum.id }, t('decisions.forum')),
        el('p', { class: 'hint', id: `${forum.id}-hint` }, t('decisions.forum.hint')),
        el('p', { class: 'field-error', id: `${forum.id}-error`, hidden: true }), forum),
      el('div', { class: 'actions' }, send));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      refusal.hidden = true;
      const counts = { mails: sending.mails, finalist: sending.finalist, notSelected: sending.not_selected, undecided: sending.undecidedLeftOut };
      if (!counts.mails) {
        showStatus(this.sendStatus, t('decisions.nothing'), 'info');
        return;
      }
      const target = this.nationals.find((c) => c.id === national.value);
      const yes = await confirmDialog({
        title: t('decisions.confirm.title'),
        text: t('decisions.confirm.text', { ...counts, carry: target ? t('decisions.confirm.carry', { title: target.title }) : t('decisions.confirm.noCarry') }),
        yes: t('decisions.confirm.yes', counts),
        no: t('decisions.confirm.no'),
      });
      if (!yes) return;
      send.disabled = true;
      try {
        const result = (await staffApi(`${this.base}/decisions/send`, { method: 'POST',
          body: { nationalCampaignId: target?.id, nationalForum: forum.value.trim() || undefined } })).data;
        this.review = (await staffApi(`${this.base}/decisions`)).data;
        this.draw();
        this.sendStatus.replaceChildren(el('div', { class: `notice notice-${result.failed?.length ? 'warning' : 'success'}`, id: 'decisions-result' },
          el('p', {}, t('decisions.sent', { recorded: result.mailsRecorded, sent: result.mailsSent, pending: result.mailsPending, alreadySent: result.alreadySent })),
          result.nationalCampaignId ? el('p', {}, t('decisions.carried', { carried: result.carried, national: result.nationalCampaignId })) : null,
          result.failed?.length ? el('p', {}, t('decisions.failed', { n: result.failed.length })) : null));
      } catch (error) {
        send.disabled = false;
        showRefusal(refusal, error, { form, labelOf: (path) => (path === 'nationalCampaignId' ? t('decisions.national') : null) });
      }
    });
    return el('section', { class: 'panel', id: 'send-section', 'aria-labelledby': 'send-title' },
      el('h2', { id: 'send-title' }, t('decisions.send.title')),
      el('p', {}, t('decisions.send.intro')),
      el('p', { id: 'decisions-to-send' }, el('strong', {}, t('decisions.send.toSend', {
        mails: formatNumber(sending.mails), finalist: sending.finalist, notSelected: sending.not_selected, undecided: sending.undecidedLeftOut,
      }))),
      refusal, form, this.sendStatus);
  }
}
