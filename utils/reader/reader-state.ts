/**
 * What a reader surface shows, as one value. `state` is also the `data-state` hook on `<main>`
 * that the e2e suite reads.
 */
import type { Article, Detection, FailureReason, RemovedBlock } from '../extract/types';
import type { SavedArticle } from '../reading-list';
import { type RestrictedReason, restrictedReason } from '../restricted-url';
import type { LoadResult } from './load-article';

export type ErrorReason = Exclude<FailureReason, 'not-readerable'> | 'no-tab' | 'failed' | 'no-source';

export type ViewState =
  | { state: 'loading'; tabId: number | null }
  | {
      state: 'article';
      tabId: number | null;
      url: string;
      article: Article;
      removed: RemovedBlock[];
      /** Set when the article is a reading-list copy: its id and where the user stopped reading. */
      saved?: { id: string; progress: number };
    }
  | { state: 'not-article'; tabId: number | null; url: string; detection: Detection; message: string }
  | { state: 'restricted'; tabId: number | null; url: string | null; reason: NonNullable<RestrictedReason> }
  | { state: 'no-access'; tabId: number | null; url: string | null }
  | { state: 'error'; tabId: number | null; url: string | null; reason: ErrorReason; message: string };

export type ViewStateName = ViewState['state'];

export function toViewState(load: LoadResult): ViewState {
  if (load.kind === 'unavailable') {
    const { tabId, url } = load;
    switch (load.error) {
      case 'restricted':
        return { state: 'restricted', tabId, url, reason: restrictedReason(url) ?? 'browser-page' };
      case 'no-access':
        return { state: 'no-access', tabId, url };
      default:
        return { state: 'error', tabId, url, reason: load.error, message: '' };
    }
  }
  const { tabId, url, result } = load;
  if (result.ok) return { state: 'article', tabId, url, article: result.article, removed: result.removed };
  if (result.reason === 'not-readerable') {
    return { state: 'not-article', tabId, url, detection: result.detection, message: result.message };
  }
  return { state: 'error', tabId, url, reason: result.reason, message: result.message };
}

export function errorView(tabId: number | null, url: string | null, reason: ErrorReason, err?: unknown): ViewState {
  const message = err instanceof Error ? err.message : err === undefined ? '' : String(err);
  return { state: 'error', tabId, url, reason, message };
}

/** A reading-list article (`reader.html?saved=<id>`); its HTML is sanitised again when rendered. */
export function savedArticleView(saved: SavedArticle | null): ViewState {
  if (!saved) return errorView(null, null, 'no-source');
  const {
    id,
    savedAt: _savedAt,
    updatedAt: _updatedAt,
    tags: _tags,
    archived: _archived,
    favorite: _favorite,
    progress: _progress,
    ...article
  } = saved;
  return {
    state: 'article',
    tabId: null,
    url: saved.url,
    article,
    removed: [],
    saved: { id: saved.id, progress: saved.progress },
  };
}
