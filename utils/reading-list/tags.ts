/**
 * Tags as the reading list keeps them: trimmed, inner whitespace collapsed, at most MAX_TAG_LENGTH
 * characters each and MAX_TAGS per article, no duplicates that differ only in case (the first
 * spelling wins). Pure: used by the tag editor's writes, by import, and by the tag counts.
 */

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The identity of a tag: two tags are the same when their keys are equal. */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

function cleanTag(raw: string): string {
  const tag = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(tag);
  return chars.length > MAX_TAG_LENGTH ? chars.slice(0, MAX_TAG_LENGTH).join('').trimEnd() : tag;
}

/** Normalises a list of tags; anything that is not a string is dropped. */
export function normalizeTags(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    if (typeof raw !== 'string') continue;
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** `first`'s tags, then those of `second` that `first` lacks (normalised, so capped at MAX_TAGS). */
export function unionTags(first: readonly string[], second: readonly string[]): string[] {
  return normalizeTags([...first, ...second]);
}

/** Whether `tags` carries `tag` (case-insensitive). */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag.trim());
  return tags.some((t) => tagKey(t) === key);
}

/**
 * Every tag in use with the number of articles carrying it, sorted by name. Tags that differ only in
 * case count as one, spelled as on the most recently saved article that carries it.
 */
export function countTags(records: readonly { tags: readonly string[]; savedAt: number }[]): {
  tag: string;
  count: number;
}[] {
  const byKey = new Map<string, { tag: string; count: number; savedAt: number }>();
  for (const record of records) {
    const keys = new Set<string>();
    for (const tag of record.tags) {
      const key = tagKey(tag);
      if (keys.has(key)) continue;
      keys.add(key);
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { tag, count: 1, savedAt: record.savedAt });
      else {
        entry.count++;
        if (record.savedAt > entry.savedAt) {
          entry.tag = tag;
          entry.savedAt = record.savedAt;
        }
      }
    }
  }
  return [...byKey.values()]
    .map(({ tag, count }) => ({ tag, count }))
    .sort((a, b) => a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }) || compare(a.tag, b.tag));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
