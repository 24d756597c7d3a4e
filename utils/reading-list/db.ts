/**
 * The one IndexedDB schema for the reading list, versioned with explicit upgrade steps.
 * Saved articles hold the full cleaned content so they read offline.
 */
import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, openDB, type StoreNames } from 'idb';

export const DB_NAME = 'readside';
/**
 * 1: the `articles` store, unique `byUrl`, `bySavedAt`.
 * 2: `favorite` and `progress` on every article (existing ones get `false` and 0), `byTag`
 *    (multiEntry on `tags`).
 */
export const DB_VERSION = 2;

export interface SavedArticle {
  id: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImageUrl: string | null;
  /** Sanitised when saved; re-sanitised whenever it is rendered. */
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  savedAt: number;
  updatedAt: number;
  /** Normalised (utils/reading-list/tags.ts): trimmed, no case-insensitive duplicates. */
  tags: string[];
  archived: boolean;
  favorite: boolean;
  /** How far the user has read, 0..1 (the reader restores it when the article opens again). */
  progress: number;
}

interface ReadsideDB extends DBSchema {
  articles: {
    key: string;
    value: SavedArticle;
    indexes: { byUrl: string; bySavedAt: number; byTag: string };
  };
}

export type ReadsideDatabase = IDBPDatabase<ReadsideDB>;

export function openReadsideDb(): Promise<ReadsideDatabase> {
  return openDB<ReadsideDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('byUrl', 'url', { unique: true });
        articles.createIndex('bySavedAt', 'savedAt');
      }
      if (oldVersion < 2) {
        const articles = tx.objectStore('articles');
        articles.createIndex('byTag', 'tags', { multiEntry: true });
        // Not awaited: the open request succeeds only once the upgrade transaction (and so this
        // cursor) has completed. If the backfill fails, the upgrade is aborted and the open fails.
        if (oldVersion >= 1) {
          addV2Fields(articles).catch(() => {
            try {
              tx.abort();
            } catch {
              // Already aborted by the failed request.
            }
          });
        }
      }
      // Future versions: add `if (oldVersion < 3) { ... }` steps here, never edit the ones above.
    },
  });
}

/** v2: records written by v1 have no `favorite` and no `progress`. */
async function addV2Fields(
  articles: IDBPObjectStore<ReadsideDB, StoreNames<ReadsideDB>[], 'articles', 'versionchange'>,
): Promise<void> {
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const record: Partial<SavedArticle> = cursor.value;
    if (typeof record.favorite !== 'boolean' || typeof record.progress !== 'number') {
      await cursor.update({
        ...cursor.value,
        favorite: record.favorite === true,
        progress: typeof record.progress === 'number' ? record.progress : 0,
      });
    }
  }
}
