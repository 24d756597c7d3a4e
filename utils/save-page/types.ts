/**
 * "Save page": the article of a tab goes straight into the reading list, without opening the
 * reader (the toolbar-less save a read-it-later user expects from a shortcut or the page menu).
 */

import type { FailureReason } from '../extract/types';
import type { SnapshotError } from '../messaging';

/** Why a page could not be saved: the snapshot's error, the extraction's, or the store's. */
export type SavePageFailure = SnapshotError | FailureReason | 'quota' | 'unavailable';

export type SavePageOutcome =
  | { ok: true; id: string; updated: boolean; title: string }
  | { ok: false; reason: SavePageFailure };
