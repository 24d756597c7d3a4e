/**
 * Text folded for matching: lower case, compatibility-decomposed (NFKD) with combining marks
 * dropped, so "cafe" finds "Café", "MULLER" finds "Müller" and "strasse" finds "Straße"; runs of
 * whitespace become one space. Folding works code point by code point, so a folded text can carry a
 * map back to the original: `starts[i]`/`ends[i]` is the range of the original text that folded
 * character i came from (a collapsed run of whitespace maps to the whole run).
 */

export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

const MARKS = /\p{M}/gu;
const WHITESPACE = /\s/;
const ASCII = /^\p{ASCII}*$/u;
const cache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    // NFC at the end puts back what NFKD split but is not a mark (Hangul syllables).
    folded = ch
      .toLowerCase()
      .normalize('NFKD')
      .replace(MARKS, '')
      .normalize('NFC')
      .replace(/ß/g, 'ss')
      .replace(/ς/g, 'σ')
      .replace(/\s+/g, ' ');
    cache.set(ch, folded);
  }
  return folded;
}

function fold(text: string, map: { starts: number[]; ends: number[] } | null): string {
  let out = '';
  let lastSpace = false;
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    const folded =
      ch.length === 1 && ch < '\u0080' ? (WHITESPACE.test(ch) ? ' ' : ch.toLowerCase()) : foldCodePoint(ch);
    for (const f of folded) {
      if (f === ' ' && lastSpace) {
        if (map) map.ends[map.ends.length - 1] = end;
        continue;
      }
      lastSpace = f === ' ';
      out += f;
      if (map) {
        for (let k = 0; k < f.length; k++) {
          map.starts.push(i);
          map.ends.push(end);
        }
      }
    }
    i = end;
  }
  return out;
}

/** The folded text alone (what matching needs). */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase().replace(/\s+/g, ' ') : fold(text, null);
}

/** The folded text with its map back to `text` (what highlighting needs). */
export function foldTextWithMap(text: string): FoldedText {
  const map = { starts: [] as number[], ends: [] as number[] };
  return { text: fold(text, map), ...map };
}

/** The range of the original text that folded characters [from, to) came from. */
export function originalRange(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? 0 };
}
