/**
 * Cheap article detection, safe on every page: one walk over the body (./text-stats) plus Readability's
 * `isProbablyReaderable`, combined with metadata signals into a score and readable reasons.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { type HeadIndex, indexHead, metaContent } from './head-index';
import { isArticleEntity, isListingEntity } from './jsonld';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, type DocumentSize, measureDocument } from './limits';
import { describeSignal, signal } from './signals';
import { type PageTextStats, pageTextStats } from './text-stats';
import type { Detection, DetectionSignal } from './types';
import { tagOf } from './walk';

/** Below this many characters of running text in the best block, it is not an article. */
const MIN_RUNNING_CHARS = 400;
/** Sum of weights at which the score crosses 0.5. */
const THRESHOLD = 0.05;

/** Attribute-only visibility: avoids CSSOM work (slow in jsdom) for Readability's quick check. */
function visibleByAttributes(node: Node): boolean {
  const el = node as Element;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const style = el.getAttribute('style');
  return !style || !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const SEARCH_PATH = /\/(search|suche|recherche|busca|buscar|pesquisa|find|results?)(\/|$|\.)/i;
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'search_query', 'keyword', 'keywords', 'k', 'text', 'term'];
const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.(?:html?|php|aspx?))?$/i;

function urlSignals(url: string): DetectionSignal[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  if (!/^https?:$/.test(parsed.protocol)) return [];
  const hasSearchParam = SEARCH_PARAMS.some((p) => parsed.searchParams.get(p));
  if (SEARCH_PATH.test(parsed.pathname) || (hasSearchParam && parsed.pathname.length <= 12)) {
    return [signal('search_page_url', -0.45)];
  }
  if (HOME_PATH.test(parsed.pathname) && !hasSearchParam && !/[?&](p|id|article|story)=/.test(parsed.search)) {
    return [signal('home_page_url', -0.45)];
  }
  return [];
}

function metadataSignals(head: HeadIndex): DetectionSignal[] {
  const out: DetectionSignal[] = [];
  const entities = head.jsonLd;
  const article = entities.find(isArticleEntity);
  const listing = entities.find(isListingEntity);
  if (article) out.push(signal('structured_data_article', 0.3, article.types[0]));
  else if (listing) out.push(signal('structured_data_listing', -0.25, listing.types[0]));
  const ogType = metaContent(head, 'og:type')?.toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article')) out.push(signal('og_type_article', 0.15));
  else if (ogType) out.push(signal('og_type_other', ogType === 'website' ? -0.05 : -0.15, ogType));
  const published = metaContent(head, 'article:published_time', 'datePublished', 'parsely-pub-date', 'date', 'dc.date');
  if (published) out.push(signal('published_time', 0.1, published));
  return out;
}

function structureSignals(body: Element, stats: PageTextStats, readabilityPassed: boolean): DetectionSignal[] {
  const out: DetectionSignal[] = [];
  // Negative structure counts for less when there is a real block of running text.
  const muchText = stats.bestBlockChars >= 1500;
  if (stats.articleElements === 1) out.push(signal('article_element', 0.05));
  else if (stats.articleElements >= 4) {
    out.push(signal('many_article_elements', muchText ? -0.1 : -0.25, stats.articleElements));
  }

  if (stats.bestBlockChars >= MIN_RUNNING_CHARS) {
    const weight = Math.min(0.4, 0.1 + stats.bestBlockChars / 5000);
    out.push(signal('running_text', Math.round(weight * 100) / 100, stats.bestBlockParagraphs));
  } else {
    out.push(signal('little_running_text', readabilityPassed ? -0.15 : -0.35, stats.bestBlockChars));
  }
  const linkShare = stats.textChars > 0 ? stats.linkChars / stats.textChars : 0;
  if (stats.textChars > 200 && linkShare >= 0.5) {
    out.push(signal('link_heavy', linkShare >= 0.7 ? -0.35 : -0.2, Math.round(linkShare * 100)));
  }
  if (stats.formFields >= 6 && !muchText) out.push(signal('form_fields', -0.2, stats.formFields));

  const appEvidence: string[] = [];
  if (stats.applicationRole) appEvidence.push('role=application');
  if (stats.buttons >= 15 && stats.buttons * 40 > stats.textChars / 10) appEvidence.push(`${stats.buttons} buttons`);
  for (const noscript of Array.from(body.getElementsByTagName('noscript')).slice(0, 5)) {
    if (/enable javascript|javascript (is )?(required|disabled)|needs? javascript/i.test(noscript.textContent ?? '')) {
      appEvidence.push('needs JavaScript');
      break;
    }
  }
  if (appEvidence.length && stats.bestBlockChars < 800) out.push(signal('web_app', -0.35, appEvidence.join(', ')));
  return out;
}

function finish(signals: DetectionSignal[], hardNo = false): Detection {
  const sum = signals.reduce((acc, s) => acc + s.weight, 0);
  const score = hardNo ? 0 : 1 / (1 + Math.exp(-4 * (sum - THRESHOLD)));
  return {
    readerable: !hardNo && sum >= THRESHOLD,
    score: Math.round(score * 1000) / 1000,
    reasons: signals.map(describeSignal),
    signals,
  };
}

export interface DetectLimits {
  maxElements?: number;
  maxDepth?: number;
  /** A measurement already made by the caller, to avoid walking twice. */
  size?: DocumentSize;
  /** The head index, if the caller already built it. */
  head?: HeadIndex;
  /** The body's text statistics, if the caller's own walk already gathered them (./text-stats). */
  stats?: PageTextStats;
}

/** A verdict for documents we will not even look into (no body, frameset, over the limits). */
export function structuralVerdict(doc: Document, size: DocumentSize, limits: DetectLimits = {}): Detection | null {
  const root = doc.documentElement;
  if (!root || tagOf(root) !== 'HTML') return finish([signal('not_html', -1)], true);
  const body = doc.body;
  if (!body) return finish([signal('no_body', -1)], true);
  if (tagOf(body) === 'FRAMESET') return finish([signal('frameset', -1)], true);
  if (size.exceeded === 'elements') {
    return finish([signal('too_many_elements', -1, limits.maxElements ?? DEFAULT_MAX_ELEMENTS)], true);
  }
  if (size.exceeded === 'depth') return finish([signal('too_deep', -1, limits.maxDepth ?? DEFAULT_MAX_DEPTH)], true);
  return null;
}

export function detectArticle(doc: Document, url: string, limits: DetectLimits = {}): Detection {
  const size = limits.size ?? measureDocument(doc, limits.maxElements, limits.maxDepth);
  const refused = structuralVerdict(doc, size, limits);
  if (refused) return refused;
  const body = doc.body!;
  const stats = limits.stats ?? pageTextStats(body);
  if (stats.textChars === 0) return finish([signal('empty_page', -1)], true);

  const passed = isProbablyReaderable(doc, { visibilityChecker: visibleByAttributes });
  const signals: DetectionSignal[] = [
    passed ? signal('readability_check_passed', 0.3) : signal('readability_check_failed', -0.25),
    ...metadataSignals(limits.head ?? indexHead(doc)),
    ...structureSignals(body, stats, passed),
    ...urlSignals(url),
  ];
  return finish(signals);
}
