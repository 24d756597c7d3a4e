/**
 * The last step before an article that did not come from this run's extraction (an imported file, an
 * undo) is stored: its content goes through the one sanitiser, and an article without text gets the
 * text of its (sanitised) content, so that it can be searched, counted and timed.
 */
import { blockText, measureText } from '../extract/text';
import { sanitizeHtml } from '../sanitize';
import type { ImportedArticle } from './validate-import';

export function sanitizeImported<T extends ImportedArticle>(record: T): T {
  const contentHtml = sanitizeHtml(record.contentHtml, { baseUrl: record.url });
  if (record.textContent.trim() || !contentHtml) return { ...record, contentHtml };
  const textContent = blockText(new DOMParser().parseFromString(contentHtml, 'text/html').body);
  const { wordCount, readingMinutes } = measureText(textContent);
  return { ...record, contentHtml, textContent, wordCount, readingMinutes };
}
