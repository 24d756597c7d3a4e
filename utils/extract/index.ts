/**
 * The pure extraction core: detection, then Readability on a decluttered working copy, then
 * sanitising. No `browser.*` and no globals beyond the given document (and the window that
 * DOMPurify binds to: the document's own, or the global one in an extension page, where
 * DOMParser documents have no `defaultView`). The given document is never changed: all work,
 * detection included, happens on a clone whose forms are made inert first (./disarm-forms).
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../sanitize';
import { canonicalUrl } from './canonical-url';
import { declutterDocument, takeMarkers } from './declutter';
import { removeAuthorTagline } from './declutter/author-tagline';
import { collectBlocks, type PageBlocks } from './declutter/block-stats';
import { isHeaderLine, removeHeaderDuplicates } from './declutter/header-duplicates';
import { placeStandfirst } from './declutter/rescue';
import { detectArticle, structuralVerdict } from './detect';
import { disarmForms } from './disarm-forms';
import { KEEP_EMBEDS, replaceEmbeds } from './embeds';
import { type HeadIndex, indexHead, metaContent } from './head-index';
import { isArticleEntity, jsonLdString } from './jsonld';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, measureDocument } from './limits';
import { linearizeMath } from './math-fallback';
import { FAILURE_MESSAGES } from './messages';
import { absoluteHttpUrl, cleanByline, leadImageUrl, pageDir, pageLang, plainText, publishedTime } from './metadata';
import { blockText, measureText } from './text';
import { PageTextCounter } from './text-stats';
import type { Detection, ExtractOptions, ExtractResult, FailureReason, RemovedBlock, RemovedKind } from './types';
import { hasDescendant } from './walk';

export { detectArticle } from './detect';
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS } from './limits';
export { DETECTION_SIGNAL_CODES, DETECTION_SIGNAL_TEMPLATES, describeSignal } from './signals';
export type * from './types';

/** Detection signals that refuse a document outright, and the failure they mean. */
const REFUSALS: Record<string, FailureReason> = {
  not_html: 'unsupported',
  frameset: 'unsupported',
  no_body: 'empty',
  empty_page: 'empty',
  too_many_elements: 'too-large',
  too_deep: 'too-large',
};

const UNKNOWN: Detection = { readerable: false, score: 0, reasons: [], signals: [] };

function fail(reason: FailureReason, detection: Detection): ExtractResult {
  return { ok: false, reason, message: FAILURE_MESSAGES[reason], detection };
}

type Mark = (phase: string) => void;

/** Adds the time since the previous mark to `phase` (a no-op without a profile). */
function phaseTimer(profile: ExtractOptions['profile']): Mark {
  if (!profile) return () => {};
  let last = profile.now();
  return (phase) => {
    const now = profile.now();
    profile.phases[phase] = (profile.phases[phase] ?? 0) + now - last;
    last = now;
  };
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  let detection = UNKNOWN;
  const mark = phaseTimer(options.profile);
  try {
    const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    // Counted natively: no walk over the page, whose forms may clobber the properties walks read.
    const count = doc.getElementsByTagName('*').length;
    if (count > maxElements) {
      const size = { elements: count, depth: 0, exceeded: 'elements' } as const;
      detection = detectArticle(doc, url, { maxElements, maxDepth, size });
      return fail('too-large', detection);
    }
    // The working copy: everything below reads and changes only it, never the given document. Its
    // forms become divs first, before any walk (./disarm-forms).
    const work = doc.cloneNode(true) as Document;
    disarmForms(work);
    mark('clone');
    const size = measureDocument(work, maxElements, maxDepth);
    const head = size.exceeded ? undefined : indexHead(work);
    const limits = { maxElements, maxDepth, size, head };
    // One walk over the body gathers both decluttering's block statistics and detection's text
    // statistics (documents that detection refuses on their structure alone are not walked).
    const refused = structuralVerdict(work, size, limits);
    const counter = new PageTextCounter();
    const blocks = refused ? undefined : collectBlocks(work.body!, counter);
    mark('declutter');
    detection = refused ?? detectArticle(work, url, { ...limits, stats: counter.stats });
    const refusal = detection.signals.length === 1 ? REFUSALS[detection.signals[0]!.code] : undefined;
    if (refusal) return fail(refusal, detection);
    if (!detection.readerable && !options.force) return fail('not-readerable', detection);
    mark('detect');
    return extract(doc, work, url, detection, head ?? indexHead(work), mark, blocks);
  } catch {
    return fail('error', detection);
  }
}

/** The base relative links resolve against: the page's `<base href>` (itself relative to the page URL) or the URL. */
function effectiveBase(head: HeadIndex, url: string): string {
  return absoluteHttpUrl(head.baseHref, url) ?? url;
}

/**
 * Makes Readability resolve relative URLs against the page, not against the extension page that
 * parsed the snapshot. A `<base>` element cannot do it in the browser: a DOMParser document inherits
 * the extension page's CSP, whose `base-uri 'none'` makes Chromium ignore it, so root-relative images
 * and links came out as `chrome-extension://` URLs (and were then dropped). Readability reads
 * `baseURI` and `documentURI` (to keep `#fragment` links in-page), so the working copy gets the
 * page's values as its own properties.
 */
function pinBase(work: Document, base: string, url: string): void {
  if (!absoluteHttpUrl(base, base)) return;
  Object.defineProperty(work, 'baseURI', { value: base, configurable: true });
  Object.defineProperty(work, 'documentURI', { value: url, configurable: true });
}

