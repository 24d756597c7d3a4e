/**
 * Plain text from a DOM subtree, keeping block boundaries as line breaks, plus word counts and
 * reading time. `Node.textContent` glues neighbouring paragraphs ("water.The"), which breaks word
 * counts and search, so we walk the tree ourselves (iteratively: no recursion on deep trees).
 */

import { TEXT_NODE, tagOf, walk } from './walk';

/** Elements whose start and end are paragraph breaks (blank line). */
const PARAGRAPH_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'HR',
  'ADDRESS',
  'DETAILS',
]);

/** Elements whose start and end are line breaks. */
const LINE_BLOCKS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'LI',
  'DT',
  'DD',
  'TR',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'THEAD',
  'TBODY',
  'TFOOT',
  'BR',
  'PICTURE',
  'VIDEO',
  'AUDIO',
]);

const CELLS = new Set(['TD', 'TH']);
/** Not text: skipped with their content (the sanitiser drops these with their content too). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
]);

/**
 * Text of `root` with block boundaries as line breaks: paragraphs separated by a blank line,
 * list items and rows by a single line break, table cells by a tab. Whitespace inside a line is
 * collapsed except in `<pre>`.
 */
export function blockText(root: Node): string {
  if (root.nodeType === TEXT_NODE) return collapse(root.nodeValue ?? '');
  const out: string[] = [];
  let preDepth = 0;
  // Breaks wait until text follows; adjacent breaks merge into the strongest ("\n\n" > "\n" > "\t").
  let pending = '';
  let atLineStart = true;
  const addBreak = (b: string | null) => {
    if (b && BREAK_RANK[b]! > (BREAK_RANK[pending] ?? 0)) pending = b;
  };
  const addText = (text: string) => {
    if (pending) {
      if (out.length) out.push(pending);
      atLineStart = pending !== '\t';
      pending = '';
    }
    out.push(atLineStart && preDepth === 0 ? text.trimStart() : text);
    atLineStart = false;
  };
  walk(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue ?? '';
        if (preDepth > 0) addText(value);
        else if (/\S/.test(value)) addText(value.replace(/\s+/g, ' '));
        else if (!pending && !atLineStart) out.push(' ');
        return false;
      }
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) return false;
      if (tag === 'BR' || tag === 'HR') {
        // Void elements: one break, no leave. A <br> is a hard line break even next to others.
        if (tag === 'BR') {
          addText('');
          out.push('\n');
          atLineStart = true;
        } else addBreak('\n\n');
        return false;
      }
      addBreak(breakAs(tag));
      if (tag === 'PRE') preDepth++;
      return true;
    },
    leave(node) {
      const tag = tagOf(node);
      addBreak(breakAs(tag));
      if (tag === 'PRE') preDepth--;
    },
  });
  return tidy(out.join(''));
}

const BREAK_RANK: Record<string, number> = { '': 0, '\t': 1, '\n': 2, '\n\n': 3 };

function breakAs(tag: string): string | null {
  if (PARAGRAPH_BLOCKS.has(tag)) return '\n\n';
  if (LINE_BLOCKS.has(tag)) return '\n';
  return CELLS.has(tag) ? '\t' : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops spaces before line ends, runs of blank lines, and surrounding whitespace. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// CJK ideographs and kana are read character by character: there are no spaces between words.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]/u;

/** Reading speeds: words a minute for space-separated scripts, characters a minute for CJK. */
export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 500;

export interface TextMeasure {
  /** Space-separated words plus CJK characters (each CJK character counts as one). */
  wordCount: number;
  words: number;
  cjkChars: number;
  readingMinutes: number;
}

export function measureText(text: string): TextMeasure {
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  const withoutCjk = cjkChars > 0 ? text.replace(CJK_CHAR, ' ') : text;
  let words = 0;
  for (const token of withoutCjk.split(/\s+/)) if (token && WORD.test(token)) words++;
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return {
    wordCount: words + cjkChars,
    words,
    cjkChars,
    readingMinutes: words + cjkChars === 0 ? 0 : Math.max(1, Math.round(minutes)),
  };
}

/**
 * Text of `el` with whitespace collapsed, or null as soon as it is clearly longer than `max`
 * characters: never reads a big subtree whole.
 */
export function boundedText(el: Element, max: number): string | null {
  let text = '';
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
      if (text.length > max * 4 && text.replace(/\s+/g, ' ').trim().length > max) return null;
    }
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? null : collapsed;
}
