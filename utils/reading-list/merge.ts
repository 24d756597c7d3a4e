/**
 * How two copies of the same article (same URL) become one, for import and for undoing a removal.
 * Pure. Content fields travel together: a copy's text is never mixed with another copy's title.
 */
import type { SavedArticle } from './db';
import { tagKey, unionTags } from './tags';

/** The fields a content refresh replaces (together with `updatedAt`). */
export type ArticleContent = Pick<
  SavedArticle,
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'leadImageUrl'
  | 'contentHtml'
  | 'textContent'
  | 'wordCount'
  | 'readingMinutes'
  | 'updatedAt'
>;

export function contentOf(record: ArticleContent): ArticleContent {
  return {
    url: record.url,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    publishedTime: record.publishedTime,
    lang: record.lang,
    dir: record.dir,
    excerpt: record.excerpt,
    leadImageUrl: record.leadImageUrl,
    contentHtml: record.contentHtml,
    textContent: record.textContent,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    updatedAt: record.updatedAt,
  };
}

/** Whether `merged` has a tag that `local` lacks. */
function addsTags(local: readonly string[], merged: readonly string[]): boolean {
  const keys = new Set(local.map(tagKey));
  return merged.some((tag) => !keys.has(tagKey(tag)));
}

export type ImportOutcome = 'updated' | 'unchanged';

/**
 * An imported copy of an article the list already has. A strictly newer copy (`updatedAt`) replaces
 * the content and brings its archived/favorite state; the local id stays, `savedAt` is the earlier
 * of the two, tags are the union (local first). An older or equally old copy changes nothing but
 * may add tags the local copy lacks. Either way the reading position is the further of the two:
 * an import never sends the user back to the start of what they had read.
 */
export function mergeImported(
  local: SavedArticle,
  incoming: Omit<SavedArticle, 'id'>,
): { record: SavedArticle; outcome: ImportOutcome } {
  const tags = unionTags(local.tags, incoming.tags);
  if (incoming.updatedAt > local.updatedAt) {
    return {
      record: {
        ...local,
        ...contentOf(incoming),
        savedAt: Math.min(local.savedAt, incoming.savedAt),
        tags,
        archived: incoming.archived,
        favorite: incoming.favorite,
        progress: Math.max(local.progress, incoming.progress),
      },
      outcome: 'updated',
    };
  }
  const progress = Math.max(local.progress, incoming.progress);
  if (addsTags(local.tags, tags) || progress > local.progress) {
    return { record: { ...local, tags, progress }, outcome: 'updated' };
  }
  return { record: local, outcome: 'unchanged' };
}

/**
 * Undoing a removal when the URL was saved again meanwhile (`current`). The newer content wins
 * (`updatedAt`; a tie keeps `current`), under `current`'s id. The article goes back to its place in
 * the list (the earlier `savedAt`); tags are the union (`current`'s first); a favourite mark set on
 * either copy is kept; it stays archived only if both copies are, since saving it again put it back
 * among the unread on purpose.
 */
export function mergeRestored(current: SavedArticle, removed: SavedArticle): SavedArticle {
  const newer = removed.updatedAt > current.updatedAt ? removed : current;
  return {
    ...current,
    ...contentOf(newer),
    url: current.url,
    savedAt: Math.min(current.savedAt, removed.savedAt),
    tags: unionTags(current.tags, removed.tags),
    favorite: current.favorite || removed.favorite,
    archived: current.archived && removed.archived,
    progress: Math.max(current.progress, removed.progress),
  };
}
