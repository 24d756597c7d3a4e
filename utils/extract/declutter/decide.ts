/**
 * Decides which blocks of the working copy are furniture, from cached block sizes only.
 * Candidates are visited children first; a block that is cut out shrinks its ancestors, so a
 * wrapper of several widgets is judged on what is left of it, and each widget is reported alone.
 */
import { siteOf } from '../canonical-url';
import { boundedText } from '../text';
import type { RemovedKind } from '../types';
import { hasDescendant } from '../walk';
import {
  type BlockStats,
  contains,
  cutOut,
  type PageBlocks,
  RUNNING_PARAGRAPH_CHARS,
  remaining,
  type Sizes,
} from './block-stats';
import { hasEmailAddress, isRecommendationHeading, normaliseHeading } from './vocabulary';

export interface Decision {
  kind: RemovedKind;
  block: BlockStats;
  /** A heading just before the block that belongs to it ("<h2>Related</h2><ul>…"). */
  precedingHeading: Element | null;
  heading: string;
  /** Siblings right after the block that go with it: the link paragraphs a "Read more:" label introduces. */
  followers?: Element[];
}

interface Context {
  page: PageBlocks;
  protectedBlocks: Set<BlockStats>;
  linkSetCounts: Map<string, number>;
  pageSite: string | null;
}

const HEADING_TAG = /^H[1-6]$/;

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Counts link sets across blocks that do not nest (a list and its wrapper share one set). */
function countLinkSets(candidates: BlockStats[]): Map<string, number> {
  const holders = new Map<string, BlockStats[]>();
  for (const c of candidates) {
    if (!c.linkSet) continue;
    const list = holders.get(c.linkSet) ?? [];
    if (!list.some((other) => contains(c, other) || contains(other, c))) list.push(c);
    holders.set(c.linkSet, list);
  }
  return new Map([...holders].map(([key, list]) => [key, list.length]));
}

/** A short heading element right before `el` (skipping nothing): the title of a widget. */
function precedingHeadingOf(el: Element): Element | null {
  const prev = el.previousElementSibling;
  if (!prev) return null;
  const tag = prev.tagName.toUpperCase();
  const text = textOf(prev);
  if (!text || text.length > 100 || prev.getElementsByTagName('a').length > 1) return null;
  if (HEADING_TAG.test(tag) || prev.getAttribute('role') === 'heading') return prev;
  // "<p><strong>Read more:</strong></p>": only when its words say so.
  return text.length <= 60 && prev.children.length <= 2 && isRecommendationHeading(text) ? prev : null;
}

function density(s: Sizes): number {
  return s.text > 0 ? s.linkText / s.text : s.links > 0 ? 1 : 0;
}

function hasEmail(el: Element): boolean {
  return hasEmailAddress(el.textContent ?? '');
}

/** Share of the block's links that lead to other pages of the same site. */
function sameSiteShare(el: Element, pageSite: string | null): number {
  if (!pageSite) return 0;
  let same = 0;
  let total = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = a.getAttribute('href')?.trim();
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) continue;
    total++;
    if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) same++;
    else {
      try {
        if (siteOf(new URL(href, 'http://x/').hostname) === pageSite) same++;
      } catch {
        // unparseable: not same-site
      }
    }
  }
  return total ? same / total : 0;
}

/**
 * A grid or list of teasers without a telling heading: at least four items, each a link to
 * another page of the site, most with a thumbnail or a rank number.
 */
function looksLikeTeaserList(c: BlockStats, s: Sizes, ctx: Context): boolean {
  if (s.links < 4 || density(s) < 0.5 || s.runningParagraphs > 0) return false;
  const items = Array.from(c.el.children);
  let withLink = 0;
  let withEvidence = 0;
  for (const item of items) {
    if (!item.getElementsByTagName('a').length && item.tagName.toUpperCase() !== 'A') continue;
    withLink++;
    const thumb = hasDescendant(item, ['img', 'picture']);
    const rank = /^\s*\d{1,2}(?:\s|\.|$)/.test(item.textContent ?? '');
    if (thumb || rank) withEvidence++;
  }
  return (
    withLink >= 4 &&
    withLink >= 0.8 * items.length &&
    withEvidence >= 0.6 * withLink &&
    sameSiteShare(c.el, ctx.pageSite) >= 0.6
  );
}

