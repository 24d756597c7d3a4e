/**
 * Search, filter and order the reading list, in memory and pure. Every term must occur (folded,
 * ./fold-text.ts) in some field: title, byline, site, excerpt, URL, tags or the article's text.
 * Substring matching, so scripts without spaces between words (CJK) are found too.
 */
import type { SavedArticle } from './db';
import { type FoldedBody, foldBody, foldText } from './fold-text';
import type { LibraryFilter, LibraryHit, LibraryQuery, LibrarySort, SavedArticleSummary } from './library-types';
import { parseSearchTerms } from './search-terms';
import { buildSnippet } from './snippet';
import { hasTag } from './tags';

/** What a term found in a field is worth; a hit's score is the sum, per term, of its best field. */
export const FIELD_WEIGHT = {
  title: 8,
  meta: 4,
  excerptOrUrl: 2,
  body: 1,
} as const;

export function toSummary(record: SavedArticle): SavedArticleSummary {
  const { contentHtml: _contentHtml, textContent: _textContent, ...summary } = record;
  return summary;
}

function passesFilter(record: SavedArticle, filter: LibraryFilter, tag: string | null): boolean {
  if (tag !== null && !hasTag(record.tags, tag)) return false;
  switch (filter) {
    case 'unread':
      return !record.archived;
    case 'archived':
      return record.archived;
    case 'favorites':
      return record.favorite;
    default:
      return true;
  }
}

const newestFirst = (a: SavedArticle, b: SavedArticle) =>
  b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function comparator(sort: LibrarySort): (a: SavedArticle, b: SavedArticle) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => -newestFirst(a, b);
    case 'shortest':
      return (a, b) => a.wordCount - b.wordCount || newestFirst(a, b);
    case 'longest':
      return (a, b) => b.wordCount - a.wordCount || newestFirst(a, b);
    default:
      return newestFirst;
  }
}

interface CachedBody {
  updatedAt: number;
  /** A cheap guard besides `updatedAt`, which only content refreshes change. */
  length: number;
  body: FoldedBody;
}

/**
 * Folded bodies by article id, kept while the article's `updatedAt` (and body length) stay the same,
 * so a query folds only what is new or refreshed. Every search drops the ids no longer in the list.
 */
const bodyCache = new Map<string, CachedBody>();

function foldedBody(record: SavedArticle): FoldedBody {
  const cached = bodyCache.get(record.id);
  if (cached && cached.updatedAt === record.updatedAt && cached.length === record.textContent.length) {
    return cached.body;
  }
  const body = foldBody(record.textContent);
  bodyCache.set(record.id, { updatedAt: record.updatedAt, length: record.textContent.length, body });
  return body;
}

function evictMissing(records: readonly SavedArticle[]): void {
  if (bodyCache.size === 0) return;
  const ids = new Set(records.map((record) => record.id));
  for (const id of bodyCache.keys()) {
    if (!ids.has(id)) bodyCache.delete(id);
  }
}

/** How many folded bodies are cached (for tests). */
export function foldCacheSizeForTests(): number {
  return bodyCache.size;
}

/** The folded fields other than the body, weighted. */
function weightedFields(record: SavedArticle): [number, string[]][] {
  const text = (value: string | null) => (value ? [foldText(value)] : []);
  return [
    [FIELD_WEIGHT.title, text(record.title)],
    [FIELD_WEIGHT.meta, [...record.tags.map(foldText), ...text(record.siteName), ...text(record.byline)]],
    [FIELD_WEIGHT.excerptOrUrl, [...text(record.excerpt), ...text(record.url)]],
  ];
}

interface Scored {
  record: SavedArticle;
  score: number;
  body: FoldedBody;
  bodyMatch: boolean;
}

/** The record's score for the terms, or null when some term occurs nowhere. */
function score(record: SavedArticle, terms: readonly string[]): Scored | null {
  const fields = weightedFields(record);
  const body = foldedBody(record);
  let total = 0;
  let bodyMatch = false;
  for (const term of terms) {
    const inBody = body.text.includes(term);
    bodyMatch ||= inBody;
    let best = inBody ? FIELD_WEIGHT.body : 0;
    for (const [weight, values] of fields) {
      if (weight > best && values.some((value) => value.includes(term))) best = weight;
    }
    if (best === 0) return null;
    total += best;
  }
  return { record, score: total, body, bodyMatch };
}

export function searchArticles(records: readonly SavedArticle[], query: LibraryQuery): LibraryHit[] {
  evictMissing(records);
  const candidates = records.filter((record) => passesFilter(record, query.filter, query.tag));
  const terms = parseSearchTerms(query.text);
  if (terms.length === 0) {
    return candidates.sort(comparator(query.sort)).map((record) => ({ article: toSummary(record), snippet: null }));
  }
  const hits: Scored[] = [];
  for (const record of candidates) {
    const scored = score(record, terms);
    if (scored) hits.push(scored);
  }
  hits.sort((a, b) => b.score - a.score || newestFirst(a.record, b.record));
  return hits.map(({ record, body, bodyMatch }) => ({
    article: toSummary(record),
    snippet: bodyMatch ? buildSnippet(record.textContent, body, terms) : null,
  }));
}
