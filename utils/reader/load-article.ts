/** The view side of the data flow: snapshot from the background, then pure extraction here. */
import { extractArticle } from '../extract';
import type { ExtractResult } from '../extract/types';
import { type SnapshotResponse, sendMessage } from '../messaging';
import { type PageSnapshot, parseSnapshot } from '../page-snapshot';

export type LoadResult =
  | { kind: 'extracted'; tabId: number; url: string; result: ExtractResult }
  | {
      kind: 'unavailable';
      tabId: number | null;
      url: string | null;
      error: Exclude<SnapshotResponse, { ok: true }>['error'];
    };

/** Asks the background to serialise a tab (the active tab of the last focused window when omitted). */
export function fetchSnapshot(tabId: number | undefined): Promise<SnapshotResponse> {
  return sendMessage('getSnapshot', { tabId });
}

/**
 * Parses and extracts in this extension page, off the web page's main thread. The parser is the
 * view's snapshot parser (./snapshot-parser) where it has one.
 */
export function extractSnapshot(snapshot: PageSnapshot, force: boolean, parser?: DOMParser): ExtractResult {
  return extractArticle(parseSnapshot(snapshot, parser), snapshot.url, { force });
}

export type Extract = (snapshot: PageSnapshot, force: boolean) => ExtractResult;

export function toLoadResult(
  response: SnapshotResponse,
  force = false,
  extract: Extract = extractSnapshot,
): LoadResult {
  if (!response.ok) return { kind: 'unavailable', tabId: response.tabId, url: response.url, error: response.error };
  const { snapshot } = response;
  return { kind: 'extracted', tabId: response.tabId, url: snapshot.url, result: extract(snapshot, force) };
}