/** Links only to anchors on the same page: a table of contents, which is content. */
function isInPageNavigation(el: Element): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  return links.length > 0 && links.every((a) => (a.getAttribute('href') ?? '').trim().startsWith('#'));
}

function classify(c: BlockStats, ctx: Context): RemovedKind | null {
  const s = remaining(c);
  if (s.text === 0 && s.images === 0 && s.links === 0) return null;
  const prose = isProse(c, ctx);
  if (c.label && s.runningParagraphs === 0 && s.keepers === 0 && !isControlOnPicture(c)) return c.label;
  const named = namedKind(c, s, prose, ctx);
  if (named) return named;
  if (c.emails > 0 && isContactBox(c, s, ctx)) return 'author-box';

  // Inside a table (a data table, an infobox) only names and labels count, never structure.
  if (c.inTable || s.links < 2 || density(s) < 0.35 || prose || s.keepers > 0) return null;
  const heading = c.heading && !c.heading.hasLink ? c.heading.text : precedingHeadingText(c.el);
  if (heading && isRecommendationHeading(heading)) return 'recommendations';
  if (!c.linkSet || s.links < 3) return null;
  if ((ctx.linkSetCounts.get(c.linkSet) ?? 0) >= 2) return 'repeated';
  if (heading && (ctx.page.headingCounts.get(normaliseHeading(heading)) ?? 0) >= 2) return 'repeated';
  return looksLikeTeaserList(c, s, ctx) ? 'recommendations' : null;
}

/**
 * A block whose only text is a control label ("Enlarge this image") and that holds a picture: the
 * label belongs to a button on the picture (cut on its own), and the picture is content.
 */
function isControlOnPicture(c: BlockStats): boolean {
  return c.label === 'controls' && hasDescendant(c.el, ['img', 'picture']);
}

/** Holds a real share of the page's running text: never furniture, except comments. */
function isProse(c: BlockStats, ctx: Context): boolean {
  const s = remaining(c);
  const total = ctx.page.totalRunningChars;
  return s.runningParagraphs > 2 || (total > 0 && s.runningChars > 0.25 * total);
}

/** The kind the block's names give it, when its size fits that kind of furniture. */
function namedKind(c: BlockStats, s: Sizes, prose: boolean, ctx: Context): RemovedKind | null {
  const d = density(s);
  switch (c.named) {
    case 'comments':
      // A thread, a form or a bare counter; not a small note that merely has "comment" in its class.
      return s.links >= 2 || s.text >= 150 || s.text <= 15 || hasDescendant(c.el, ['form', 'textarea'])
        ? 'comments'
        : null;
    case 'share':
    case 'breadcrumbs':
    case 'tags':
      return !prose && s.runningParagraphs === 0 && s.keepers === 0 && s.text <= 1500 ? c.named : null;
    case 'ad':
      return s.runningParagraphs === 0 && s.text <= 300 ? 'ad' : null;
    case 'controls':
      return s.runningParagraphs === 0 && s.text <= 200 && s.images === 0 && s.keepers === 0 ? 'controls' : null;
    case 'footer':
      return s.runningParagraphs === 0 && s.text <= 400 ? 'footer' : null;
    case 'navigation':
      return s.runningParagraphs === 0 &&
        s.keepers === 0 &&
        (s.links >= 2 || (s.links === 1 && s.text <= 30)) &&
        (d >= 0.5 || s.text <= 30) &&
        !isInPageNavigation(c.el)
        ? 'navigation'
        : null;
    case 'newsletter':
      return s.runningParagraphs <= 1 && s.text <= 1000 && s.keepers === 0 ? 'newsletter' : null;
    case 'promo':
      return !prose && s.runningParagraphs <= 2 && s.text <= 1200 && s.keepers === 0 ? 'promo' : null;
    case 'author-box':
      return afterArticleStart(c, ctx) &&
        s.runningParagraphs <= 1 &&
        s.text <= 600 &&
        (s.text <= 300 || c.emails > 0 || hasEmail(c.el))
        ? 'author-box'
        : null;
    case 'recommendations':
      return !prose && s.keepers === 0 && s.links >= 1 && d >= 0.25 ? 'recommendations' : null;
    default:
      return null;
  }
}

