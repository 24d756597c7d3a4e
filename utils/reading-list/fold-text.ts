/**
 * Text folded for matching: lower case, compatibility-decomposed (NFKD) with combining marks
 * dropped, so "cafe" finds "Café", "MULLER" finds "Müller" and "strasse" finds "Straße"; runs of
 * whitespace become one space.
 *
 * The definition is code point by code point (`foldCodePoint`, then whitespace runs collapsed across
 * code points), which is what lets a folded text carry a map back to the original: `starts[i]`/`ends[i]`
 * is the range of the original text that folded character i came from (a collapsed run of whitespace
 * maps to the whole run). `foldText` gets the same text with whole-string operations, much faster;
 * `foldBody` does it in chunks and keeps checkpoints, so that a map can later be built for just the
 * part of a long text a snippet needs (`FoldedSlice`).
 */

export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

const MARKS = /\p{M}/gu;
const WHITESPACE = /\s/;
const ASCII = /^\p{ASCII}*$/u;
/**
 * Characters whose folds can compose (NFC) with a neighbour's fold into one character even once the
 * marks are gone: Hangul jamo in all their forms (conjoining, compatibility, halfwidth, enclosed) and
 * Kirat Rai. Folding a whole string would join them where folding code point by code point does not,
 * so `foldText` folds runs of them code point by code point. (The tests check every code point of the
 * planes in use.)
 */
const COMPOSING =
  /[\u1100-\u11ff\u3130-\u318f\u3200-\u321e\u3260-\u327e\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc\u{16d40}-\u{16d7f}]+/gu;
const HAS_COMPOSING = new RegExp(COMPOSING.source, 'u');

/** Runs of whitespace other than a lone space (those need no replacing): each becomes one space. */
const WHITESPACE_RUN = / \s+|[^\S ]\s*/g;

/** The fold of any text, as whole-string operations; for one code point, it is the definition. */
function foldString(text: string): string {
  // NFC after dropping the marks puts back what NFKD split but is not a mark (Hangul syllables).
  let folded = text.toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC');
  if (folded.includes('ß')) folded = folded.replace(/ß/g, 'ss');
  if (folded.includes('ς')) folded = folded.replace(/ς/g, 'σ');
  return folded.replace(WHITESPACE_RUN, ' ');
}

const cache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = foldString(ch);
    cache.set(ch, folded);
  }
  return folded;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Folding code point by code point, with a map, resumable: a fold in progress over `source`. */
interface FoldState {
  text: string;
  starts: number[];
  ends: number[];
  /** The next code unit of `source` to fold. */
  next: number;
  /** Whether the folded text so far ends in a space (so a following space joins it). */
  lastSpace: boolean;
}

/**
 * Folds on until `source` is folded up to `original` and the folded text is `length` long, then on
 * until the last folded character's range is final (a trailing space may still grow).
 */
