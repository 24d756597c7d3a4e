/**
 * Every sentence the library page says about what happened: notices (polite) and problems
 * (assertive), built from structured results so the container never composes text. Each failure
 * reason has its own message, and each says what did not change.
 */
import type {
  ExportFormat,
  ImportFailure,
  ImportReport,
  LibraryFilter,
  LibrarySort,
  UpdateResult,
} from '@/utils/reading-list/library-types';
import { formatNumber, messageKey, pluralKey, type Translate } from './i18n';

export type UpdateFailure = Extract<UpdateResult, { ok: false }>['reason'];
export type ImportCounts = Omit<Extract<ImportReport, { ok: true }>, 'ok'>;

/** Polite news, shown as a toast. `removed` offers Undo. */
export type LibraryNotice =
  | { kind: 'removed'; id: string; title: string }
  | { kind: 'restored'; id: string; title: string }
  | { kind: 'archived'; title: string; archived: boolean }
  | { kind: 'tags-saved'; title: string }
  | { kind: 'importing' }
  | { kind: 'imported'; counts: ImportCounts }
  | { kind: 'exported'; filename: string; count: number };

/** Something the user asked for did not happen: announced assertively, shown until dismissed. */
export type LibraryProblem =
  | { kind: 'import'; reason: ImportFailure }
  /** Archive, favourite, tags or delete failed. */
  | { kind: 'update'; reason: UpdateFailure; title: string }
  /** Undo of a delete failed; Undo stays available. */
  | { kind: 'restore'; reason: UpdateFailure; title: string }
  | { kind: 'export'; format: ExportFormat };

/** Keyed by the contract's unions, so a new reason without a message does not compile. */
export const IMPORT_FAILURE_KEYS: Record<ImportFailure, string> = {
  'not-json': 'libraryImportFailed_not_json',
  'not-readside': 'libraryImportFailed_not_readside',
  'newer-version': 'libraryImportFailed_newer_version',
  'too-large': 'libraryImportFailed_too_large',
  quota: 'libraryImportFailed_quota',
  unavailable: 'libraryImportFailed_unavailable',
  error: 'libraryImportFailed_error',
};

export const UPDATE_FAILURE_KEYS: Record<UpdateFailure, string> = {
  missing: 'libraryUpdateFailed_missing',
  quota: 'libraryUpdateFailed_quota',
  unavailable: 'libraryUpdateFailed_unavailable',
  error: 'libraryUpdateFailed_error',
};

export const RESTORE_FAILURE_KEYS: Record<UpdateFailure, string> = {
  missing: 'libraryRestoreFailed_error',
  quota: 'libraryRestoreFailed_quota',
  unavailable: 'libraryRestoreFailed_error',
  error: 'libraryRestoreFailed_error',
};

export const FILTER_KEYS: Record<LibraryFilter, string> = {
  unread: 'libraryFilter_unread',
  favorites: 'libraryFilter_favorites',
  archived: 'libraryFilter_archived',
  all: 'libraryFilter_all',
};

export const SORT_KEYS: Record<LibrarySort, string> = {
  newest: 'librarySort_newest',
  oldest: 'librarySort_oldest',
  shortest: 'librarySort_shortest',
  longest: 'librarySort_longest',
};

export const EXPORT_FORMAT_KEYS: Record<ExportFormat, string> = {
  json: 'libraryExportJson',
  markdown: 'libraryExportMarkdown',
  html: 'libraryExportHtml',
};

/** `<base>_one` / `<base>_other` with the count (formatted) as $1 and `rest` after it. */
export function plural(t: Translate, locale: string, base: string, count: number, ...rest: string[]): string {
  return t(pluralKey(base, count, locale), [formatNumber(count, locale), ...rest]);
}

/** A size limit in megabytes, for people ("5 MB"). */
export function formatMegabytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb);
  } catch {
    return `${Math.round(mb * 10) / 10} MB`;
  }
}

function listOf(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function importSummary(t: Translate, locale: string, counts: ImportCounts): string {
  const parts = [
    counts.added ? plural(t, locale, 'libraryImportAdded', counts.added) : '',
    counts.updated ? plural(t, locale, 'libraryImportUpdated', counts.updated) : '',
    counts.unchanged ? plural(t, locale, 'libraryImportUnchanged', counts.unchanged) : '',
    counts.invalid ? plural(t, locale, 'libraryImportInvalid', counts.invalid) : '',
  ].filter(Boolean);
  return parts.length ? t('libraryImported', listOf(parts, locale)) : t('libraryImportedNothing');
}

export function noticeText(t: Translate, locale: string, notice: LibraryNotice): string {
  switch (notice.kind) {
    case 'removed':
      return t('libraryRemoved', notice.title);
    case 'restored':
      return t('libraryRestored', notice.title);
    case 'archived':
      return t(notice.archived ? 'libraryArchivedNotice' : 'libraryUnarchivedNotice', notice.title);
    case 'tags-saved':
      return t('libraryTagsSaved', notice.title);
    case 'importing':
      return t('libraryImporting');
    case 'imported':
      return importSummary(t, locale, notice.counts);
    case 'exported':
      return plural(t, locale, 'libraryExported', notice.count, notice.filename);
  }
}

export function problemText(t: Translate, locale: string, problem: LibraryProblem, importMaxBytes: number): string {
  switch (problem.kind) {
    case 'import':
      return problem.reason === 'too-large'
        ? t(IMPORT_FAILURE_KEYS['too-large'], formatMegabytes(importMaxBytes, locale))
        : t(IMPORT_FAILURE_KEYS[problem.reason] ?? messageKey('libraryImportFailed_', 'error'));
    case 'update':
      return t(UPDATE_FAILURE_KEYS[problem.reason] ?? UPDATE_FAILURE_KEYS.error, problem.title);
    case 'restore':
      return t(RESTORE_FAILURE_KEYS[problem.reason] ?? RESTORE_FAILURE_KEYS.error, problem.title);
    case 'export':
      return t('libraryExportFailed', t(EXPORT_FORMAT_KEYS[problem.format]));
  }
}
