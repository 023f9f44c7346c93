// The docs page: its own few strings in French or English (the language the other pages remember), then Swagger UI
// on the contract. Swagger UI styles itself from its stylesheet (no injected <style>), so the page keeps the site's
// Content-Security-Policy (style-src 'self'); Redoc's styled-components cannot run under it.
import { lang, setLang } from '../app.js';

const STRINGS = {
  fr: {
    service: 'Candidatures – API',
    switch: 'English',
    title: 'Le contrat de l’API',
    intro: 'Toutes les routes de l’API des appels à candidatures : les paramètres, les corps, les réponses et leurs codes d’erreur stables. Les candidats s’identifient avec le jeton d’accès de leur dossier, les organisateurs et les jurés avec le jeton de leur compte. Les tests vérifient chaque réponse contre ce contrat.',
    download: 'Télécharger le contrat (OpenAPI 3.1, YAML)',
    page: 'API',
  },
  en: {
    service: 'Candidatures – API',
    switch: 'Français',
    title: 'The API contract',
    intro: 'Every route of the API of the calls for applications: parameters, bodies, responses and their stable error codes. Applicants authenticate with their dossier’s access token, organisers and jurors with their account’s token. The tests check every response against this contract. The reference below is written in French.',
    download: 'Download the contract (OpenAPI 3.1, YAML)',
    page: 'API',
  },
};

function render() {
  const table = STRINGS[lang()];
  document.documentElement.lang = lang();
  document.querySelectorAll('[data-docs]').forEach((node) => {
    node.textContent = table[node.dataset.docs];
  });
  document.getElementById('docs-lang-toggle').lang = lang() === 'en' ? 'fr' : 'en';
  document.title = `${table.page} – Les Interconnectés`;
}

document.getElementById('docs-lang-toggle').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'fr' : 'en');
  render();
});
render();

// read-only: the reference explains the API, it does not send requests from the page
window.SwaggerUIBundle({
  url: '/docs/openapi.yaml',
  dom_id: '#api-reference',
  deepLinking: true,
  supportedSubmitMethods: [],
  defaultModelsExpandDepth: 0,
});
