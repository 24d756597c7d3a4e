/**
 * One bottom-up pass over the working copy that caches, for every element, the sizes decluttering
 * needs (text, link text, links, images, running paragraphs, headings), so no decision ever calls
 * `textContent` on a big subtree. The text of small blocks (labels, headings) is gathered on the
 * way up too, so the walk itself never calls `textContent`. Also promotes lazy images (same walk).
 */
import { DISARMED_FORM_ATTRIBUTE } from '../disarm-forms';
import { promoteLazyImage } from '../lazy-images';
import type { PageTextCounter } from '../text-stats';
import { ELEMENT_NODE, TEXT_NODE, tagOf, walk } from '../walk';
import {
  hasEmailAddress,
  isAdLabel,
  isCommentLabel,
  isControlLabel,
  isFooterLine,
  isPromoLine,
  isRecommendationHeading,
  isSharePrompt,
  kindFromNames,
  type NamedKind,
  nameTokens,
  normaliseHeading,
  startsWithRecommendationPhrase,
} from './vocabulary';

/** A paragraph counts as running text from this many characters outside links. */
export const RUNNING_PARAGRAPH_CHARS = 100;
/** Elements of at most this many characters are checked for labels ("Advertisement", "Comments0", "© 2026…"). */
const LABEL_MAX_CHARS = 300;
/** Link lists of more links than this are not fingerprinted (page-wide menus, not widgets). */
const MAX_FINGERPRINT_LINKS = 80;

export interface HeadingRef {
  el: Element;
  text: string;
  hasLink: boolean;
}

export interface Sizes {
  text: number;
  linkText: number;
  links: number;
  images: number;
  runningParagraphs: number;
  runningChars: number;
  /** Non-link headings inside (h1-h6, role=heading). */
  headings: number;
  /** Tables, code blocks and embeds: content that decluttering must keep. */
  keepers: number;
}

export interface BlockStats extends Sizes {
  el: Element;
  /** Upper-case tag name of `el`, read once. */
  tag: string;
  parent: BlockStats | null;
  /** Pre-order index of the element and the last index inside it: `a` contains `b` iff a.index <= b.index <= a.end. */
  index: number;
  end: number;
  /** Characters of running paragraphs that are direct children (finds the article body). */
  directRunningChars: number;
  heading: HeadingRef | null;
  /** Kind named by class/id/role/aria-label/itemtype. */
  named: NamedKind | null;
  /** Kind given by the element's whole text ("Advertisement", "Comments0", "Share it on..."). */
  label: NamedKind | null;
  /** Sorted distinct hrefs, for link lists of widget size. */
  linkSet: string | null;
  /** Inside a <figure>: captions and credits there are content. */
  inFigure: boolean;
  /** Inside a <table>: rows and cells of a data table or an infobox are content. */
  inTable: boolean;
  /** mailto: links inside. */
  emails: number;
  /** <figure> elements inside, and direct children that hold one (a gallery has several). */
  figures: number;
  figureChildren: number;
  /** Set by the decision pass: sizes already cut out of this block. */
  cut: Sizes | null;
  /** The block's raw text (scripts and styles left out) while it has at most LABEL_MAX_CHARS; then null. */
  smallText: string | null;
  /** Class, id, role and the like, joined (see `readNames`). */
  names: string;
  role: string | null;
  /** An `<a href>`. */
  isLink: boolean;
  /** The child block with most links (its link set is this block's when it holds all of them). */
  linkHolder: BlockStats | null;
  /** Whether `linkSet` was computed (it may be null after that: fewer than three distinct hrefs). */
  linkSetKnown: boolean;
  /** Skipped elements inside (scripts, noscript…): their links are in no size but in `linkSetOf`. */
  skipped: number;
  /** The child block with most text (a wrapper with no other text reads exactly like it). */
  textHolder: BlockStats | null;
  /** `smallText` with whitespace collapsed, once computed (for a heading or a label). */
  collapsedText: string | null;
  /** Whether `label` was computed (it may be null after that). */
  labelKnown: boolean;
}

