// Juror assignment: the submitted dossiers with their jurors (and conflicts of interest), assigned several at
// once by panel (the jurors of a panel of the day's plan) or by hand; a jurors' list imported from CSV.
import {
  addStrings, badge, el, formatNumber, showStatus, staffApi, t,
} from './console.js';
import {
  campaignPage, importedJurors, inBatches, jurorLabel, knownJurors, liveRegion, parseJurorsCsv, planOrNull,
  refusalRegion, saveImportedJurors, scrollingTable, showRefusal,
} from './selection.js';

addStrings({
  fr: {
    'selection.assignments.title': 'Jury et affectations',
    'assign.jurors.title': 'Jurés',
    'assign.jurors.intro': 'Les jurés proposés sont ceux des jurys de la journée de sélection et ceux de la liste importée ci-dessous. L’API n’a pas d’annuaire des jurés : la liste importée reste dans cet onglet du navigateur.',
    'assign.jurors.id': 'Identifiant',
    'assign.jurors.name': 'Nom',
    'assign.jurors.email': 'Adresse e-mail',
    'assign.jurors.source': 'Origine',
    'assign.import.label': 'Importer une liste de jurés (CSV)',
    'assign.import.hint': 'Une ligne d’en-tête avec les colonnes id (obligatoire : l’identifiant du compte du juré), email, name et language (fr ou en), séparées par des virgules ou des points-virgules. Exemple : id;email;name',
    'assign.import.done': '{n} juré(s) importé(s).',
    'assign.import.error.empty': 'ligne {line} : le fichier est vide.',
    'assign.import.error.noId': 'ligne {line} : l’en-tête doit nommer une colonne « id ».',
    'assign.import.error.badId': 'ligne {line} : identifiant invalide « {value} » (lettres, chiffres, . _ : @ + -).',
    'assign.import.error.duplicate': 'ligne {line} : « {value} » figure déjà plus haut.',
    'assign.import.errorsTitle': 'Lignes ignorées :',
    'assign.import.clear': 'Oublier la liste importée',
    'assign.dossiers.title': 'Dossiers déposés',
    'assign.dossiers.caption': 'Dossiers déposés et leurs jurés ; cochez ceux à affecter.',
    'assign.dossiers.none': 'Aucun dossier déposé pour le moment.',
    'assign.select': 'Sélectionner',
    'assign.selectAll': 'Tout sélectionner',
    'assign.select.label': 'Sélectionner {name}',
    'assign.receipt': 'Récépissé',
    'assign.organisation': 'Organisation',
    'assign.project': 'Projet',
    'assign.jurorsOf': 'Jurés',
    'assign.noJuror': 'aucun',
    'assign.state.assigned': 'à noter',
    'assign.state.scored': 'noté',
    'assign.state.conflict': 'conflit d’intérêts',
    'assign.conflicts': '{n} conflit(s) d’intérêts déclaré(s) : un juré en conflit ne note pas ce dossier.',
    'assign.action.title': 'Affecter les dossiers sélectionnés',
    'assign.mode': 'Jurés à affecter',
    'assign.mode.panel': 'Les jurés d’un jury de la journée',
    'assign.mode.hand': 'Des jurés choisis',
    'assign.panel': 'Jury',
    'assign.panel.option': 'Jury {id} — {room} ({jurors})',
    'assign.panel.none': 'Aucun jury planifié : préparez la journée de sélection, ou choisissez les jurés.',
    'assign.hand': 'Jurés',
    'assign.hand.others': 'Autres identifiants (séparés par des virgules)',
    'assign.replace': 'Remplacer les jurés actuels (sinon, ajouter aux jurés actuels ; un juré qui a déjà noté reste)',
    'assign.submit': 'Affecter aux dossiers sélectionnés ({n})',
    'assign.nothingSelected': 'Cochez au moins un dossier.',
    'assign.noJurorChosen': 'Choisissez au moins un juré.',
    'assign.done': '{n} dossier(s) mis à jour.',
    'assign.failed': '{organisation} : {message}',
    'assign.partial': 'Certains dossiers n’ont pas été mis à jour :',
  },
  en: {
    'selection.assignments.title': 'Jury and assignments',
    'assign.jurors.title': 'Jurors',
    'assign.jurors.intro': 'The jurors offered are those of the selection day’s panels and those of the list imported below. The API has no directory of jurors: the imported list stays in this browser tab.',
    'assign.jurors.id': 'Id',
    'assign.jurors.name': 'Name',
    'assign.jurors.email': 'E-mail address',
    'assign.jurors.source': 'Source',
    'assign.import.label': 'Import a list of jurors (CSV)',
    'assign.import.hint': 'A header line naming the columns id (required: the juror’s account id), email, name and language (fr or en), separated by commas or semicolons. Example: id;email;name',
    'assign.import.done': '{n} juror(s) imported.',
    'assign.import.error.empty': 'line {line}: the file is empty.',
    'assign.import.error.noId': 'line {line}: the header must name an “id” column.',
    'assign.import.error.badId': 'line {line}: invalid id “{value}” (letters, digits, . _ : @ + -).',
    'assign.import.error.duplicate': 'line {line}: “{value}” is already listed above.',
    'assign.import.errorsTitle': 'Lines left out:',
    'assign.import.clear': 'Forget the imported list',
    'assign.dossiers.title': 'Submitted applications',
    'assign.dossiers.caption': 'Submitted applications and their jurors; tick those to assign.',
    'assign.dossiers.none': 'No application submitted yet.',
    'assign.select': 'Select',
    'assign.selectAll': 'Select all',
    'assign.select.label': 'Select {name}',
    'assign.receipt': 'Receipt',
    'assign.organisation': 'Organisation',
    'assign.project': 'Project',
    'assign.jurorsOf': 'Jurors',
    'assign.noJuror': 'none',
    'assign.state.assigned': 'to score',
    'assign.state.scored': 'scored',
    'assign.state.conflict': 'conflict of interest',
    'assign.conflicts': '{n} conflict(s) of interest declared: a juror in conflict does not score that application.',
    'assign.action.title': 'Assign the selected applications',
    'assign.mode': 'Jurors to assign',
    'assign.mode.panel': 'The jurors of one of the day’s panels',
    'assign.mode.hand': 'Jurors of your choice',
    'assign.panel': 'Panel',
    'assign.panel.option': 'Panel {id} — {room} ({jurors})',
    'assign.panel.none': 'No panel planned: prepare the selection day, or choose the jurors.',
    'assign.hand': 'Jurors',
    'assign.hand.others': 'Other ids (comma-separated)',
    'assign.replace': 'Replace the current jurors (otherwise add to them; a juror who already scored stays)',
    'assign.submit': 'Assign to the selected applications ({n})',
    'assign.nothingSelected': 'Tick at least one application.',
    'assign.noJurorChosen': 'Choose at least one juror.',
    'assign.done': '{n} application(s) updated.',
    'assign.failed': '{organisation}: {message}',
    'assign.partial': 'Some applications were not updated:',
  },
});

