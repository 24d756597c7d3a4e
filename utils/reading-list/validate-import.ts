/**
 * One record of an imported file, checked and repaired field by field, or rejected. Pure; the file
 * is hostile until proven otherwise. A record needs an http(s) `url` and a string `contentHtml`;
 * everything else has a safe default. The file's `id` is never used: identity is the URL.
 *
 * The content is NOT sanitised here (that needs a DOM): the caller sanitises every `contentHtml`
 * before it is stored (see ./backup.ts).
 */
import { measureText } from '../extract/text';
import { imageUrl, parseBase, safeLang } from '../sanitize';
import type { SavedArticle } from './db';
import { readingProgress } from './progress';
import { normalizeTags } from './tags';

export type ImportedArticle = Omit<SavedArticle, 'id'>;

export const MAX_URL_LENGTH = 8_192;
export const MAX_TITLE_LENGTH = 1_000;
export const MAX_META_LENGTH = 1_000;
export const MAX_PUBLISHED_TIME_LENGTH = 100;
export const MAX_EXCERPT_LENGTH = 10_000;
export const MAX_IMAGE_URL_LENGTH = 100_000;
/** Longer content is rejected (half an article is not the article); longer text is cut. */
export const MAX_CONTENT_LENGTH = 20 * 1024 * 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_CONTROLS = /[\t\n\r]/g;

/** At most `max` UTF-16 units of `text`, never half of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

/** Text kept as lines (excerpt, article text): control characters other than tab and line breaks dropped. */
function multiLine(value: unknown, max: number): string | null {
  return typeof value === 'string' ? cutText(value.replace(CONTROL_EXCEPT_LINES, ''), max) : null;
}

/** A one-line field (title, byline, ...): tabs and line breaks become spaces, other controls go. */
function oneLine(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = cutText(value.replace(LINE_CONTROLS, ' ').replace(CONTROL_EXCEPT_LINES, '').trim(), max).trim();
  return text || null;
}

/** An absolute http(s) URL, normalised by the URL parser, or null. */
export function importableUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
const flag = (value: unknown): boolean => (typeof value === 'boolean' ? value : false);

export function validateImportedRecord(raw: unknown, now: number): ImportedArticle | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const url = importableUrl(r.url);
  if (!url || typeof r.contentHtml !== 'string' || r.contentHtml.length > MAX_CONTENT_LENGTH) return null;
  const textContent = multiLine(r.textContent, MAX_CONTENT_LENGTH) ?? '';
  const wordCount = count(r.wordCount);
  const readingMinutes = count(r.readingMinutes);
  const measure = wordCount === null || readingMinutes === null ? measureText(textContent) : null;
  const leadImage = typeof r.leadImageUrl === 'string' && r.leadImageUrl.length <= MAX_IMAGE_URL_LENGTH;
  const savedAt = count(r.savedAt) ?? now;
  return {
    url,
    title: oneLine(r.title, MAX_TITLE_LENGTH) ?? new URL(url).host,
    byline: oneLine(r.byline, MAX_META_LENGTH),
    siteName: oneLine(r.siteName, MAX_META_LENGTH),
    publishedTime: oneLine(r.publishedTime, MAX_PUBLISHED_TIME_LENGTH),
    lang: safeLang(r.lang),
    dir: r.dir === 'ltr' || r.dir === 'rtl' ? r.dir : null,
    excerpt: multiLine(r.excerpt, MAX_EXCERPT_LENGTH)?.trim() || null,
    leadImageUrl: leadImage ? imageUrl(r.leadImageUrl as string, parseBase(url)) : null,
    contentHtml: r.contentHtml,
    textContent,
    wordCount: wordCount ?? measure?.wordCount ?? 0,
    readingMinutes: readingMinutes ?? measure?.readingMinutes ?? 0,
    savedAt,
    updatedAt: count(r.updatedAt) ?? savedAt,
    tags: Array.isArray(r.tags) ? normalizeTags(r.tags) : [],
    archived: flag(r.archived),
    favorite: flag(r.favorite),
    progress: readingProgress(r.progress),
  };
}

/** One record per URL: the most recently updated (the first of equals). */
export function newestPerUrl(records: readonly ImportedArticle[]): ImportedArticle[] {
  const byUrl = new Map<string, ImportedArticle>();
  for (const record of records) {
    const kept = byUrl.get(record.url);
    if (!kept || record.updatedAt > kept.updatedAt) byUrl.set(record.url, record);
  }
  return [...byUrl.values()];
}
