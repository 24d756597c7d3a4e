/** The view side of the data flow: snapshot from the background, then pure extraction here. */
import { extractArticle } from '../extract';
import type { ExtractResult } from '../extract/types';
import { type SnapshotResponse, sendMessage } from '../messaging';
import { parseSnapshot } from '../page-snapshot';

export type LoadResult =
  | { kind: 'extracted'; tabId: number; url: string; result: ExtractResult }
  | {
      kind: 'unavailable';
      tabId: number | null;
      url: string | null;
      error: Exclude<SnapshotResponse, { ok: true }>['error'];
    };

export async function loadArticle(tabId: number | undefined, force = false): Promise<LoadResult> {
  const response = await sendMessage('getSnapshot', { tabId });
  if (!response.ok) return { kind: 'unavailable', tabId: response.tabId, url: response.url, error: response.error };
  const { snapshot } = response;
  const doc = parseSnapshot(snapshot);
  const result = extractArticle(doc, snapshot.url, { force });
  return { kind: 'extracted', tabId: response.tabId, url: snapshot.url, result };
}