const STATE_BADGE = { assigned: 'draft', scored: 'submitted', conflict: 'withdrawn' };

campaignPage({
  titleKey: 'selection.assignments.title',
  navKey: 'console.campaign.assignments',
  render: async ({ campaign, page }) => {
    const plan = await planOrNull(staffApi, campaign.id);
    const dossiers = await submittedWithJurors(campaign.id);
    const view = new AssignmentsView(campaign, plan, dossiers);
    page.replaceChildren(view.jurorsSection(), view.dossiersSection(), view.actionSection());
  },
});

/** Every submitted dossier of the campaign (all pages), each with its jurors from the organisers' scores view. */
async function submittedWithJurors(campaignId) {
  const items = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ status: 'submitted', sort: 'receipt', limit: '250' });
    if (cursor) query.set('cursor', cursor);
    const page = (await staffApi(`/admin/campaigns/${encodeURIComponent(campaignId)}/candidacies?${query}`)).data;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const sheets = await inBatches(items.map((item) => () => staffApi(`/admin/candidacies/${encodeURIComponent(item.id)}/scores`)));
  return items.map((item, i) => ({ ...item, jurors: sheets[i].data.jurors || [] }));
}

class AssignmentsView {
  constructor(campaign, plan, dossiers) {
    this.campaign = campaign;
    this.plan = plan;
    this.dossiers = dossiers;
    this.selected = new Set();
    this.importStatus = liveRegion();
    this.actionStatus = liveRegion();
    this.actionRefusal = refusalRegion();
  }

