/**
 * What the library page needs from the reading list, as an interface: the page (LibraryApp) and its
 * tests depend only on this; `defaultLibraryService()` binds it to the real IndexedDB service.
 */
import {
  type ExportLabels,
  exportLibrary,
  IMPORT_MAX_BYTES,
  importLibrary,
  onChange,
  queryLibrary,
  removeSavedArticle,
  restoreSavedArticle,
  setArchived,
  setFavorite,
  setTags,
} from '@/utils/reading-list';
import type { SavedArticle } from '@/utils/reading-list/db';
import type {
  ExportFile,
  ExportFormat,
  ImportReport,
  LibraryPage,
  LibraryQuery,
  UpdateResult,
} from '@/utils/reading-list/library-types';

export interface LibraryService {
  /** Rejects when the database cannot be opened or read. */
  queryLibrary(query: LibraryQuery): Promise<LibraryPage>;
  setArchived(id: string, archived: boolean): Promise<UpdateResult>;
  setFavorite(id: string, favorite: boolean): Promise<UpdateResult>;
  /** The service normalises the tags (trim, dedupe, limits). */
  setTags(id: string, tags: string[]): Promise<UpdateResult>;
  /** The removed record, kept by the page for Undo; null when there was nothing to remove. */
  removeSavedArticle(id: string): Promise<SavedArticle | null>;
  restoreSavedArticle(record: SavedArticle): Promise<UpdateResult>;
  /** Every article when `ids` is omitted; `labels` are the words the files carry, in the UI language. */
  exportLibrary(format: ExportFormat, ids?: string[], labels?: ExportLabels): Promise<ExportFile>;
  importLibrary(file: Blob | string): Promise<ImportReport>;
  /** Calls `listener` when another page changes the list (a save from the page menu, another tab), until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  readonly IMPORT_MAX_BYTES: number;
}

export function defaultLibraryService(): LibraryService {
  return {
    queryLibrary,
    setArchived,
    setFavorite,
    setTags,
    removeSavedArticle,
    restoreSavedArticle,
    exportLibrary,
    importLibrary,
    onChange,
    IMPORT_MAX_BYTES,
  };
}
