import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../site');

/** Where the e2e server serves the page below. */
export const HOSTILE_FORM_ARTICLE = '/generated/hostile-form-article.html';

/** The controls' names: the DOM's tree getters, which in Chromium they shadow on their form. */
const SHADOWED_GETTERS = ['parentNode', 'nextSibling', 'firstChild', 'nextElementSibling', 'parentElement'];

/**
 * The e2e site's article with a search form in its header whose controls are named after the DOM's
 * tree getters: in Chromium `form.parentNode` is then the first input, and a walk that reads it
 * goes round in circles. (An image named `firstElementChild` shadows that one too.)
 */
export function hostileFormArticle(): string {
  const controls = SHADOWED_GETTERS.map((name) => `<input name="${name}" type="hidden">`).join('');
  const form = `<form class="search" action="/search">${controls}<img name="firstElementChild" alt=""><button>Go</button></form>`;
  return readFileSync(path.join(SITE, 'article.html'), 'utf8').replace('</header>', `${form}</header>`);
}
