// The application form, shared by apply.html (create) and dossier.html (edit): the fields of each track,
// building the inputs, reading them into the API body, filling them from a dossier.
import { el, t, fieldId, lang } from './app.js';

export const LABEL_KINDS = ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'];
export const STAGES = ['en_cours', 'realise'];

// level: 'save' = needed for a draft (marked "obligatoire"), 'submit' = needed to submit, 'optional'.
function sections(track) {
  const startup = track === 'startup';
  return [
    {
      id: 'applicant', legend: startup ? 'form.applicant.startup' : 'form.applicant',
      fields: [
        { path: 'applicant.organisation', label: 'form.organisation', level: 'save', max: 200, autocomplete: 'organization',
          hint: startup ? 'form.organisation.startup.hint' : 'form.organisation.label.hint' },
        startup ? null : { path: 'applicant.kind', label: 'form.kind', level: 'save', type: 'select',
          options: LABEL_KINDS.map((k) => ({ value: k, label: `kind.${k}` })) },
        { path: 'applicant.siren', label: 'form.siren', hint: 'form.siren.hint', level: 'submit', short: true,
          inputmode: 'numeric', max: 20, autocomplete: 'off' },
        { path: 'applicant.siret', label: 'form.siret', hint: 'form.siret.hint', level: 'optional', short: true,
          inputmode: 'numeric', max: 24, autocomplete: 'off' },
      ],
    },
    {
      id: 'contact', legend: 'form.contact', hint: 'form.contact.hint',
      fields: [
        { path: 'applicant.contact.name', label: 'form.contact.name', level: 'save', max: 120, autocomplete: 'name' },
        { path: 'applicant.contact.role', label: 'form.contact.role', level: 'submit', max: 120,
          autocomplete: 'organization-title' },
        { path: 'applicant.contact.email', label: 'form.contact.email', hint: 'form.contact.email.hint', level: 'save',
          type: 'email', max: 254, autocomplete: 'email' },
        { path: 'applicant.contact.phone', label: 'form.contact.phone', hint: 'form.contact.phone.hint', level: 'submit',
          type: 'tel', max: 30, autocomplete: 'tel', short: true },
      ],
    },
    {
      id: 'project', legend: startup ? 'form.project.startup' : 'form.project',
      fields: startup ? [
        { path: 'project.title', label: 'form.title.startup', level: 'save', max: 200 },
        { path: 'project.summary', label: 'form.summary', hint: 'form.summary.hint', level: 'submit', type: 'textarea', max: 1000, rows: 4 },
        { path: 'project.description', label: 'form.description', hint: 'form.description.hint', level: 'submit', type: 'textarea', max: 8000, rows: 8 },
        { path: 'project.website', label: 'form.website', hint: 'form.website.hint', level: 'submit', type: 'url', max: 2048,
          autocomplete: 'url' },
        { path: 'project.foundingYear', label: 'form.foundingYear', hint: 'form.foundingYear.hint', level: 'submit',
          type: 'year', short: true },
        { path: 'project.territorialUseCase', label: 'form.territorialUseCase', hint: 'form.territorialUseCase.hint',
          level: 'submit', type: 'textarea', max: 8000, rows: 6 },
      ] : [
        { path: 'project.title', label: 'form.title', level: 'save', max: 200 },
        { path: 'project.summary', label: 'form.summary', hint: 'form.summary.hint', level: 'submit', type: 'textarea', max: 1000, rows: 4 },
        { path: 'project.description', label: 'form.description', hint: 'form.description.hint', level: 'submit', type: 'textarea', max: 8000, rows: 8 },
        { path: 'project.stage', label: 'form.stage', level: 'submit', type: 'radio',
          options: STAGES.map((s) => ({ value: s, label: `stage.${s}` })) },
        { path: 'project.partners', label: 'form.partners', hint: 'form.partners.hint', level: 'submit', type: 'textarea', max: 8000, rows: 5 },
        { path: 'project.userInvolvement', label: 'form.userInvolvement', hint: 'form.userInvolvement.hint', level: 'submit', type: 'textarea', max: 8000, rows: 5 },
        { path: 'project.pooling', label: 'form.pooling', hint: 'form.pooling.hint', level: 'submit', type: 'textarea', max: 8000, rows: 5 },
        { path: 'project.returnOnInvestment', label: 'form.returnOnInvestment', hint: 'form.returnOnInvestment.hint', level: 'submit', type: 'textarea', max: 8000, rows: 5 },
      ],
    },
    {
      id: 'language', legend: null,
      fields: [
        { path: 'language', label: 'form.language', hint: 'form.language.hint', level: 'none', type: 'radio',
          options: [{ value: 'fr', label: 'form.language.fr' }, { value: 'en', label: 'form.language.en' }] },
      ],
    },
  ];
}

