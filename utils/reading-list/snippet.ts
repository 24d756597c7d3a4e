/**
 * The snippet under a search hit: about SNIPPET_LENGTH characters of the article's text around the
 * first place a term occurs, cut at word boundaries where there are any nearby (CJK text has none),
 * "…" where text was cut off, whitespace collapsed, and every occurrence of every term inside it
 * marked as a match. Pure: plain text in, plain-text parts out (the UI renders them as text).
 */

import { type FoldedBody, FoldedSlice } from './fold-text';
import type { SnippetPart } from './library-types';

export const SNIPPET_LENGTH = 200;
/** Context before the first match; the rest of the window follows it. */
const CONTEXT_BEFORE = 60;
/** How far a cut may move to land on a word boundary. */
const BOUNDARY_REACH = 30;
const ELLIPSIS = '…';

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isLowSurrogate = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** The earliest occurrence of any term in the folded text, or null. */
function firstMatch(folded: string, terms: readonly string[]): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at >= 0 && (!best || at < best.at || (at === best.at && term.length > best.length))) {
      best = { at, length: term.length };
    }
  }
  return best;
}

/** The window [start, end) of the original text, around the match [from, to). */
function snippetWindow(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(0, from - CONTEXT_BEFORE);
  let end = Math.min(text.length, Math.max(to, start + SNIPPET_LENGTH));
  if (end - start < SNIPPET_LENGTH) start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  if (start > 0 && !isSpace(text[start - 1])) {
    const limit = Math.min(from, start + BOUNDARY_REACH);
    for (let i = start; i < limit; i++) {
      if (isSpace(text[i])) {
        start = i + 1;
        break;
      }
    }
  }
  if (end < text.length && !isSpace(text[end])) {
    const limit = Math.max(to, end - BOUNDARY_REACH);
    for (let i = end - 1; i >= limit; i--) {
      if (isSpace(text[i])) {
        end = i;
        break;
      }
    }
  }
  // Never split a surrogate pair.
  if (start > 0 && isLowSurrogate(text, start)) start++;
  if (end < text.length && isLowSurrogate(text, end)) end++;
  return { start, end };
}

/**
 * Ranges of the original text, inside [start, end), where any term occurs; sorted and merged. `slice`
 * covers [start, end): an occurrence starting before the slice would start before `start`.
 */
function matchRanges(slice: FoldedSlice, terms: readonly string[], start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = slice.text.indexOf(term); at >= 0; at = slice.text.indexOf(term, at + 1)) {
      const range = slice.originalRange(at, at + term.length);
      if (range.start >= end) break;
      if (range.start >= start && range.end <= end) ranges.push([range.start, range.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whitespace collapsed across parts; empty parts dropped; "…" added where text was cut. */
function tidyParts(parts: SnippetPart[], cutStart: boolean, cutEnd: boolean): SnippetPart[] {
  const out: SnippetPart[] = [];
  let previousEndsInSpace = true;
  for (const part of parts) {
    let text = part.text.replace(/\s+/g, ' ');
    if (previousEndsInSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    previousEndsInSpace = text.endsWith(' ');
    out.push({ text, match: part.match });
  }
  const last = out[out.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  if (cutStart) {
    const first = out[0];
    if (first && !first.match) first.text = ELLIPSIS + first.text;
    else out.unshift({ text: ELLIPSIS, match: false });
  }
  if (cutEnd) {
    const end = out[out.length - 1];
    if (end && !end.match) end.text += ELLIPSIS;
    else out.push({ text: ELLIPSIS, match: false });
  }
  return out;
}

/**
 * The snippet of `text` (folded, with checkpoints: `foldBody`) for the folded `terms`, or null when
 * no term occurs in it. Only the part of the text around the first match is mapped back.
 */
export function buildSnippet(text: string, folded: FoldedBody, terms: readonly string[]): SnippetPart[] | null {
  const first = firstMatch(folded.text, terms);
  if (!first) return null;
  let slice = FoldedSlice.atFolded(text, folded, first.at);
  slice.extend(0, first.at + first.length);
  const match = slice.originalRange(first.at - slice.offset, first.at - slice.offset + first.length);
  const { start, end } = snippetWindow(text, match.start, match.end);
  if (start < slice.origin) slice = FoldedSlice.atOriginal(text, folded, start);
  slice.extend(end, 0);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [from, to] of matchRanges(slice, terms, start, end)) {
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  return tidyParts(parts, start > 0, end < text.length);
}
