/**
 * The search box's text as terms: whitespace-separated words, and "double-quoted phrases" as one
 * term (typographic quotes count too; a quote left open runs to the end). Terms come back folded
 * (./fold-text.ts), without duplicates.
 */
import { foldText } from './fold-text';

const QUOTES = /[“”„‟«»]/g;
const TERM = /"([^"]*)"?|([^\s"]+)/g;
/** More terms than anyone types: the rest are ignored. */
export const MAX_TERMS = 32;

export function parseSearchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.replace(QUOTES, '"').matchAll(TERM)) {
    const term = foldText(match[1] ?? match[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}