function allFields(track) {
  return sections(track).flatMap((s) => s.fields).filter(Boolean);
}

/** The label of a field path in the current language, for error summaries and the checklist. */
export function labelOf(track, path) {
  if (path === 'attachments') return t('files.title');
  const field = allFields(track).find((f) => f.path === path);
  return field ? t(field.label) : null;
}

/** A span whose text follows the language toggle. */
function i18n(key, attrs = {}) {
  return el('span', { ...attrs, 'data-i18n': key }, t(key));
}

function levelMark(level) {
  if (level === 'save') return i18n('form.required', { class: 'req' });
  if (level === 'submit') return i18n('form.forSubmit', { class: 'opt' });
  if (level === 'optional') return i18n('form.optional', { class: 'opt' });
  return null;
}

function label(field, id) {
  const mark = levelMark(field.level);
  return el('label', { for: id }, i18n(field.label), mark ? ' ' : null, mark ? el('span', { class: 'level' }, '(', mark, ')') : null);
}

function describedBy(field, id) {
  return [field.hint ? `${id}-hint` : null, `${id}-error`, field.max && field.type === 'textarea' ? `${id}-counter` : null]
    .filter(Boolean).join(' ');
}

function buildField(field) {
  const id = fieldId(field.path);
  const hint = field.hint ? el('p', { class: 'hint', id: `${id}-hint` }, i18n(field.hint)) : null;
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });

  if (field.type === 'radio') {
    const legendMark = levelMark(field.level);
    const group = el('fieldset', { class: 'field radios', id, 'aria-describedby': describedBy(field, id) },
      el('legend', {}, i18n(field.label), legendMark ? ' ' : null, legendMark ? el('span', { class: 'level' }, '(', legendMark, ')') : null),
      hint, error,
      field.options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return el('div', { class: 'radio' },
          el('input', { type: 'radio', id: optionId, name: field.path, value: option.value }),
          el('label', { for: optionId }, i18n(option.label)));
      }));
    return group;
  }

  let input;
  const common = { id, name: field.path, 'aria-describedby': describedBy(field, id) };
  if (field.level === 'save') common['aria-required'] = 'true';
  if (field.type === 'select') {
    input = el('select', common,
      el('option', { value: '', 'data-i18n': 'form.kind.choose' }, t('form.kind.choose')),
      field.options.map((o) => el('option', { value: o.value, 'data-i18n': o.label }, t(o.label))));
  } else if (field.type === 'textarea') {
    input = el('textarea', { ...common, rows: field.rows || 5, maxlength: field.max });
  } else if (field.type === 'year') {
    input = el('input', { ...common, type: 'text', inputmode: 'numeric', maxlength: 4, pattern: '[0-9]{4}',
      autocomplete: 'off', class: 'short' });
  } else {
    input = el('input', {
      ...common, type: field.type || 'text', maxlength: field.max, autocomplete: field.autocomplete,
      inputmode: field.inputmode, class: field.short ? 'short' : null,
      spellcheck: ['email', 'url'].includes(field.type) ? 'false' : null,
    });
  }
  let counter = null;
  if (field.type === 'textarea' && field.max) {
    counter = el('p', { class: 'counter', id: `${id}-counter` });
    const update = () => {
      counter.textContent = t('form.counter', { n: [...input.value].length, max: field.max });
    };
    input.addEventListener('input', update);
    input.addEventListener('refresh-counter', update);
    update();
  }
  return el('div', { class: 'field' }, label(field, id), hint, error, input, counter);
}

/** Builds the fieldsets of the form for a track into `form` (before its buttons). */
export function buildForm(form, track, before = null) {
  for (const section of sections(track)) {
    const fields = section.fields.filter(Boolean).map(buildField);
    const node = section.legend
      ? el('fieldset', { class: 'group', id: `group-${section.id}` },
        el('legend', {}, i18n(section.legend)),
        section.hint ? el('p', { class: 'hint' }, i18n(section.hint)) : null,
        fields)
      : el('div', { class: 'group plain', id: `group-${section.id}` }, fields);
    form.insertBefore(node, before);
  }
  setValue(form, 'language', lang());
}

function setValue(form, path, value) {
  const control = form.elements.namedItem(path);
  if (!control) return;
  const text = value === undefined || value === null ? '' : String(value);
  if (control instanceof RadioNodeList) {
    for (const radio of control) radio.checked = radio.value === text;
  } else {
    control.value = text;
    control.dispatchEvent(new Event('refresh-counter'));
  }
}

