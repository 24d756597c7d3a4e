/**
 * Article metadata beyond what Readability returns, and its normalisation to the contract:
 * ISO dates, `dir` from the page or the language, absolute lead image, plain-text byline.
 */
import { type HeadIndex, metaContent } from './head-index';
import { isArticleEntity, jsonLdString } from './jsonld';

export function plainText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** An ISO 8601 date(-time) for `raw`, keeping the page's own offset when it already is ISO. */
export function isoDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (ISO_LIKE.test(value)) {
    const withTime = /[T ]\d{2}:/i.test(value);
    const iso = withTime
      ? value
          .replace(' ', 'T')
          .replace(',', '.')
          .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
          .replace(/(T[\d:.]+[+-]\d{2})$/, '$1:00')
      : value;
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = Number(value) * (value.length === 10 ? 1000 : 1);
    return new Date(ms).toISOString();
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** `datetime` of the first <time> that says it is the publication date, else the first inside <article>. */
function publishedTimeElement(doc: Document): string | null {
  let inArticle: string | null = null;
  for (const time of Array.from(doc.getElementsByTagName('time'))) {
    const datetime = time.getAttribute('datetime');
    if (!datetime) continue;
    if (time.getAttribute('itemprop') === 'datePublished' || time.hasAttribute('pubdate')) return datetime;
    if (inArticle === null) {
      for (let p = time.parentElement; p; p = p.parentElement) {
        if (p.tagName.toUpperCase() === 'ARTICLE') {
          inArticle = datetime;
          break;
        }
      }
    }
  }
  return inArticle;
}

export function publishedTime(
  doc: Document,
  head: HeadIndex,
  readabilityValue: string | null | undefined,
): string | null {
  const candidates = [
    readabilityValue,
    metaContent(head, 'article:published_time', 'datePublished', 'og:published_time', 'article.published'),
    metaContent(head, 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dcterms.created', 'sailthru.date'),
  ];
  for (const candidate of candidates) {
    const iso = isoDate(candidate);
    if (iso) return iso;
  }
  return isoDate(publishedTimeElement(doc));
}

export function pageLang(doc: Document, head: HeadIndex, readabilityValue: string | null | undefined): string | null {
  const og = metaContent(head, 'og:locale')?.replace('_', '-');
  const httpEquiv = plainText(head.httpEquiv.get('content-language'));
  return plainText(readabilityValue) ?? plainText(doc.body?.getAttribute('lang')) ?? httpEquiv ?? og ?? null;
}

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);

export function pageDir(
  doc: Document,
  readabilityValue: string | null | undefined,
  lang: string | null,
): 'ltr' | 'rtl' | null {
  for (const raw of [readabilityValue, doc.body?.getAttribute('dir'), doc.documentElement?.getAttribute('dir')]) {
    const dir = raw?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary && RTL_LANGS.has(primary) ? 'rtl' : null;
}

export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function leadImageUrl(head: HeadIndex, content: Element | null, baseUrl: string): string | null {
  const article = head.jsonLd.find(isArticleEntity);
  const candidates = [
    metaContent(head, 'og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src'),
    article ? jsonLdString(article.node, 'image') : null,
    head.links.get('image_src'),
  ];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, baseUrl);
    if (url) return url;
  }
  for (const img of Array.from(content?.getElementsByTagName('img') ?? []).slice(0, 10)) {
    const url = absoluteHttpUrl(img.getAttribute('src'), baseUrl);
    if (url) return url;
  }
  return null;
}

const BYLINE_PREFIX = /^(?:by|von|par|por|di|door|av|af|от|автор)\s*:?\s+/i;

export function cleanByline(raw: string | null | undefined): string | null {
  const text = plainText(raw)?.replace(BYLINE_PREFIX, '');
  if (!text || /^https?:\/\//i.test(text)) return null;
  return text;
}