type PendingBlock = Omit<RemovedBlock, 'html'> & { source: string };

/**
 * Sanitises the removed blocks in one call (one parse instead of one per block): each block in its
 * own <section>, then each section's inner HTML. A fixed point of the whole is a concatenation of
 * the sections' serialisations, so each block's HTML is what the sanitiser produced for it.
 */
function sanitizeBlocks(sources: string[], work: Document, options: { baseUrl: string; window?: Window }): string[] {
  const clean = sanitizeHtml(sources.map((source) => `<section>${source}</section>`).join(''), options);
  const holder = work.createElement('template');
  holder.innerHTML = clean;
  const sections = Array.from(holder.content.children);
  // Should the parser ever regroup the sections, fall back to one call per block.
  const aligned =
    sections.length === sources.length && sections.every((section) => section.tagName.toUpperCase() === 'SECTION');
  return aligned
    ? sections.map((section) => section.innerHTML)
    : sources.map((source) => sanitizeHtml(source, options));
}

/**
 * The removed blocks, with `html` computed on first read: a view needs it only when the user
 * restores a block, and a removed comment thread can cost as much to sanitise as the article.
 * The property is an ordinary enumerable string to every reader (JSON, structured clone, tests).
 */
function removedBlocks(blocks: PendingBlock[], work: Document, options: { baseUrl: string; window?: Window }) {
  let html: string[] | null = null;
  const all = () => {
    html ??= sanitizeBlocks(
      blocks.map((b) => b.source),
      work,
      options,
    );
    return html;
  };
  return blocks.map(({ source: _source, ...block }, i): RemovedBlock => {
    const removed = { ...block } as RemovedBlock;
    Object.defineProperty(removed, 'html', { get: () => all()[i]!, enumerable: true, configurable: true });
    return removed;
  });
}

function extract(
  doc: Document,
  work: Document,
  url: string,
  detection: Detection,
  head: HeadIndex,
  mark: Mark,
  blocks: PageBlocks | undefined,
): ExtractResult {
  const base = effectiveBase(head, url);
  pinBase(work, base, url);
  const { cut, standfirst } = declutterDocument(work, base, blocks);
  mark('declutter');
  const parsed = new Readability<Element>(work, { serializer: (node) => node as Element, ...KEEP_EMBEDS }).parse();
  mark('readability');
  const content = parsed?.content;
  if (!parsed || !content) return fail('empty', detection);

  const title = plainText(parsed.title) ?? plainText(doc.title) ?? metaContent(head, 'og:title') ?? '';
  const byline = cleanByline(parsed.byline);
  const facts = { title, byline };
  const duplicates = removeHeaderDuplicates(content, facts);
  const taglines = removeAuthorTagline(content, byline);
  if (standfirst && !isHeaderLine(standfirst.textContent ?? '', facts)) {
    placeStandfirst(content, standfirst, content.textContent ?? '');
  }
  const inArticle = takeMarkers(content);
  linearizeMath(content);
  replaceEmbeds(content, base);
  const lead = leadImageUrl(head, content, base);

  mark('post');
  const sanitizeOptions = { baseUrl: base, window: doc.defaultView ?? undefined };
  // Serialised, not handed over as a node: Readability's tree is one the HTML parser never builds
  // (it retags divs holding headings as <p>), so the sanitiser's output from that tree would not be
  // a fixed point and would be sanitised again, two or three times. Parsed from the string, the first
  // pass usually is one; in Chromium the round trip costs a fraction of one DOMPurify pass.
  const contentHtml = sanitizeHtml(content.innerHTML, sanitizeOptions);
  mark('sanitize');
  // Text of the article as sanitised (blockText skips what the sanitiser drops with its content).
  const textContent = blockText(content);
  if (!textContent && !hasDescendant(content, ['img', 'picture', 'video', 'audio'])) {
    return fail('empty', detection);
  }

  const postBlock =
    (kind: RemovedKind) =>
    (el: Element): PendingBlock => ({
      kind,
      heading: plainText(el.textContent)?.slice(0, 200) ?? '',
      textLength: plainText(el.textContent)?.length ?? 0,
      linkCount: el.getElementsByTagName('a').length,
      source: el.outerHTML,
    });
  const removed = removedBlocks(
    [
      ...duplicates.map(postBlock('header-duplicate')),
      ...cut
        .filter((block) => inArticle.has(block.id))
        .map(({ kind, heading, textLength, linkCount, nodes }) => ({
          kind,
          heading,
          textLength,
          linkCount,
          source: nodes.map((n) => n.outerHTML).join(''),
        })),
      ...taglines.map(postBlock('author-box')),
    ],
    work,
    sanitizeOptions,
  );

  const lang = pageLang(doc, head, parsed.lang);
  const article = head.jsonLd.find(isArticleEntity);
  const { wordCount, readingMinutes } = measureText(textContent);
  mark('finish');
  return {
    ok: true,
    detection,
    removed,
    article: {
      title,
      byline,
      siteName:
        plainText(parsed.siteName) ??
        metaContent(head, 'application-name') ??
        (article ? plainText(jsonLdString(article.node, 'publisher')) : null),
      publishedTime: publishedTime(doc, head, parsed.publishedTime),
      lang,
      dir: pageDir(doc, parsed.dir, lang),
      excerpt: plainText(parsed.excerpt),
      leadImageUrl: lead,
      url: canonicalUrl(head, url),
      contentHtml,
      textContent,
      wordCount,
      readingMinutes,
    },
  };
}
