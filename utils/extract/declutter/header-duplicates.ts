/**
 * After Readability: the headline, byline and dateline repeated at the top of the body are
 * furniture, because the reader's own header shows them. Only small blocks before the first
 * paragraph of running text are considered, and never ones holding media.
 */
import { boundedText } from '../text';
import { hasDescendant } from '../walk';

export interface HeaderFacts {
  title: string | null;
  byline: string | null;
}

/** Blocks longer than this are containers to look into, not header lines. */
const HEADER_LINE_MAX = 250;
const RUNNING_PARAGRAPH = 100;
const MAX_VISITED = 60;

const MONTHS =
  'jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fev(?:ereiro)?|mar(?:ch|s|z|zo|ço)?|märz|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|jun(?:e|i|io|ho)?|juin|jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|août|ago(?:sto)?|sep(?:t|tember|tembre|tiembre|embro)?|set(?:embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember|embro)?|dic(?:iembre)?';
const WEEKDAYS =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta';
const META_WORDS =
  'published|updated|posted|modified|last|on|at|am|pm|by|and|et|und|y|e|de|del|do|da|le|la|el|em|um|von|par|por|veröffentlicht|aktualisiert|publié|mis à jour|publicado|atualizado|actualizado|views?|min|mins|minutes?|hours?|read|reading|time|ago|utc|gmt|[a-z]{1,2}t|kst|jst|cest|cet|bst|ist';

const DATE_OR_META = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|${META_WORDS})\\b\\.?|\\d+(?:[./:,-]\\d+)*(?:st|nd|rd|th|h)?|[年月日時分秒]|[|·•—–,:/()-]`,
  'giu',
);

function norm(text: string | null): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const DATE = new RegExp(
  `\\b(?:${MONTHS})\\b|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}\\s*年|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`,
  'iu',
);

/** A byline line ("By Ann Lee, Staff Writer · June 5, 2026") is at most this long. */
const BYLINE_LINE_MAX = 150;

/**
 * True when `text` repeats the header: the title, the byline (with a role, the site or a date
 * around it), or a dateline made only of dates, times and words like "Updated". A time alone
 * ("13.15 BST", a live-blog entry) is not a dateline.
 */
export function isHeaderLine(text: string, facts: HeaderFacts): boolean {
  let rest = norm(text);
  if (!rest) return false;
  const title = norm(facts.title);
  const byline = norm(facts.byline);
  if (title.length >= 3 && rest === title) return true;
  if (byline.length >= 3 && rest.includes(byline) && rest.length <= BYLINE_LINE_MAX) return true;
  if (title.length >= 3 && rest.includes(title)) rest = rest.replace(title, ' ');
  else if (!DATE.test(rest)) return false;
  rest = rest.replace(DATE_OR_META, ' ');
  return rest.replace(/[^\p{L}\p{N}]/gu, '').length === 0;
}

const CONTENT_BLOCKS = new Set(['TABLE', 'FIGURE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'PRE', 'ASIDE']);
const MEDIA = ['img', 'picture', 'video', 'audio', 'iframe', 'figure', 'table', 'svg', 'object', 'embed'];

const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'HGROUP', 'FOOTER']);

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toUpperCase();
    if (CONTAINERS.has(tag) || CONTENT_BLOCKS.has(tag) || /^(?:P|H[1-6]|ADDRESS)$/.test(tag)) return true;
  }
  return false;
}

/** Removes header duplicates from `content` and returns them in order. */
export function removeHeaderDuplicates(content: Element, facts: HeaderFacts): Element[] {
  const removed: Element[] = [];
  let visited = 0;
  let el: Element | null = content.firstElementChild;
  while (el && visited++ < MAX_VISITED) {
    const tag = el.tagName.toUpperCase();
    if (CONTENT_BLOCKS.has(tag)) {
      // A table, list, figure or quote before the first paragraph is content: step over it.
      el = nextElementAfter(el, content);
      continue;
    }
    if (CONTAINERS.has(tag) && hasBlockChild(el)) {
      el = el.firstElementChild;
      continue;
    }
    const text = boundedText(el, HEADER_LINE_MAX);
    // The first paragraph of running text ends the header zone.
    if (tag === 'P' && (text === null || text.length >= RUNNING_PARAGRAPH)) break;
    const next = nextElementAfter(el, content);
    if (text && isHeaderLine(text, facts) && !hasDescendant(el, MEDIA)) {
      el.remove();
      removed.push(el);
    }
    el = next;
  }
  return removed;
}

function nextElementAfter(el: Element, root: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== root) {
    if (node.nextElementSibling) return node.nextElementSibling;
    node = node.parentElement;
  }
  return null;
}