function afterArticleStart(c: BlockStats, ctx: Context): boolean {
  const centre = ctx.page.proseCentre;
  return !centre || c.index > centre.index;
}

/** A small block after the article start with an e-mail link: an author or tip box (not a paragraph). */
function isContactBox(c: BlockStats, s: Sizes, ctx: Context): boolean {
  const tag = c.tag;
  return (
    tag !== 'P' &&
    tag !== 'A' &&
    !c.inFigure &&
    !c.inTable &&
    afterArticleStart(c, ctx) &&
    s.text <= 800 &&
    s.keepers === 0 &&
    s.runningParagraphs <= 1
  );
}

/**
 * The heading before a furniture block, when it belongs to the block: it says so in words, or
 * nothing but the block follows it (the next sibling is not running text it could be heading).
 */
function headingOfBlock(el: Element): Element | null {
  const heading = precedingHeadingOf(el);
  if (!heading) return null;
  if (isRecommendationHeading(textOf(heading))) return heading;
  const next = el.nextElementSibling;
  const nextIsText = next?.tagName.toUpperCase() === 'P' && textOf(next).length >= RUNNING_PARAGRAPH_CHARS;
  return nextIsText ? null : heading;
}

function precedingHeadingText(el: Element): string | null {
  const prev = precedingHeadingOf(el);
  return prev ? textOf(prev) : null;
}

/**
 * Widens a furniture block to the wrapper that holds nothing else: for link lists, also the
 * wrapper that adds only a heading and a "more" link.
 */
/** Kinds whose block often sits in a wrapper with its own heading ("Ready for more?", "Related"). */
const HEADED_KINDS = new Set<RemovedKind>([
  'recommendations',
  'repeated',
  'newsletter',
  'promo',
  'comments',
  'author-box',
]);

/**
 * Widens a furniture block to the wrapper that holds nothing else; for headed kinds, also to the
 * wrapper that adds only a heading and a "more" link. Never into a figure or a protected block.
 */
function widen(c: BlockStats, kind: RemovedKind, ctx: Context): BlockStats {
  const headed = HEADED_KINDS.has(kind);
  let block = c;
  for (let p = block.parent; p?.parent && !ctx.protectedBlocks.has(p); p = p.parent) {
    const extraText = p.text - block.text;
    const sameContent =
      p.images === block.images &&
      p.links === block.links &&
      p.keepers === block.keepers &&
      p.runningParagraphs === block.runningParagraphs;
    const onlyAHeading =
      headed &&
      !p.inFigure &&
      p.figures === block.figures &&
      extraText <= 100 &&
      p.links - block.links <= 2 &&
      p.images - block.images <= 1 &&
      p.keepers === block.keepers &&
      p.runningParagraphs === block.runningParagraphs &&
      p.headings <= block.headings + 1;
    if (!((sameContent && extraText === 0) || onlyAHeading)) break;
    block = p;
  }
  return block;
}

/** A paragraph of a link run holds at most this much text, nearly all of it link text. */
const RUN_ITEM_MAX_CHARS = 200;
const RUN_ITEM_MAX_LINKS = 3;
const RUN_MAX_ITEMS = 12;

