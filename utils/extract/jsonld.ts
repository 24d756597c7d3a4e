/**
 * JSON-LD blocks of a page, flattened to typed nodes: handles arrays, `@graph`, nested
 * `mainEntity`/`mainEntityOfPage`, prefixed types ("schema:NewsArticle") and broken JSON.
 */

export type JsonLdNode = Record<string, unknown>;

export interface JsonLdEntity {
  /** Bare type names, e.g. ['NewsArticle']. */
  types: string[];
  node: JsonLdNode;
}

/** schema.org Article and its subtypes that mean "a page with a text to read". */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'SatiricalArticle',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'TechArticle',
  'APIReference',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'AdvertiserContentArticle',
  'Recipe',
]);

/** Types that describe a page of many things or an application rather than one text. */
const LISTING_TYPES = new Set([
  'SearchResultsPage',
  'CollectionPage',
  'ItemList',
  'ProfilePage',
  'WebApplication',
  'SoftwareApplication',
  'Product',
  'CheckoutPage',
]);

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NESTING = 6;

/** Entities of the given `<script type="application/ld+json">` elements. */
export function readJsonLdScripts(scripts: Element[]): JsonLdEntity[] {
  const entities: JsonLdEntity[] = [];
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_SCRIPT_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    collect(data, entities, 0);
  }
  return entities;
}

function collect(value: unknown, into: JsonLdEntity[], depth: number): void {
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  const types = typeNames(node['@type']);
  if (types.length) into.push({ types, node });
  if (node['@graph']) collect(node['@graph'], into, depth + 1);
  for (const key of ['mainEntity', 'mainEntityOfPage']) {
    const inner = node[key];
    if (inner && typeof inner === 'object') collect(inner, into, depth + 1);
  }
}

function typeNames(type: unknown): string[] {
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isArticleEntity(e: JsonLdEntity): boolean {
  return e.types.some((t) => ARTICLE_TYPES.has(t));
}

export function isListingEntity(e: JsonLdEntity): boolean {
  return e.types.some((t) => LISTING_TYPES.has(t));
}

/** First string found at `key` (string, {url}/{name}, or array of those). */
export function jsonLdString(node: JsonLdNode, key: string): string | null {
  return firstString(node[key]);
}

function firstString(value: unknown, depth = 0): string | null {
  if (depth > 3 || value == null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (typeof value === 'object') {
    const o = value as JsonLdNode;
    return firstString(o.url ?? o.contentUrl ?? o.name, depth + 1);
  }
  return null;
}