  // ---------------------------------------------------------------------------------------------- jurors

  jurorsSection() {
    const input = el('input', { type: 'file', id: 'jurors-csv', accept: '.csv,text/csv', 'aria-describedby': 'jurors-csv-hint' });
    input.addEventListener('change', () => this.importFile(input.files[0]));
    this.jurorsTable = el('div', { class: 'jurors-list' });
    this.drawJurors();
    const clear = el('button', { type: 'button', class: 'button secondary small', id: 'jurors-clear', text: t('assign.import.clear') });
    clear.addEventListener('click', () => {
      saveImportedJurors(this.campaign.id, []);
      this.redrawJurorChoices();
    });
    return el('section', { class: 'panel', 'aria-labelledby': 'jurors-title' },
      el('h2', { id: 'jurors-title' }, t('assign.jurors.title')),
      el('p', {}, t('assign.jurors.intro')),
      this.jurorsTable,
      el('div', { class: 'field' },
        el('label', { for: 'jurors-csv' }, t('assign.import.label')),
        el('p', { class: 'hint', id: 'jurors-csv-hint' }, t('assign.import.hint')),
        input),
      el('div', { class: 'actions' }, clear),
      this.importStatus);
  }

  drawJurors() {
    const jurors = knownJurors(this.campaign.id, this.plan);
    if (!jurors.length) {
      this.jurorsTable.replaceChildren(el('p', {}, t('selection.jurors.none')));
      return;
    }
    this.jurorsTable.replaceChildren(scrollingTable(el('table', { class: 'data', id: 'jurors-table' },
      el('caption', { class: 'visually-hidden' }, t('assign.jurors.title')),
      el('thead', {}, el('tr', {}, ['assign.jurors.id', 'assign.jurors.name', 'assign.jurors.email', 'assign.jurors.source']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, jurors.map((juror) => el('tr', {},
        el('td', {}, juror.id), el('td', {}, juror.name || '—'), el('td', {}, juror.email || '—'),
        el('td', {}, [juror.panelId ? t('selection.juror.fromPanel', { panel: juror.panelId }) : null,
          juror.imported ? t('selection.juror.imported') : null].filter(Boolean).join(', '))))))));
  }

  async importFile(file) {
    if (!file) return;
    const { jurors, errors } = parseJurorsCsv(await file.text());
    const merged = new Map(importedJurors(this.campaign.id).map((j) => [j.id, j]));
    jurors.forEach((juror) => merged.set(juror.id, juror));
    saveImportedJurors(this.campaign.id, [...merged.values()]);
    this.importStatus.replaceChildren(
      el('p', { class: `notice notice-${errors.length ? 'warning' : 'success'}` }, t('assign.import.done', { n: jurors.length })),
      errors.length ? el('div', { class: 'notice notice-warning' }, el('p', {}, t('assign.import.errorsTitle')),
        el('ul', {}, errors.map((e) => el('li', {}, t(`assign.import.error.${e.key}`, e))))) : null);
    this.redrawJurorChoices();
  }

  redrawJurorChoices() {
    this.drawJurors();
    this.handChoices?.replaceWith(this.handChoices = this.jurorCheckboxes());
  }

  // ---------------------------------------------------------------------------------------------- dossiers

  dossiersSection() {
    const section = el('section', { class: 'panel', 'aria-labelledby': 'dossiers-title' },
      el('h2', { id: 'dossiers-title' }, t('assign.dossiers.title')));
    if (!this.dossiers.length) {
      section.append(el('p', {}, t('assign.dossiers.none')));
      return section;
    }
    const conflicts = this.dossiers.reduce((n, d) => n + d.jurors.filter((j) => j.state === 'conflict').length, 0);
    if (conflicts) section.append(el('p', { class: 'notice notice-warning', id: 'conflicts-note' }, t('assign.conflicts', { n: conflicts })));
    const all = el('input', { type: 'checkbox', id: 'select-all', 'aria-label': t('assign.selectAll') });
    const boxes = this.dossiers.map((dossier) => {
      const box = el('input', {
        type: 'checkbox', class: 'select-dossier', value: dossier.id,
        'aria-label': t('assign.select.label', { name: `${dossier.receiptNumber} ${dossier.organisation}` }),
      });
      box.addEventListener('change', () => {
        if (box.checked) this.selected.add(dossier.id); else this.selected.delete(dossier.id);
        all.checked = this.selected.size === this.dossiers.length;
        this.updateSubmitLabel();
      });
      return box;
    });
    all.addEventListener('change', () => {
      boxes.forEach((box) => {
        box.checked = all.checked;
        if (all.checked) this.selected.add(box.value); else this.selected.delete(box.value);
      });
      this.updateSubmitLabel();
    });
    section.append(scrollingTable(el('table', { class: 'data', id: 'assignments-table' },
      el('caption', { class: 'visually-hidden' }, t('assign.dossiers.caption')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, all),
        ...['assign.receipt', 'assign.organisation', 'assign.project', 'assign.jurorsOf'].map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, this.dossiers.map((dossier, i) => el('tr', { dataset: { candidacy: dossier.id } },
        el('td', {}, boxes[i]),
        el('td', {}, dossier.receiptNumber || '—'),
        el('td', {}, el('a', { href: `dossier.html?campaign=${encodeURIComponent(this.campaign.id)}&id=${encodeURIComponent(dossier.id)}` }, dossier.organisation)),
        el('td', {}, dossier.projectTitle || '—'),
        el('td', { class: 'jurors-cell' }, dossier.jurors.length
          ? el('ul', { class: 'chips' }, dossier.jurors.map((juror) => el('li', {},
            badge(STATE_BADGE[juror.state] || 'draft', `${juror.jurorId} · ${t(`assign.state.${juror.state}`)}`))))
          : t('assign.noJuror'))))))));
    return section;
  }