export interface PageBlocks {
  root: BlockStats;
  /** Blocks worth a decision, children before parents (post-order). */
  candidates: BlockStats[];
  headingCounts: Map<string, number>;
  /** The block whose direct paragraphs hold most running text: the likely article body. */
  proseCentre: BlockStats | null;
  totalRunningChars: number;
  /** Blocks with two or more children holding a <figure>: galleries Readability tends to drop. */
  galleries: BlockStats[];
  asides: BlockStats[];
  /** Parents of running paragraphs: the article's text containers. */
  textContainers: Set<BlockStats>;
  /** Blocks named like a standfirst (subtitle, dek, standfirst, chapo…), in document order. */
  standfirsts: BlockStats[];
  firstH1: BlockStats | null;
  /** Short paragraphs or headings that say "Read more:" and hold no link: labels of what follows. */
  runLabels: BlockStats[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const KEEPER_TAGS = new Set(['TABLE', 'PRE', 'CODE', 'VIDEO', 'AUDIO', 'IFRAME', 'BLOCKQUOTE', 'MATH']);
const IMAGE_TAGS = new Set(['IMG', 'PICTURE', 'SVG']);
/** Blocks that can label the run of link paragraphs after them ("<p><b>Read more:</b></p>"). */
const RUN_LABEL_TAGS = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A run label is at most this long ("Read more:", "Related stories"). */
const RUN_LABEL_MAX_CHARS = 40;
/** Inline elements: a label in one is judged at its block (same text), which saves reading every span. */
const PHRASING_TAGS = new Set([
  'A',
  'SPAN',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'TIME',
  'ABBR',
  'CODE',
  'SUB',
  'SUP',
  'MARK',
  'U',
  'S',
  'FONT',
  'CITE',
  'LABEL',
  'BDI',
  'BDO',
  'Q',
]);

function emptySizes(): Sizes {
  return { text: 0, linkText: 0, links: 0, images: 0, runningParagraphs: 0, runningChars: 0, headings: 0, keepers: 0 };
}

function newBlock(el: Element, tag: string, parent: BlockStats | null, index: number): BlockStats {
  // A literal (no spread): this runs once per element.
  return {
    text: 0,
    linkText: 0,
    links: 0,
    images: 0,
    runningParagraphs: 0,
    runningChars: 0,
    headings: 0,
    keepers: 0,
    el,
    tag,
    parent,
    index,
    end: index,
    directRunningChars: 0,
    heading: null,
    named: null,
    label: null,
    linkSet: null,
    inFigure: false,
    inTable: false,
    emails: 0,
    figures: 0,
    figureChildren: 0,
    cut: null,
    smallText: '',
    names: '',
    role: null,
    isLink: false,
    linkHolder: null,
    linkSetKnown: false,
    skipped: 0,
    textHolder: null,
    collapsedText: null,
    labelKnown: false,
  };
}

const NAME_ATTRIBUTES = new Set(['class', 'id', 'role', 'aria-label', 'itemtype', 'data-component', 'data-module']);

/**
 * Class, id, role, aria-label and the like, joined, into `block.names`, and the role on its own;
 * returns whether the element is `hidden`. Runs once per element: most have no attributes, and
 * reading names then values is cheaper than materialising the attribute map (NamedNodeMap).
 */
function readNames(el: Element, block: BlockStats): boolean {
  if (!el.hasAttributes()) return false;
  let names = '';
  let hidden = false;
  for (const name of el.getAttributeNames()) {
    if (!NAME_ATTRIBUTES.has(name)) {
      if (name === 'hidden') hidden = true;
      continue;
    }
    const value = el.getAttribute(name);
    if (name === 'role') block.role = value;
    // A lone value is kept as the DOM's own string: the name caches then hash a string seen before.
    if (value) names = names ? `${names} ${value}` : value;
  }
  block.names = names;
  return hidden;
}

/**
 * A wrapper whose only text is its child's, with the same sizes, reads exactly like that child
 * (whitespace aside): its collapsed text and its label are the child's. Most small blocks are such
 * wrappers (div > div > span), so each text is collapsed and labelled once, not once per level.
 */
function sameReading(holder: BlockStats | null, block: BlockStats): holder is BlockStats {
  return (
    holder !== null &&
    holder.text === block.text &&
    holder.links === block.links &&
    holder.linkText === block.linkText &&
    holder.runningParagraphs === block.runningParagraphs &&
    holder.inFigure === block.inFigure
  );
}

/** The block's small text, whitespace collapsed (computed once per block, or taken from its holder). */
function collapsedTextOf(block: BlockStats): string {
  if (block.collapsedText === null) {
    const holder = block.textHolder;
    block.collapsedText =
      holder && holder.text === block.text && holder.collapsedText !== null
        ? holder.collapsedText
        : collapse(block.smallText ?? '');
  }
  return block.collapsedText;
}

/** The kind a small block's whole text gives it, if any. */
function labelKind(block: BlockStats, text: string): NamedKind | null {
  const length = block.text;
  if (length <= 40) {
    if (isAdLabel(text)) return 'ad';
    if (isSharePrompt(text)) return 'share';
    if (isControlLabel(text)) return 'controls';
  }
  if (length <= 80 && isCommentLabel(text)) return 'comments';
  if (block.inFigure) return null;
  if (length <= 200 && isFooterLine(text)) return 'footer';
  if (block.links <= 3 && isPromoLine(text)) return 'promo';
  if (block.links >= 1 && block.links <= 3 && block.linkText >= 0.5 * length && startsWithRecommendationPhrase(text)) {
    return 'recommendations';
  }
  // "Ann Lee, reporter ann@example.com": a contact line, not a sentence that mentions an address.
  if (length <= 100 && block.runningParagraphs === 0 && hasEmailAddress(text) && withoutEmails(text).length <= 60) {
    return 'author-box';
  }
  return null;
}

const STANDFIRST_TOKENS = new Set([
  'subtitle',
  'subheadline',
  'subhead',
  'dek',
  'deck',
  'standfirst',
  'strapline',
  'lede',
  'lead',
  'intro',
  'summary',
  'excerpt',
  'chapo',
  'chapeau',
  'sapo',
  'vorspann',
  'entradilla',
  'bajada',
  'sumario',
  'copete',
  'olho',
]);

/** Pages repeat the same class strings; the answer for each is kept for the walk. */
const standfirstNames = new Map<string, boolean>();

function isStandfirstName(names: string): boolean {
  if (!names) return false;
  let answer = standfirstNames.get(names);
  if (answer === undefined) {
    const tokens = nameTokens(names);
    answer = tokens.some((t, i) => STANDFIRST_TOKENS.has(t) || (t === 'linha' && tokens[i + 1] === 'fina'));
    if (standfirstNames.size > 5000) standfirstNames.clear();
    standfirstNames.set(names, answer);
  }
  return answer;
}

function isStandfirstProp(el: Element): boolean {
  const prop = el.getAttribute('itemprop');
  return prop === 'alternativeHeadline' || prop === 'description';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withoutEmails(text: string): string {
  return text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '').trim();
}

function hasEmailInput(form: Element): boolean {
  return Array.from(form.getElementsByTagName('input')).some(
    (input) => input.getAttribute('type')?.toLowerCase() === 'email' || /email/i.test(input.getAttribute('name') ?? ''),
  );
}

function linkSetOf(el: Element): string | null {
  const hrefs = new Set<string>();
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const href = links[i]!.getAttribute('href')?.trim().replace(/#.*$/, '');
    if (href) hrefs.add(href);
  }
  return hrefs.size >= 3 ? [...hrefs].sort().join(' ') : null;
}

/**
 * The block statistics of `body`. A `counter` (../text-stats) is driven by the same walk, so that
 * extraction gets detection's text statistics without walking the page again.
 */
export function collectBlocks(body: Element, counter?: PageTextCounter): PageBlocks {
  const root = newBlock(body, tagOf(body), null, 0);
  const candidates: BlockStats[] = [];
  const headingCounts = new Map<string, number>();
  let proseCentre: BlockStats | null = null;
  let totalRunningChars = 0;
  let firstH1: BlockStats | null = null;
  const galleries: BlockStats[] = [];
  const asides: BlockStats[] = [];
  const textContainers = new Set<BlockStats>();
  const standfirsts: BlockStats[] = [];
  const runLabels: BlockStats[] = [];
  let current = root;
  let index = 0;
  let linkDepth = 0;
  let figureDepth = 0;
  let tableDepth = 0;
  let paragraphDepth = 0;
  // Running paragraph text is counted outside links only.
  let paragraphChars = 0;

  walk(body, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue ?? '';
        const n = value.trim().length;
        if (current.smallText !== null) {
          current.smallText = current.text + n <= LABEL_MAX_CHARS ? current.smallText + value : null;
        }
        if (n === 0) return false;
        counter?.text(n);
        current.text += n;
        if (linkDepth > 0) current.linkText += n;
        else if (paragraphDepth > 0) paragraphChars += n;
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      const tag = tagOf(el);
      if (SKIPPED.has(tag)) {
        current.skipped++;
        return false;
      }
      current = newBlock(el, tag, current, ++index);
      const hidden = readNames(el, current);
      counter?.enter(el, tag, current.role, hidden);
      current.inFigure = figureDepth > 0;
      current.inTable = tableDepth > 0;
      if (tag === 'A') {
        const href = el.getAttribute('href');
        if (href !== null) {
          linkDepth++;
          current.links = 1;
          current.isLink = true;
          if (/^\s*mailto:/i.test(href)) current.emails = 1;
        }
      } else if (tag === 'FIGURE') {
        figureDepth++;
        current.figures = 1;
      } else if (tag === 'TABLE') {
        tableDepth++;
      } else if (tag === 'P') {
        if (paragraphDepth++ === 0) paragraphChars = 0;
      } else if (tag === 'IMG' || tag === 'SOURCE') {
        promoteLazyImage(el);
      }
      if (IMAGE_TAGS.has(tag)) current.images = 1;
      if (KEEPER_TAGS.has(tag)) current.keepers = 1;
      return true;
    },
    leave(node) {
      const block = current;
      const el = node as Element;
      const tag = block.tag;
      counter?.leave(el, tag);
      block.end = index;
      if (block.isLink) linkDepth--;
      else if (tag === 'FIGURE') figureDepth--;
      else if (tag === 'TABLE') tableDepth--;
      if (tag === 'P' && --paragraphDepth === 0 && paragraphChars >= RUNNING_PARAGRAPH_CHARS) {
        block.runningParagraphs++;
        block.runningChars += paragraphChars;
        totalRunningChars += paragraphChars;
        if (block.parent) {
          textContainers.add(block.parent);
          block.parent.directRunningChars += paragraphChars;
          if (!proseCentre || block.parent.directRunningChars > proseCentre.directRunningChars) {
            proseCentre = block.parent;
          }
        }
      }
      const isHeading = HEADING_TAGS.has(tag) || block.role === 'heading';
      if (isHeading && linkDepth === 0 && block.text > 0 && block.text <= 200) {
        const text = collapsedTextOf(block);
        block.heading = { el, text, hasLink: block.links > 0 };
        if (block.links === 0) block.headings++;
        const key = normaliseHeading(text);
        if (key) headingCounts.set(key, (headingCounts.get(key) ?? 0) + 1);
      }
      const names = block.names;
      if (names) block.named = kindFromNames(names);
      if (tag === 'H1' && !firstH1) firstH1 = block;
      else if (tag === 'ASIDE') asides.push(block);
      if (block.figureChildren >= 2) galleries.push(block);
      if (block.text >= 30 && block.text <= 600 && (isStandfirstName(names) || isStandfirstProp(el))) {
        standfirsts.push(block);
      }
      const isForm = tag === 'FORM' || (tag === 'DIV' && el.hasAttribute(DISARMED_FORM_ATTRIBUTE));
      if (!block.named && isForm && hasEmailInput(el)) {
        block.named = 'newsletter';
      }
      if (block.text > 0 && block.text <= LABEL_MAX_CHARS && (names || !PHRASING_TAGS.has(tag))) {
        const holder = block.textHolder;
        block.label =
          sameReading(holder, block) && holder.labelKnown ? holder.label : labelKind(block, collapsedTextOf(block));
        block.labelKnown = true;
        if (
          block.links === 0 &&
          block.images === 0 &&
          block.text <= RUN_LABEL_MAX_CHARS &&
          RUN_LABEL_TAGS.has(tag) &&
          isRecommendationHeading(collapsedTextOf(block))
        ) {
          runLabels.push(block);
        }
      }
      const linky = block.links >= 2 && block.linkText >= 0.35 * block.text;
      if (linky && block.links >= 3 && block.links <= MAX_FINGERPRINT_LINKS) {
        // A wrapper whose links all sit in one child has that child's link set.
        const holder = block.linkHolder;
        const same = holder?.linkSetKnown && holder.links === block.links && holder.skipped === block.skipped;
        block.linkSet = same ? holder.linkSet : linkSetOf(el);
        block.linkSetKnown = true;
      }
      if (block.named || block.label || linky || block.emails > 0) candidates.push(block);

      const parent = block.parent!;
      if (!parent.heading && block.heading && (parent.links === 0 || !block.heading.hasLink)) {
        parent.heading = block.heading;
      }
      if (parent.smallText !== null) {
        parent.smallText =
          block.smallText !== null && parent.text + block.text <= LABEL_MAX_CHARS
            ? parent.smallText + block.smallText
            : null;
      }
      addSizes(parent, block);
      if (block.links > 0 && (!parent.linkHolder || block.links > parent.linkHolder.links)) parent.linkHolder = block;
      if (block.text > 0 && (!parent.textHolder || block.text > parent.textHolder.text)) parent.textHolder = block;
      parent.skipped += block.skipped;
      parent.emails += block.emails;
      parent.figures += block.figures;
      if (block.figures > 0) parent.figureChildren++;
      current = parent;
    },
  });
  root.end = index;
  standfirsts.sort((a, b) => a.index - b.index);
  return {
    root,
    candidates,
    headingCounts,
    proseCentre,
    totalRunningChars,
    galleries,
    asides,
    textContainers,
    standfirsts,
    firstH1,
    runLabels,
  };
}

/** `into += from`, size by size (written out: this runs once per element). */
function addSizes(into: Sizes, from: Sizes, sign = 1): void {
  into.text += sign * from.text;
  into.linkText += sign * from.linkText;
  into.links += sign * from.links;
  into.images += sign * from.images;
  into.runningParagraphs += sign * from.runningParagraphs;
  into.runningChars += sign * from.runningChars;
  into.headings += sign * from.headings;
  into.keepers += sign * from.keepers;
}

/** Sizes of `b` minus what decisions already cut out of it. */
export function remaining(b: BlockStats): Sizes {
  if (!b.cut) return b;
  const sizes = emptySizes();
  addSizes(sizes, b);
  addSizes(sizes, b.cut, -1);
  return sizes;
}

/** Records that `removed` is cut out: every ancestor's remaining sizes shrink by its remaining sizes. */
export function cutOut(removed: BlockStats): void {
  const sizes = remaining(removed);
  for (let p = removed.parent; p; p = p.parent) {
    p.cut ??= emptySizes();
    addSizes(p.cut, sizes);
  }
}

export function contains(a: BlockStats, b: BlockStats): boolean {
  return a.index <= b.index && b.index <= a.end;
}