function getValue(form, path) {
  const control = form.elements.namedItem(path);
  if (!control) return '';
  return String(control.value ?? '').trim();
}

/** The value at a dotted path of a dossier ("applicant.contact.email"), or undefined. */
export function valueAt(object, path) {
  return path.split('.').reduce((current, key) => (current && typeof current === 'object' ? current[key] : undefined), object);
}

/** Puts a dossier's values (GET /candidacies/{id}) into the form. */
export function fillForm(form, track, dossier) {
  for (const field of allFields(track)) {
    setValue(form, field.path, valueAt(dossier, field.path));
  }
}

/** A field's value as the form holds it (trimmed text), from a dossier or from the form itself. */
function plain(value) {
  return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * Brings the form onto a newer version of the dossier (`server`) keeping the applicant's own edits, those made
 * since `base` (the version the form started from): a field edited here keeps what was typed, any other field
 * takes the server's value. Resolves to the labels of the fields changed on both sides differently (kept as
 * typed here), so that the page can say so.
 */
export function mergeForm(form, track, server, base) {
  const both = [];
  for (const field of allFields(track)) {
    const local = getValue(form, field.path);
    const before = plain(valueAt(base, field.path));
    const theirs = plain(valueAt(server, field.path));
    if (local !== before) {
      if (theirs !== before && theirs !== local) both.push(t(field.label));
    } else if (theirs !== local) {
      setValue(form, field.path, valueAt(server, field.path));
    }
  }
  return both;
}

/** Drops empty strings and empty objects, so that the API never gets "" for a field. */
function compact(object) {
  const result = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = compact(value);
      if (Object.keys(inner).length) result[key] = inner;
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** The body of create (POST) and full update (PUT), empty fields left out. */
export function readForm(form, track) {
  const v = (path) => getValue(form, path);
  const year = v('project.foundingYear');
  const project = track === 'startup'
    ? {
      title: v('project.title'),
      summary: v('project.summary'),
      description: v('project.description'),
      website: v('project.website'),
      foundingYear: /^\d{1,4}$/.test(year) ? Number(year) : year,
      territorialUseCase: v('project.territorialUseCase'),
    }
    : {
      title: v('project.title'),
      summary: v('project.summary'),
      description: v('project.description'),
      stage: v('project.stage'),
      partners: v('project.partners'),
      userInvolvement: v('project.userInvolvement'),
      pooling: v('project.pooling'),
      returnOnInvestment: v('project.returnOnInvestment'),
    };
  return compact({
    applicant: {
      organisation: v('applicant.organisation'),
      kind: track === 'startup' ? 'startup' : v('applicant.kind'),
      siren: v('applicant.siren'),
      siret: v('applicant.siret'),
      contact: {
        name: v('applicant.contact.name'),
        role: v('applicant.contact.role'),
        email: v('applicant.contact.email'),
        phone: v('applicant.contact.phone'),
      },
    },
    project,
    language: v('language') || lang(),
  });
}

/**
 * What the browser can tell before asking: the fields a draft needs, and a year in digits. The server
 * checks everything again (formats, lengths, SIREN keys…).
 */
export function checkDraft(body, track) {
  const errors = [];
  const required = ['applicant.organisation', 'applicant.kind', 'applicant.contact.name', 'applicant.contact.email', 'project.title'];
  for (const path of required) {
    if (valueAt(body, path) === undefined) errors.push({ field: path, code: 'required', message: t('error.required') });
  }
  const year = body.project?.foundingYear;
  if (track === 'startup' && year !== undefined && typeof year !== 'number') {
    errors.push({ field: 'project.foundingYear', code: 'wrong_type', message: t('error.year') });
  }
  return errors;
}

/** Read-only display: texts stay selectable, choices are disabled. */
export function setReadOnly(form, readOnly) {
  form.querySelectorAll('input, textarea, select').forEach((control) => {
    if (control.type === 'radio' || control.tagName === 'SELECT' || control.type === 'file') {
      control.disabled = readOnly;
    } else if (control.type !== 'hidden') {
      control.readOnly = readOnly;
    }
    if (control.tagName === 'TEXTAREA' && readOnly) {
      // read-only: as tall as the text, so the dossier reads without inner scrollbars
      control.style.height = '';
      control.style.height = `${Math.max(control.scrollHeight + 4, 48)}px`;
      control.dataset.autosized = 'true';
    } else if (control.tagName === 'TEXTAREA' && control.dataset.autosized) {
      control.style.height = '';
      delete control.dataset.autosized;
    }
  });
  form.classList.toggle('read-only', readOnly);
}
