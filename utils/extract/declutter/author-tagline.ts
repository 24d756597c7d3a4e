import { hasDescendant } from '../walk';

/**
 * After Readability: an author tagline closing the article ("Ann Lee is a staff writer for the
 * Courier.") repeats the byline with a role; it belongs to the author box, not the text.
 */
const ROLE =
  /\b(?:writer|reporter|editor|correspondent|columnist|contributor|journalist|photographer|freelancer|covers|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|jornalista|repórter|기자|記者)\b/iu;

/** A tagline is a short block: at most this many characters. */
const TAGLINE_MAX = 300;
/** How many trailing blocks to look at. */
const LOOK_BACK = 3;

function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isAuthorTagline(text: string, byline: string | null): boolean {
  const name = norm(byline ?? '');
  const line = norm(text);
  return name.length >= 3 && line.length <= TAGLINE_MAX && line.includes(name) && ROLE.test(line);
}

/** The last leaf-ish blocks of `content`, last first (never descends more than needed). */
function trailingBlocks(content: Element): Element[] {
  const blocks: Element[] = [];
  let el: Element | null = content.lastElementChild;
  while (el && blocks.length < LOOK_BACK) {
    const text = el.textContent ?? '';
    if (text.length > TAGLINE_MAX * 3 && el.lastElementChild) {
      el = el.lastElementChild;
      continue;
    }
    if (text.trim()) blocks.push(el);
    let next: Element | null = el;
    while (next && next !== content && !next.previousElementSibling) next = next.parentElement;
    el = next && next !== content ? next.previousElementSibling : null;
  }
  return blocks;
}

/** Removes author taglines at the end of `content` and returns them. */
export function removeAuthorTagline(content: Element, byline: string | null): Element[] {
  if (!byline) return [];
  const removed: Element[] = [];
  for (const el of trailingBlocks(content)) {
    if (!hasDescendant(el, ['img', 'figure', 'table']) && isAuthorTagline(el.textContent ?? '', byline)) {
      el.remove();
      removed.push(el);
    }
  }
  return removed;
}
