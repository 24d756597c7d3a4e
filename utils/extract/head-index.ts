/**
 * One pass over the page's <meta>, <link>, <base> and JSON-LD scripts, kept in maps. Attribute
 * selectors (`meta[property="og:type" i]`) scan the whole document on every call and are very slow
 * in jsdom's selector engine; `getElementsByTagName` is cheap everywhere.
 */
import { type JsonLdEntity, readJsonLdScripts } from './jsonld';

export interface HeadIndex {
  /** `content` by lower-cased `property`, `name` or `itemprop` (first one wins). */
  meta: Map<string, string>;
  /** `content` by lower-cased `http-equiv`. */
  httpEquiv: Map<string, string>;
  /** `href` by each lower-cased `rel` token (first one wins). */
  links: Map<string, string>;
  baseHref: string | null;
  jsonLd: JsonLdEntity[];
}

export function indexHead(doc: Document): HeadIndex {
  const meta = new Map<string, string>();
  const httpEquiv = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
    const equiv = el.getAttribute('http-equiv')?.trim().toLowerCase();
    if (equiv && !httpEquiv.has(equiv)) httpEquiv.set(equiv, content);
  }
  const links = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('link'))) {
    const href = el.getAttribute('href')?.trim();
    if (!href) continue;
    for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) {
      if (rel && !links.has(rel)) links.set(rel, href);
    }
  }
  const base = doc.getElementsByTagName('base')[0]?.getAttribute('href')?.trim() || null;
  const scripts = Array.from(doc.getElementsByTagName('script')).filter(
    (s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
  return { meta, httpEquiv, links, baseHref: base, jsonLd: readJsonLdScripts(scripts) };
}

/** The first non-empty `content` among meta names, whitespace collapsed. */
export function metaContent(head: HeadIndex, ...names: string[]): string | null {
  for (const name of names) {
    const value = head.meta.get(name.toLowerCase())?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}
