/**
 * The DOM half of "Save page": parse the snapshot, extract, store. It needs a DOM (DOMParser,
 * DOMPurify), so it runs in an extension page: Chrome's offscreen document, or Firefox's
 * background page. No `browser.*` here.
 */
import type { Article } from '../extract/types';
import type { PageSnapshot } from '../page-snapshot';
import { extractSnapshot } from '../reader/load-article';
import { type SaveResult, saveArticle } from '../reading-list';
import type { SavePageOutcome } from './types';

export interface SaveSnapshotDeps {
  save: (article: Article) => Promise<SaveResult>;
  parser?: DOMParser;
}

/**
 * Extracts with `force`: the user asked for this page to be kept, so a page that detection doubts
 * is saved as well as it can be. Only a page with no article text at all (or one too large or of
 * an unsupported kind) is refused, and nothing is written then.
 */
export async function saveSnapshot(
  snapshot: PageSnapshot,
  deps: SaveSnapshotDeps = { save: saveArticle },
): Promise<SavePageOutcome> {
  if (!snapshot.html) return { ok: false, reason: 'too-large' };
  const result = extractSnapshot(snapshot, true, deps.parser);
  if (!result.ok) return { ok: false, reason: result.reason };
  const saved = await deps.save(result.article);
  if (!saved.ok) return { ok: false, reason: saved.reason };
  return { ok: true, id: saved.id, updated: saved.updated, title: result.article.title };
}
