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
  `\\b(?:${MONTHS}|${WEEKDAYS}|${META_WORDS})\\b\\.?|\\b[ap]\\.\\s?m\\.|\\d+(?:[./:,-]\\d+)*(?:st|nd|rd|th|h)?|[年月日時分秒]|[|·•—–,:/()-]`,
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
 * around it), or a dateline made only of dates, times and words like "Updated", possibly after a
 * place name ("Paris, 5 March 2026"). A time alone ("13.15 BST", a live-blog entry) is not a dateline.
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
  if (isDateOnly(rest)) return true;
  return isPlaceDateline(text);
}

/** Nothing but dates, times and words like "Updated" (once the title is taken out). */
function isDateOnly(text: string): boolean {
  return text.replace(DATE_OR_META, ' ').replace(/[^\p{L}\p{N}]/gu, '').length === 0;
}

/** "Porto do Sol (A Coruña) - 14 sept 2026 - 05:30 CEST": a place name, a separator, then only a date. */
const PLACE_DATELINE = /^(\p{Lu}[^\d|·•—–,-]{0,40}?)\s*[|·•—–,-]\s*(.+)$/u;
const PLACE_MAX_WORDS = 5;

function isPlaceDateline(text: string): boolean {
  const match = text.replace(/\s+/g, ' ').trim().match(PLACE_DATELINE);
  if (!match) return false;
  const [, place = '', date = ''] = match;
  return place.split(' ').length <= PLACE_MAX_WORDS && DATE.test(date) && isDateOnly(norm(date));
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
  /** Set once a standfirst is passed: the zone ends with the header group that holds it. */
  let zoneEnd: Element | null = null;
  let el: Element | null = content.firstElementChild;
  while (el && visited++ < MAX_VISITED) {
    if (zoneEnd && !zoneEnd.contains(el)) break;
    if (isBylinePicture(el, facts)) {
      const next = nextElementAfter(el, content);
      el.remove();
      removed.push(el);
      el = next;
      continue;
    }
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
    const next = nextElementAfter(el, content);
    if (isRunningParagraph(el)) {
      // The first paragraph of running text ends the header zone; a standfirst does so only once
      // the small header group it shares with the byline or dateline is done.
      if (text === null || zoneEnd || !isStandfirstInGroup(el, content)) break;
      zoneEnd = el.parentElement;
    } else if (text && isHeaderLine(text, facts) && !hasDescendant(el, MEDIA)) {
      el.remove();
      removed.push(el);
    }
    el = next;
  }
  return removed;
}

/** Header groups (headline, standfirst, byline, date, avatar) have at most this many blocks. */
const HEADER_GROUP_MAX = 6;

/**
 * A paragraph long enough to be running text that is the only one among a few siblings (a
 * standfirst beside the byline in a header group), not one of the body's paragraphs.
 */
function isStandfirstInGroup(p: Element, content: Element): boolean {
  const group = p.parentElement;
  // Not the article itself (`content` or Readability's page wrapper in it).
  if (!group || group === content || group.parentElement === content) return false;
  const siblings = Array.from(group.children);
  if (siblings.length < 2 || siblings.length > HEADER_GROUP_MAX) return false;
  if (!siblings.every((el) => el === p || !isRunningParagraph(el))) return false;
  // The body follows the group; without it, the paragraph is the body.
  const after = nextElementAfter(group, content);
  return !!after && (isRunningParagraph(after) || Array.from(after.getElementsByTagName('p')).some(isRunningParagraph));
}

function isRunningParagraph(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'P') return false;
  const text = boundedText(el, RUNNING_PARAGRAPH);
  return text === null || text.length >= RUNNING_PARAGRAPH;
}

/** The author's picture repeated from the header: one or two images named after the byline, and no text. */
function isBylinePicture(el: Element, facts: HeaderFacts): boolean {
  const byline = norm(facts.byline);
  if (byline.length < 3 || boundedText(el, 0) !== '' || hasDescendant(el, ['figcaption', 'video', 'iframe'])) {
    return false;
  }
  const images = el.tagName.toUpperCase() === 'IMG' ? [el] : Array.from(el.getElementsByTagName('img'));
  return (
    images.length > 0 &&
    images.length <= 2 &&
    images.every((img) => {
      const alt = norm(img.getAttribute('alt'));
      return alt.includes(byline) || (alt.length >= 5 && byline.includes(alt));
    })
  );
}

function nextElementAfter(el: Element, root: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== root) {
    if (node.nextElementSibling) return node.nextElementSibling;
    node = node.parentElement;
  }
  return null;
}