function foldOn(source: string, state: FoldState, original: number, length: number): void {
  const { starts, ends } = state;
  let { text: out, next: i, lastSpace } = state;
  while (i < source.length && (i < original || out.length < length || lastSpace)) {
    const code = source.charCodeAt(i);
    const end = isHighSurrogate(code) && isLowSurrogate(source.charCodeAt(i + 1)) ? i + 2 : i + 1;
    const ch = source.slice(i, end);
    const folded = code < 0x80 ? (WHITESPACE.test(ch) ? ' ' : ch.toLowerCase()) : foldCodePoint(ch);
    for (const f of folded) {
      if (f === ' ' && lastSpace) {
        if (ends.length > 0) ends[ends.length - 1] = end;
        continue;
      }
      lastSpace = f === ' ';
      out += f;
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  state.text = out;
  state.next = i;
  state.lastSpace = lastSpace;
}

/** The folded text alone (what matching needs): the same text as `foldTextWithMap(text).text`. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(WHITESPACE_RUN, ' ');
  if (!HAS_COMPOSING.test(text)) return foldString(text);
  let out = '';
  let at = 0;
  for (const run of text.matchAll(COMPOSING)) {
    out += foldString(text.slice(at, run.index));
    out += foldTextWithMap(run[0]).text;
    at = run.index + run[0].length;
  }
  return (out + foldString(text.slice(at))).replace(/ {2,}/g, ' ');
}

/** The folded text with its map back to `text` (what highlighting needs). */
export function foldTextWithMap(text: string): FoldedText {
  const state: FoldState = { text: '', starts: [], ends: [], next: 0, lastSpace: false };
  foldOn(text, state, text.length, 0);
  return { text: state.text, starts: state.starts, ends: state.ends };
}

/** The range of the original text that folded characters [from, to) came from. */
export function originalRange(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? 0 };
}

/** A long text folded for matching, with checkpoints to map parts of it back (`FoldedSlice`). */
export interface FoldedBody {
  /** `foldText(original)`. */
  text: string;
  /** Checkpoint k: the original text up to `origins[k]` folds to `text` up to `offsets[k]`. Ascending. */
  origins: number[];
  offsets: number[];
}

/** Original characters between checkpoints: a snippet's map costs about this many folded code points. */
export const FOLD_CHUNK = 512;

/** `foldText(text)` with checkpoints about every `chunk` characters of `text`. */
export function foldBody(text: string, chunk = FOLD_CHUNK): FoldedBody {
  const parts: string[] = [];
  const origins: number[] = [];
  const offsets: number[] = [];
  let length = 0;
  let lastSpace = false;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + Math.max(1, chunk));
    if (isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    origins.push(start);
    offsets.push(length);
    let part = foldText(text.slice(start, end));
    if (lastSpace && part.startsWith(' ')) part = part.slice(1);
    if (part) {
      parts.push(part);
      length += part.length;
      lastSpace = part.endsWith(' ');
    }
    start = end;
  }
  return { text: parts.join(''), origins, offsets };
}

/** The last checkpoint of `body` at or before `value` in `of` (its `origins` or `offsets`); -1 if none. */
function checkpointBefore(of: readonly number[], value: number): number {
  let low = 0;
  let high = of.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (of[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * Part of a `FoldedBody`'s text with its map, folded from a checkpoint on demand: its characters and
 * map entries are exactly those of `foldTextWithMap(source)` from `offset` on (as far as folded).
 */
export class FoldedSlice {
  private readonly state: FoldState;

  private constructor(
    private readonly source: string,
    /** Where in the original text the slice starts. */
    readonly origin: number,
    /** Where in the body's folded text the slice starts. */
    readonly offset: number,
    lastSpace: boolean,
  ) {
    this.state = { text: '', starts: [], ends: [], next: origin, lastSpace };
  }

  /** A slice starting at or before folded position `offset` of `body`. */
  static atFolded(source: string, body: FoldedBody, offset: number): FoldedSlice {
    return FoldedSlice.at(source, body, checkpointBefore(body.offsets, offset));
  }

  /** A slice starting at or before original position `origin`. */
  static atOriginal(source: string, body: FoldedBody, origin: number): FoldedSlice {
    return FoldedSlice.at(source, body, checkpointBefore(body.origins, origin));
  }

  private static at(source: string, body: FoldedBody, k: number): FoldedSlice {
    if (k < 0) return new FoldedSlice(source, 0, 0, false);
    const offset = body.offsets[k]!;
    return new FoldedSlice(source, body.origins[k]!, offset, body.text[offset - 1] === ' ');
  }

  /** The folded characters so far. */
  get text(): string {
    return this.state.text;
  }

  /** Folds on until the original is folded up to `original` and the body's text up to `folded`. */
  extend(original: number, folded: number): void {
    foldOn(this.source, this.state, original, folded - this.offset);
  }

  /** The original range of the slice's characters [from, to) (slice positions, not the body's). */
  originalRange(from: number, to: number): { start: number; end: number } {
    return originalRange(this.state, from, to);
  }
}
