import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STYLE_HEAVY } from '../../../utils/reader/snapshot-parser';

const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../site');

/** Where the e2e server serves the page below. */
export const STYLED_ARTICLE = '/generated/styled-article.html';

/** Styled elements in the footer below: enough to make the snapshot style-heavy, as real pages built by script frameworks are. */
export const STYLED_ELEMENTS = STYLE_HEAVY + 100;

/**
 * The e2e site's article with inline styles on its paragraphs and a footer of styled elements: the
 * markup whose every `style="…"` once cost a CSP violation report when a view parsed the snapshot.
 */
export function styledArticle(): string {
  const styled = Array.from(
    { length: STYLED_ELEMENTS },
    (_, i) => `<span style="color: rgb(${i % 256}, 0, 0)"></span>`,
  );
  return readFileSync(path.join(SITE, 'article.html'), 'utf8')
    .replace(/<p>/g, '<p style="line-height: 1.5">')
    .replace('</body>', `<footer>${styled.join('')}</footer></body>`);
}