/** Text of `el`'s links to other pages (`el` itself may be the link), whitespace collapsed. */
function outboundLinkText(el: Element): { links: number; chars: number } {
  const anchors = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  let links = 0;
  let chars = 0;
  for (const a of anchors) {
    const href = a.getAttribute('href')?.trim();
    if (!href || href.startsWith('#')) continue;
    links++;
    chars += textOf(a).length;
  }
  return { links, chars };
}

/**
 * The paragraphs after a "Read more:" label that are each nothing but a link to another page
 * (empty paragraphs between them go too), when there are at least two: the label's list, written
 * as sibling paragraphs instead of a list, so no one block holds it. Null when there is no run.
 */
function linkRunAfter(label: Element, decided: Decision[]): Element[] | null {
  const run: Element[] = [];
  let items = 0;
  // The run ends at its last link paragraph: empty paragraphs after it are not part of it.
  let end = 0;
  for (let next = label.nextElementSibling; next && items < RUN_MAX_ITEMS; next = next.nextElementSibling) {
    const text = boundedText(next, RUN_ITEM_MAX_CHARS);
    if (text === null || decided.some((d) => next!.contains(d.block.el) || d.block.el.contains(next!))) break;
    if (!text) {
      if (hasDescendant(next, ['img', 'picture', 'video', 'audio', 'iframe', 'table'])) break;
      run.push(next);
      continue;
    }
    const { links, chars } = outboundLinkText(next);
    if (links === 0 || links > RUN_ITEM_MAX_LINKS || chars < 0.9 * text.length) break;
    run.push(next);
    items++;
    end = run.length;
  }
  return items >= 2 ? run.slice(0, end) : null;
}

export function decide(page: PageBlocks, pageUrl: string): Decision[] {
  const protectedBlocks = new Set<BlockStats>();
  for (let p = page.proseCentre; p; p = p.parent) protectedBlocks.add(p);
  protectedBlocks.add(page.root);
  let pageSite: string | null = null;
  try {
    pageSite = siteOf(new URL(pageUrl).hostname);
  } catch {
    pageSite = null;
  }
  const ctx: Context = { page, protectedBlocks, linkSetCounts: countLinkSets(page.candidates), pageSite };

  let decisions: Decision[] = [];
  const consider = (c: BlockStats, judge: (c: BlockStats) => RemovedKind | null) => {
    if (protectedBlocks.has(c) || decisions.some((d) => contains(d.block, c))) return;
    const kind = judge(c);
    if (!kind) return;
    const block = widen(c, kind, ctx);
    const headingInside = block.heading && !block.heading.hasLink ? block.heading.text : null;
    const precedingHeading = HEADED_KINDS.has(kind) && !headingInside ? headingOfBlock(block.el) : null;
    const heading = headingInside ?? (precedingHeading ? textOf(precedingHeading) : c.label ? textOf(c.el) : '');
    decisions = decisions.filter((d) => !contains(block, d.block));
    cutOut(block);
    decisions.push({ kind, block, precedingHeading, heading });
  };
  // Named blocks outermost first (a whole comment section, not each comment), then everything
  // else innermost first (each widget of a sidebar on its own).
  const named = page.candidates.filter((c) => c.named).sort((a, b) => a.index - b.index);
  for (const c of named) consider(c, (b) => namedKind(b, remaining(b), isProse(b, ctx), ctx));
  for (const c of page.candidates) consider(c, (b) => classify(b, ctx));
  // Last: a label whose list is a run of sibling link paragraphs (no block to decide on).
  for (const label of page.runLabels) {
    if (protectedBlocks.has(label) || decisions.some((d) => contains(d.block, label))) continue;
    const followers = linkRunAfter(label.el, decisions);
    if (!followers) continue;
    cutOut(label);
    decisions.push({
      kind: 'recommendations',
      block: label,
      precedingHeading: null,
      heading: textOf(label.el),
      followers,
    });
  }
  return decisions;
}
