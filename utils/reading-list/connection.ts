/**
 * The one open database connection the reading-list service shares, plus the small helpers every
 * module that writes needs: fresh ids and telling a full disk from other failures.
 */
import { openReadsideDb, type ReadsideDatabase } from './db';

let dbPromise: Promise<ReadsideDatabase> | null = null;

export function db(): Promise<ReadsideDatabase> {
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

/** A write failure as a reason code: a full disk, or anything else. */
export function writeFailure(err: unknown): 'quota' | 'error' {
  return isQuotaError(err) ? 'quota' : 'error';
}

export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
