/**
 * The reading position of a saved article (0..1). Written by the service worker on the reader's
 * behalf, so a position sent while the reader page is being left still lands (see
 * utils/reader/saved-progress.ts); hence no dependency on the sanitiser here.
 */
import type { UpdateResult } from './library-types';
import { updateArticle } from './update-article';

/** A reading position: a number in 0..1, anything else reads as not started. */
export function readingProgress(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Remembers how far the user has read (clamped); like organising, not a content change. */
export function setProgress(id: string, progress: number): Promise<UpdateResult> {
  const value = readingProgress(progress);
  return updateArticle(id, (record) => ({ ...record, progress: value }));
}
