/**
 * Reading-list service: save the cleaned article for offline reading, look it up, list, remove.
 * Nothing leaves the device. Failures (a full disk above all) come back as plain-language results;
 * the article on screen is never lost because a save failed.
 */
import type { Article } from '../extract/types';
import { sanitizeHtml } from '../sanitize';
import { openReadsideDb, type ReadsideDatabase, type SavedArticle } from './db';

export type { SavedArticle } from './db';

export type SaveResult =
  | { ok: true; id: string; updated: boolean }
  | { ok: false; reason: 'quota' | 'unavailable' | 'error'; message: string };

let dbPromise: Promise<ReadsideDatabase> | null = null;

function db(): Promise<ReadsideDatabase> {
  dbPromise ??= openReadsideDb();
  return dbPromise;
}

/** Tests inject a fresh database (fake-indexeddb). */
export function useDatabaseForTests(database: Promise<ReadsideDatabase> | null): void {
  dbPromise = database;
}

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? ''));
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Saves (or refreshes) an article, keyed by its canonical URL. */
export async function saveArticle(article: Article, now = Date.now()): Promise<SaveResult> {
  let database: ReadsideDatabase;
  try {
    database = await db();
  } catch {
    return { ok: false, reason: 'unavailable', message: 'The reading list is not available in this browser profile.' };
  }
  try {
    const tx = database.transaction('articles', 'readwrite');
    const existing = await tx.store.index('byUrl').get(article.url);
    const record: SavedArticle = {
      id: existing?.id ?? newId(),
      url: article.url,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      leadImageUrl: article.leadImageUrl,
      // Stored content is sanitised again: it may not come straight from this run's extraction.
      contentHtml: sanitizeHtml(article.contentHtml, { baseUrl: article.url }),
      textContent: article.textContent,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      tags: existing?.tags ?? [],
      archived: existing?.archived ?? false,
    };
    await tx.store.put(record);
    await tx.done;
    return { ok: true, id: record.id, updated: !!existing };
  } catch (err) {
    if (isQuotaError(err)) {
      return {
        ok: false,
        reason: 'quota',
        message: 'Your disk is full, so the article could not be saved. It is still open here.',
      };
    }
    return { ok: false, reason: 'error', message: 'The article could not be saved. It is still open here.' };
  }
}

export async function getSavedArticle(id: string): Promise<SavedArticle | null> {
  return (await (await db()).get('articles', id)) ?? null;
}

export async function findSavedByUrl(url: string): Promise<SavedArticle | null> {
  return (await (await db()).getFromIndex('articles', 'byUrl', url)) ?? null;
}

/** Newest first. */
export async function listSavedArticles(): Promise<SavedArticle[]> {
  const all = await (await db()).getAllFromIndex('articles', 'bySavedAt');
  return all.reverse();
}

export async function removeSavedArticle(id: string): Promise<void> {
  await (await db()).delete('articles', id);
}
