// GOV.UK Frontend's components, and the CSRF token on every htmx request. No inline script anywhere (CSP).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported');
initAll();

const token = document.querySelector('meta[name="_csrf"]');
const header = document.querySelector('meta[name="_csrf_header"]');
if (token && header) {
  document.body.addEventListener('htmx:configRequest', (event) => {
    event.detail.headers[header.content] = token.content;
  });
}
