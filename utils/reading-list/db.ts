/**
 * The one IndexedDB schema for the reading list, versioned with explicit upgrade steps.
 * Saved articles hold the full cleaned content so they read offline.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'readside';
export const DB_VERSION = 1;

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
  tags: string[];
  archived: boolean;
}

interface ReadsideDB extends DBSchema {
  articles: {
    key: string;
    value: SavedArticle;
    indexes: { byUrl: string; bySavedAt: number };
  };
}

export type ReadsideDatabase = IDBPDatabase<ReadsideDB>;

export function openReadsideDb(): Promise<ReadsideDatabase> {
  return openDB<ReadsideDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('byUrl', 'url', { unique: true });
        articles.createIndex('bySavedAt', 'savedAt');
      }
      // Future versions: add `if (oldVersion < 2) { ... }` steps here, never edit the ones above.
    },
  });
}