  // ---------------------------------------------------------------------------------------------- action

  actionSection() {
    const panels = this.plan?.panels || [];
    const byPanel = el('input', { type: 'radio', name: 'mode', id: 'mode-panel', value: 'panel', checked: panels.length > 0, disabled: !panels.length });
    const byHand = el('input', { type: 'radio', name: 'mode', id: 'mode-hand', value: 'hand', checked: !panels.length });
    this.panelSelect = el('select', { id: 'assign-panel' }, panels.map((panel) => el('option', { value: panel.id },
      t('assign.panel.option', { id: panel.id, room: panel.room, jurors: panel.jurors.map((j) => j.id).join(', ') }))));
    this.handChoices = this.jurorCheckboxes();
    this.otherIds = el('input', { type: 'text', id: 'assign-other-ids', autocomplete: 'off', spellcheck: 'false' });
    this.replace = el('input', { type: 'checkbox', id: 'assign-replace' });
    this.submit = el('button', { type: 'submit', class: 'button', id: 'assign-submit' });
    this.updateSubmitLabel();
    const form = el('form', { id: 'assign-form', novalidate: true },
      el('fieldset', { class: 'field radios' }, el('legend', {}, t('assign.mode')),
        el('div', { class: 'radio' }, byPanel, el('label', { for: 'mode-panel' }, t('assign.mode.panel'))),
        el('div', { class: 'radio' }, byHand, el('label', { for: 'mode-hand' }, t('assign.mode.hand')))),
      panels.length
        ? el('div', { class: 'field' }, el('label', { for: 'assign-panel' }, t('assign.panel')), this.panelSelect)
        : el('p', { class: 'hint' }, t('assign.panel.none')),
      el('fieldset', { class: 'field' }, el('legend', {}, t('assign.hand')), this.handChoices,
        el('label', { for: 'assign-other-ids' }, t('assign.hand.others')), this.otherIds),
      el('div', { class: 'field checkbox-field' }, this.replace, el('label', { for: 'assign-replace' }, t('assign.replace'))),
      el('div', { class: 'actions' }, this.submit));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.assign(form.elements.mode.value);
    });
    return el('section', { class: 'panel', 'aria-labelledby': 'assign-title' },
      el('h2', { id: 'assign-title' }, t('assign.action.title')), this.actionRefusal, form, this.actionStatus);
  }

  jurorCheckboxes() {
    const jurors = knownJurors(this.campaign.id, this.plan);
    return el('ul', { class: 'checkbox-list', id: 'assign-jurors' }, jurors.map((juror, i) => el('li', {},
      el('input', { type: 'checkbox', id: `hand-juror-${i}`, value: juror.id, class: 'hand-juror' }),
      el('label', { for: `hand-juror-${i}` }, jurorLabel(juror)))));
  }

  updateSubmitLabel() {
    if (this.submit) this.submit.textContent = t('assign.submit', { n: formatNumber(this.selected.size) });
  }

  chosenJurors(mode) {
    if (mode === 'panel') {
      const panel = (this.plan?.panels || []).find((p) => p.id === this.panelSelect.value);
      return panel ? panel.jurors.map((j) => j.id) : [];
    }
    const ticked = [...this.handChoices.querySelectorAll('input:checked')].map((box) => box.value);
    const typed = this.otherIds.value.split(/[,;\s]+/).map((id) => id.trim()).filter(Boolean);
    return [...new Set([...ticked, ...typed])];
  }

  async assign(mode) {
    this.actionRefusal.hidden = true;
    showStatus(this.actionStatus, '');
    const chosen = this.chosenJurors(mode);
    const targets = this.dossiers.filter((d) => this.selected.has(d.id));
    if (!targets.length || !chosen.length) {
      showStatus(this.actionStatus, t(targets.length ? 'assign.noJurorChosen' : 'assign.nothingSelected'), 'warning');
      return;
    }
    this.submit.disabled = true;
    const outcomes = await inBatches(targets.map((dossier) => async () => {
      const current = dossier.jurors.map((j) => j.jurorId);
      const jurorIds = this.replace.checked ? chosen : [...new Set([...current, ...chosen])];
      try {
        const answer = await staffApi(`/admin/candidacies/${encodeURIComponent(dossier.id)}/jurors`, { method: 'PUT', body: { jurorIds } });
        dossier.jurors = answer.data.jurors;
        return null;
      } catch (error) {
        return { dossier, error };
      }
    }));
    this.submit.disabled = false;
    const failures = outcomes.filter(Boolean);
    const section = document.getElementById('dossiers-title').closest('section');
    section.replaceWith(this.dossiersSection());
    this.selected.clear();
    this.updateSubmitLabel();
    const done = targets.length - failures.length;
    if (failures.length) {
      const error = failures[0].error;
      showRefusal(this.actionRefusal, Object.assign(error, { message: t('assign.partial'),
        fields: failures.map((f) => ({ field: f.dossier.id, message: t('assign.failed', { organisation: f.dossier.organisation, message: f.error.message }) })) }));
    }
    if (done) showStatus(this.actionStatus, t('assign.done', { n: done }), 'success');
  }
}
