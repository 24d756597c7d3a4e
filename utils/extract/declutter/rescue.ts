/**
 * Before Readability, after furniture is cut: small structural fixes so that Readability keeps
 * real content it would otherwise drop, and the standfirst, which often sits outside the article
 * container in the page header.
 */
import { boundedText } from '../text';
import { hasAncestor, hasDescendant } from '../walk';
import type { BlockStats, PageBlocks } from './block-stats';

/**
 * Readability's `unlikelyCandidates`, `okMaybeItsACandidate` and `negative` (Readability.js 0.6):
 * an element whose class or id matches the first and not the second is dropped before scoring;
 * one matching the third weighs -25, so conditional cleaning drops it.
 */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** Content elements that sit among the paragraphs of an article. */
const CONTENT_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'TABLE']);
const LIST_TAGS = new Set(['UL', 'OL', 'DL']);

function linkShare(b: BlockStats): number {
  return b.text > 0 ? b.linkText / b.text : 0;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clears class and id when Readability would drop or penalise the element for them. */
function clearMisleadingNames(el: Element): void {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if ((UNLIKELY.test(names) && !OK_MAYBE.test(names)) || NEGATIVE.test(names)) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

function isTextList(el: Element): boolean {
  const text = textOf(el).length;
  const links = Array.from(el.getElementsByTagName('a')).reduce((n, a) => n + textOf(a).length, 0);
  return text > 0 && links < 0.3 * text;
}

/**
 * A subheading like `<h2 class="header-anchor-post">` or a list among the paragraphs would be
 * dropped for its class name; clear such names on content elements of text containers (the
 * furniture among them is already cut).
 */
function clearUnlikelyNames(page: PageBlocks): void {
  for (const container of page.textContainers) {
    if (!container.el.isConnected) continue;
    for (const child of Array.from(container.el.children)) {
      const tag = child.tagName.toUpperCase();
      if (CONTENT_TAGS.has(tag) || (LIST_TAGS.has(tag) && isTextList(child))) clearMisleadingNames(child);
    }
  }
}

/**
 * Readability drops a block of several images with few paragraphs ("bad p to img ratio") unless
 * it sits in a <figure>: put galleries of captioned figures in one.
 */
function keepGalleries(page: PageBlocks): void {
  for (const gallery of page.galleries) {
    const el = gallery.el;
    if (!el.isConnected || gallery.inFigure || el.tagName.toUpperCase() === 'FIGURE') continue;
    if (gallery.runningParagraphs > 0 || gallery.images < 2 || linkShare(gallery) >= 0.3) continue;
    if (hasAncestor(el, 'FIGURE')) continue;
    clearMisleadingNames(el);
    const figure = el.ownerDocument.createElement('figure');
    el.replaceWith(figure);
    figure.append(el);
  }
}

/** Readability removes <aside>s; a pull quote or embedded post inside one is content: unwrap it. */
function keepQuotesInAsides(page: PageBlocks): void {
  for (const aside of page.asides) {
    const el = aside.el;
    if (!el.isConnected || aside.text > 800 || aside.runningParagraphs > 2 || linkShare(aside) >= 0.3) continue;
    // Only quotes and embedded posts: an <aside> with just an image is usually an author or promo box.
    if (!hasDescendant(el, ['blockquote'])) continue;
    el.replaceWith(...Array.from(el.childNodes));
  }
}

/** MathJax wraps formulas in `<mjx-container class="MathJax CtxtMenu_Attached_0">`: "menu" gets it dropped. */
function keepMath(page: PageBlocks): void {
  for (const math of Array.from(page.root.el.getElementsByTagName('math'))) {
    let el: Element | null = math.parentElement;
    for (let depth = 0; el && depth < 4 && el !== page.root.el; depth++, el = el.parentElement) {
      clearMisleadingNames(el);
    }
  }
}

/** Quotes up to this long are restructured; a longer blockquote is page layout, not a quote. */
const SHORT_QUOTE_CHARS = 1000;
/** Elements that make a `<div>` a wrapper of blocks rather than a paragraph. */
const BLOCK_CHILD_TAGS = new Set(['DIV', 'SECTION', 'P', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'PRE']);

/**
 * An embedded post (`blockquote.instagram-media`, `.tiktok-embed`, a Mastodon or Threads embed) is a
 * short quote of links in nested `<div>`s and `<section>`s, which Readability cleans away for their
 * link density, leaving an empty quote. In a short quote, a box of blocks is unwrapped and a box of
 * text becomes the paragraph it stands for, so the post's text and links stand in the quote itself.
 */
function keepEmbeddedPosts(page: PageBlocks): void {
  for (const quote of Array.from(page.root.el.getElementsByTagName('blockquote'))) {
    if (!quote.isConnected || !hasDescendant(quote, ['div', 'section'])) continue;
    if (boundedText(quote, SHORT_QUOTE_CHARS) === null) continue;
    const boxes = [
      ...Array.from(quote.getElementsByTagName('div')),
      ...Array.from(quote.getElementsByTagName('section')),
    ];
    for (const box of boxes) {
      const holdsBlocks = Array.from(box.children).some((child) => BLOCK_CHILD_TAGS.has(child.tagName.toUpperCase()));
      if (holdsBlocks || !textOf(box)) {
        box.replaceWith(...Array.from(box.childNodes));
      } else {
        const p = box.ownerDocument.createElement('p');
        p.append(...Array.from(box.childNodes));
        box.replaceWith(p);
      }
    }
  }
}

export function rescueContent(page: PageBlocks): void {
  clearUnlikelyNames(page);
  keepMath(page);
  keepGalleries(page);
  keepQuotesInAsides(page);
  keepEmbeddedPosts(page);
}

function isStandfirstShaped(b: BlockStats): boolean {
  return b.text >= 30 && b.text <= 600 && linkShare(b) < 0.2 && b.keepers === 0 && b.images === 0;
}

/**
 * The standfirst (dek) before the article body: a block named like one, else the block right after
 * the headline when it reads like one. Returned as a detached copy, taken before Readability runs.
 */
export function captureStandfirst(page: PageBlocks): Element | null {
  const centre = page.proseCentre;
  if (!centre) return null;
  const before = (b: BlockStats) => b.index < centre.index && b.el.isConnected && !b.inFigure;
  let chosen = page.standfirsts.find((b) => before(b) && isStandfirstShaped(b))?.el ?? null;
  if (!chosen && page.firstH1 && before(page.firstH1)) {
    const next = page.firstH1.el.nextElementSibling;
    const tag = next?.tagName.toUpperCase();
    const text = next ? (boundedText(next, 600) ?? '') : '';
    if (next && (tag === 'P' || tag === 'H2' || tag === 'DIV') && text.length >= 40) {
      const links = Array.from(next.getElementsByTagName('a')).reduce((n, a) => n + textOf(a).length, 0);
      if (links < 0.2 * text.length && !hasDescendant(next, ['img', 'time', 'table', 'pre'])) chosen = next;
    }
  }
  if (!chosen) return null;
  const doc = chosen.ownerDocument;
  const tag = chosen.tagName.toUpperCase();
  if (tag !== 'P' && hasDescendant(chosen, ['ul', 'ol', 'p'])) return chosen.cloneNode(true) as Element;
  const p = doc.createElement('p');
  p.textContent = textOf(chosen);
  return p;
}

/** Puts the standfirst at the top of the article unless its text is already there. */
export function placeStandfirst(content: Element, standfirst: Element | null, contentText: string): boolean {
  if (!standfirst) return false;
  const key = textOf(standfirst).slice(0, 60).toLowerCase();
  if (!key || contentText.replace(/\s+/g, ' ').toLowerCase().includes(key)) return false;
  const page = content.firstElementChild?.id.startsWith('readability-page') ? content.firstElementChild : content;
  page.prepend(content.ownerDocument.importNode(standfirst, true));
  return true;
}
