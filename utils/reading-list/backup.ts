/**
 * Export the reading list to a file and import a backup back, all on the device. Import is
 * all-or-nothing: every write happens in one transaction, so a full disk (or anything else going
 * wrong) leaves the list exactly as it was. Imported articles are matched to saved ones by URL (never
 * by the file's ids), validated record by record (./validate-import.ts) and sanitised at this boundary.
 */
import { announceChange } from './changes';
import { db, newId, writeFailure } from './connection';
import type { ReadsideDatabase, SavedArticle } from './db';
import { BACKUP_FORMAT, BACKUP_VERSION, buildExport, DEFAULT_EXPORT_LABELS, type ExportLabels } from './export-formats';
import { sanitizeImported } from './imported-content';
import type { ExportFile, ExportFormat, ImportFailure, ImportReport } from './library-types';
import { mergeImported } from './merge';
import { type ImportedArticle, newestPerUrl, validateImportedRecord } from './validate-import';
import { fromWallabagEntry, isWallabagExport } from './wallabag-import';

/** Files over this many bytes are refused before they are read. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

/** All articles, or only those in `ids`, newest first. `labels` are the few words the files carry. */
export async function exportLibrary(
  format: ExportFormat,
  ids?: string[],
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): Promise<ExportFile> {
  const all = (await (await db()).getAllFromIndex('articles', 'bySavedAt')).reverse();
  const wanted = ids ? new Set(ids) : null;
  const articles = wanted ? all.filter((article) => wanted.has(article.id)) : all;
  return buildExport(format, articles, Date.now(), labels);
}

/** UTF-8 size of a string, without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

type Parsed = { ok: true; records: unknown[] } | { ok: false; reason: ImportFailure };

/** The file's article records, or why it is not a backup this build reads. */
export function parseBackup(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  // A wallabag export (a bare array of entries) reads like a backup of ours.
  if (isWallabagExport(data)) return { ok: true, records: data.map(fromWallabagEntry) };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-readside' };
  const backup = data as { format?: unknown; version?: unknown; articles?: unknown };
  if (backup.format !== BACKUP_FORMAT) return { ok: false, reason: 'not-readside' };
  const { version } = backup;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'not-readside' };
  }
  if (version > BACKUP_VERSION) return { ok: false, reason: 'newer-version' };
  if (!Array.isArray(backup.articles)) return { ok: false, reason: 'not-readside' };
  return { ok: true, records: backup.articles };
}

type Read = { ok: true; text: string } | { ok: false; reason: ImportFailure };

/** The file's text; the size is checked before anything is read. */
async function readText(file: Blob | string): Promise<Read> {
  if (typeof file === 'string') {
    // A UTF-16 unit is 1 to 3 UTF-8 bytes: count only when the length alone does not tell.
    const tooLarge =
      file.length > IMPORT_MAX_BYTES || (file.length * 3 > IMPORT_MAX_BYTES && utf8Length(file) > IMPORT_MAX_BYTES);
    return tooLarge ? { ok: false, reason: 'too-large' } : { ok: true, text: file };
  }
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'error' };
  }
}

interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Writes every article in one transaction; throws (and writes nothing) if any write fails. */
async function writeAll(database: ReadsideDatabase, articles: readonly ImportedArticle[]): Promise<Counts> {
  const counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  const tx = database.transaction('articles', 'readwrite');
  try {
    const byUrl = tx.store.index('byUrl');
    for (const article of articles) {
      const local = await byUrl.get(article.url);
      if (!local) {
        await tx.store.put({ ...article, id: newId() } satisfies SavedArticle);
        counts.added++;
        continue;
      }
      const { record, outcome } = mergeImported(local, article);
      counts[outcome]++;
      if (outcome === 'updated') await tx.store.put(record);
    }
    await tx.done;
    return counts;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw err;
  }
}

export async function importLibrary(file: Blob | string): Promise<ImportReport> {
  const read = await readText(file);
  if (!read.ok) return read;
  const parsed = parseBackup(read.text);
  if (!parsed.ok) return parsed;

  const now = Date.now();
  const valid: ImportedArticle[] = [];
  let invalid = 0;
  for (const raw of parsed.records) {
    const record = validateImportedRecord(raw, now);
    if (record) valid.push(record);
    else invalid++;
  }
  let articles: ImportedArticle[];
  try {
    articles = newestPerUrl(valid).map(sanitizeImported);
  } catch {
    return { ok: false, reason: 'error' };
  }

  let database: ReadsideDatabase;
  try {
    database = await db();
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  try {
    const counts = await writeAll(database, articles);
    if (counts.added + counts.updated > 0) announceChange();
    return { ok: true, ...counts, invalid };
  } catch (err) {
    return { ok: false, reason: writeFailure(err) };
  }
}
