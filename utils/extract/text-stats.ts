/**
 * The page text statistics detection scores (text and link text, form fields, buttons, the densest
 * block of paragraphs), gathered by a counter that any depth-first walk over the body can drive.
 * Detection on a live page drives it from a walk of its own (`pageTextStats`); extraction drives it
 * from the decluttering walk, which visits the same nodes, so the working copy is walked once.
 */
import { ELEMENT_NODE, TEXT_NODE, tagOf, walk } from './walk';

/** A paragraph counts as running text from this many characters. */
const RUNNING_PARAGRAPH_CHARS = 100;

const FORM_FIELD_SKIP = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
/** Subtrees whose text a reader never sees as prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Elements whose own text (outside links, outside nested blocks) forms a paragraph: <p>, and the
 * <div>s and cells of pages that separate paragraphs with <br>.
 */
const TEXT_BLOCKS = new Set(['P', 'DIV', 'TD', 'PRE', 'BLOCKQUOTE', 'ARTICLE', 'SECTION', 'MAIN']);

export interface PageTextStats {
  textChars: number;
  linkChars: number;
  formFields: number;
  buttons: number;
  articleElements: number;
  applicationRole: boolean;
  /** Paragraphs of running text and their characters in the block (parent) that has most. */
  bestBlockParagraphs: number;
  bestBlockChars: number;
}

/**
 * Counts as a walk enters and leaves elements and meets text. The walk may descend into subtrees
 * the counter skips (hidden, SVG, scripts): those are ignored until the walk leaves them.
 */
export class PageTextCounter {
  readonly stats: PageTextStats = {
    textChars: 0,
    linkChars: 0,
    formFields: 0,
    buttons: 0,
    articleElements: 0,
    applicationRole: false,
    bestBlockParagraphs: 0,
    bestBlockChars: 0,
  };
  private readonly blocks = new Map<Node, { paragraphs: number; chars: number }>();
  /** Own text of each open text block; the innermost block gets a text node's characters. */
  private readonly ownText: number[] = [0];
  private linkDepth = 0;
  /** Depth inside a skipped subtree (0: counting). */
  private skipDepth = 0;

  /** Whether the counter ignores this element's subtree. */
  static skips(el: Element, tag: string): boolean {
    return SKIPPED.has(tag) || el.hasAttribute('hidden');
  }

  /**
   * An element, with its `role` and `hidden` when the caller has already read them (the
   * decluttering walk reads every element's attributes once).
   */
  enter(el: Element, tag: string, role = el.getAttribute('role'), hidden = el.hasAttribute('hidden')): void {
    if (this.skipDepth > 0 || hidden || SKIPPED.has(tag)) {
      this.skipDepth++;
      return;
    }
    const stats = this.stats;
    if (TEXT_BLOCKS.has(tag)) this.ownText.push(0);
    if (tag === 'A') {
      if (el.hasAttribute('href')) this.linkDepth++;
    } else if (tag === 'INPUT') {
      if (!FORM_FIELD_SKIP.has((el.getAttribute('type') ?? '').toLowerCase())) stats.formFields++;
    } else if (tag === 'SELECT' || tag === 'TEXTAREA') stats.formFields++;
    else if (tag === 'BUTTON') stats.buttons++;
    else if (tag === 'ARTICLE') stats.articleElements++;
    if (role === 'application') stats.applicationRole = true;
    else if (role === 'button' && tag !== 'BUTTON') stats.buttons++;
  }

  /** A text node of `chars` characters (trimmed) at the current position. */
  text(chars: number): void {
    if (this.skipDepth > 0) return;
    this.stats.textChars += chars;
    if (this.linkDepth > 0) this.stats.linkChars += chars;
    else this.ownText[this.ownText.length - 1]! += chars;
  }

  leave(el: Element, tag: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (tag === 'A' && el.hasAttribute('href')) this.linkDepth--;
    if (!TEXT_BLOCKS.has(tag)) return;
    const chars = this.ownText.pop() ?? 0;
    const parent = el.parentNode;
    if (chars < RUNNING_PARAGRAPH_CHARS || !parent) return;
    let block = this.blocks.get(parent);
    if (!block) {
      block = { paragraphs: 0, chars: 0 };
      this.blocks.set(parent, block);
    }
    block.paragraphs++;
    block.chars += chars;
    if (block.chars > this.stats.bestBlockChars) {
      this.stats.bestBlockChars = block.chars;
      this.stats.bestBlockParagraphs = block.paragraphs;
    }
  }
}

/** One walk over `root` with its own counter (detection on a page that is not being extracted). */
export function pageTextStats(root: Element): PageTextStats {
  const counter = new PageTextCounter();
  walk(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        counter.text((node.nodeValue ?? '').trim().length);
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      const tag = tagOf(el);
      // Skipped subtrees are not entered at all here (cheaper than counting through them).
      if (PageTextCounter.skips(el, tag)) return false;
      counter.enter(el, tag);
      return true;
    },
    leave(node) {
      counter.leave(node as Element, tagOf(node));
    },
  });
  return counter.stats;
}
