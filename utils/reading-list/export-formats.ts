/**
 * The three export files, built from saved articles (pure apart from the DOM the sanitiser and the
 * Markdown converter parse with; no database here, see ./backup.ts):
 * - json: the backup that `importLibrary` reads back, full records;
 * - markdown: one `.md` file, articles separated by `---`;
 * - html: one self-contained page that reads offline: a strict CSP (no scripts at all), no referrer,
 *   a table of contents, every article's content sanitised again at this boundary and every piece of
 *   metadata written as escaped text.
 * The few words the files carry themselves (labels) are the caller's, English by default.
 */
import { htmlToMarkdown } from '../reader/markdown';
import { safeLang, sanitizeHtml, webUrl } from '../sanitize';
import type { SavedArticle } from './db';
import type { ExportFile, ExportFormat } from './library-types';

export const BACKUP_FORMAT = 'readside-reading-list';
export const BACKUP_VERSION = 1;

export interface ExportLabels {
  /** The HTML file's `lang`. */
  lang: string;
  documentTitle: string;
  contents: string;
  original: string;
  saved: string;
  tags: string;
}

export const DEFAULT_EXPORT_LABELS: ExportLabels = {
  lang: 'en',
  documentTitle: 'Readside reading list',
  contents: 'Contents',
  original: 'Original',
  saved: 'Saved',
  tags: 'Tags',
};

export const EXPORT_CSP =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const EXTENSION: Record<ExportFormat, string> = { json: 'json', markdown: 'md', html: 'html' };
const MIME: Record<ExportFormat, string> = { json: 'application/json', markdown: 'text/markdown', html: 'text/html' };

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time. */
export function localDate(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFilename(format: ExportFormat, now: number): string {
  return `readside-reading-list-${localDate(now)}.${EXTENSION[format]}`;
}

export function buildJsonExport(articles: readonly SavedArticle[], now: number): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Markdown-escapes text for inline use (a heading, the metadata line), on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function markdownArticle(article: SavedArticle, labels: ExportLabels): string {
  const meta: string[] = [];
  if (article.byline) meta.push(`_${escapeMarkdown(article.byline)}_`);
  if (article.siteName) meta.push(escapeMarkdown(article.siteName));
  const url = webUrl(article.url, null);
  if (url) meta.push(`<${url}>`);
  meta.push(`${escapeMarkdown(labels.saved)} ${localDate(article.savedAt)}`);
  if (article.tags.length) meta.push(`${escapeMarkdown(labels.tags)}: ${article.tags.map(escapeMarkdown).join(', ')}`);
  // The converter parses inertly and writes only text and safe URLs, so it needs no sanitising pass.
  const body = htmlToMarkdown(article.contentHtml, article.url);
  return [`# ${escapeMarkdown(article.title)}`, meta.join(' · '), body].filter(Boolean).join('\n\n');
}

export function buildMarkdownExport(
  articles: readonly SavedArticle[],
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): string {
  return `${articles.map((article) => markdownArticle(article, labels)).join('\n\n---\n\n')}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 4rem; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-family: system-ui, sans-serif; }
nav ol { padding-left: 1.5rem; }
main > article { border-top: 1px solid #8888; margin-top: 3rem; padding-top: 1rem; }
.meta { font: 0.9rem/1.4 system-ui, sans-serif; opacity: 0.8; }
img, video { max-width: 100%; height: auto; }
pre { overflow-x: auto; }
pre, code { font-size: 0.9em; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #8888; }
table { border-collapse: collapse; }
td, th { border: 1px solid #8888; padding: 0.25rem 0.5rem; }
`;

const anchor = (index: number) => `article-${index + 1}`;

function htmlArticle(article: SavedArticle, index: number, labels: ExportLabels): string {
  const lang = safeLang(article.lang);
  const dir = article.dir === 'ltr' || article.dir === 'rtl' ? article.dir : null;
  const attrs = `id="${anchor(index)}"${lang ? ` lang="${escapeHtml(lang)}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
  const meta: string[] = [];
  if (article.byline) meta.push(escapeHtml(article.byline));
  if (article.siteName) meta.push(escapeHtml(article.siteName));
  meta.push(`${escapeHtml(labels.saved)} ${localDate(article.savedAt)}`);
  if (article.tags.length) meta.push(`${escapeHtml(labels.tags)}: ${article.tags.map(escapeHtml).join(', ')}`);
  const url = webUrl(article.url, null);
  const link = url
    ? `\n<p class="meta"><a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(labels.original)}</a></p>`
    : '';
  const content = sanitizeHtml(article.contentHtml, { baseUrl: article.url });
  return `<article ${attrs}>
<header>
<h2>${escapeHtml(article.title)}</h2>
<p class="meta">${meta.join(' · ')}</p>${link}
</header>
${content}
</article>`;
}

export function buildHtmlExport(
  articles: readonly SavedArticle[],
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): string {
  const toc = articles
    .map((article, i) => `<li><a href="#${anchor(i)}">${escapeHtml(article.title)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(safeLang(labels.lang) ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(labels.documentTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(labels.documentTitle)}</h1>
<nav aria-labelledby="contents">
<h2 id="contents">${escapeHtml(labels.contents)}</h2>
<ol>
${toc}
</ol>
</nav>
<main>
${articles.map((article, i) => htmlArticle(article, i, labels)).join('\n')}
</main>
</body>
</html>
`;
}

/** The export file for `articles` (already in the order wanted). */
export function buildExport(
  format: ExportFormat,
  articles: readonly SavedArticle[],
  now: number,
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): ExportFile {
  const text =
    format === 'json'
      ? buildJsonExport(articles, now)
      : format === 'markdown'
        ? buildMarkdownExport(articles, labels)
        : buildHtmlExport(articles, labels);
  return { filename: exportFilename(format, now), mime: MIME[format], text, count: articles.length };
}
