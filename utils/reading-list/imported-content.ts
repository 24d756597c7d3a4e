/**
 * The last step before an article that did not come from this run's extraction (an imported file, an
 * undo) is stored: its content goes through the one sanitiser, and an article without text gets the
 * text of its (sanitised) content, so that it can be searched, counted and timed (and, without an
 * excerpt, the start of that text as one, for the list).
 */
import { blockText, measureText } from '../extract/text';
import { sanitizeHtml } from '../sanitize';
import { cutText, type ImportedArticle } from './validate-import';

export function sanitizeImported<T extends ImportedArticle>(record: T): T {
  const contentHtml = sanitizeHtml(record.contentHtml, { baseUrl: record.url });
  if (record.textContent.trim() || !contentHtml) return { ...record, contentHtml };
  const textContent = blockText(new DOMParser().parseFromString(contentHtml, 'text/html').body);
  const { wordCount, readingMinutes } = measureText(textContent);
  const excerpt = record.excerpt ?? excerptOf(textContent);
  return { ...record, contentHtml, textContent, wordCount, readingMinutes, excerpt };
}

const EXCERPT_LENGTH = 200;

/** The text's first paragraph, cut at a word near EXCERPT_LENGTH characters. */
export function excerptOf(text: string): string | null {
  const first = text.trim().split(/\n+/)[0]?.trim() ?? '';
  if (first.length <= EXCERPT_LENGTH) return first || null;
  const cut = cutText(first, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
