/**
 * Container of the library page: owns the query (mirrored in the address), asks the reading-list
 * service through the `LibraryService` interface, re-queries after every change, keeps the last
 * deleted record for Undo, and turns results into notices and problems for `LibraryView`.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { I18nProvider, LocaleProvider, type Translate } from '@/components/i18n';
import { type LibraryLoad, LibraryView } from '@/components/LibraryView';
import type { LibraryNotice, LibraryProblem } from '@/components/library-messages';
import type { SavedArticle } from '@/utils/reading-list/db';
import type {
  ExportFile,
  ExportFormat,
  ImportReport,
  LibraryQuery,
  UpdateResult,
} from '@/utils/reading-list/library-types';
import { translate, uiLocale } from '../i18n';
import { useReaderSettings } from '../reader/use-reader-settings';
import { downloadFile, safeFilename } from './download';
import { defaultLibraryService, type LibraryService } from './library-service';
import { queryFromSearch, queryKey, queryToSearch, showsEverything } from './query-url';

export const SEARCH_DEBOUNCE_MS = 150;
/** Changes announced within this time of each other are read in one query (a reader reports its position as scrolling rests). */
export const CHANGE_COALESCE_MS = 250;
/** Plain notices go away after this; Undo and import summaries stay until dismissed or replaced. */
export const NOTICE_MS = 6000;

export interface LibraryAppProps {
  service?: LibraryService;
  t?: Translate;
  locale?: string;
  /** Saves an export; tests replace it. */
  download?: (file: ExportFile) => void;
}

/** A failed query: storage the browser refuses reads as "unavailable", anything else as an error. */
export function queryErrorReason(err: unknown): 'unavailable' | 'error' {
  const { name = '', message = '' } = (err ?? {}) as { name?: string; message?: string };
  return ['SecurityError', 'InvalidStateError', 'UnknownError', 'NotAllowedError'].includes(name) ||
    /indexeddb|database/i.test(message)
    ? 'unavailable'
    : 'error';
}

function replaceAddress(query: LibraryQuery) {
  try {
    history.replaceState(history.state, '', `${location.pathname}${queryToSearch(query)}${location.hash}`);
  } catch {
    // Not fatal: the page works without the address mirror.
  }
}

export function LibraryApp({
  service: injected,
  t = translate,
  locale = uiLocale(),
  download = (file) => downloadFile(file),
}: LibraryAppProps) {
  const service = useMemo(() => injected ?? defaultLibraryService(), [injected]);
  // The reader's theme (and fonts) apply here too; the page never changes them.
  useReaderSettings(document.documentElement);

  const [query, setQuery] = useState<LibraryQuery>(() => queryFromSearch(location.search));
  const [searchText, setSearchText] = useState(query.text);
  const [load, setLoad] = useState<LibraryLoad>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const [problem, setProblem] = useState<LibraryProblem | null>(null);
  const [importing, setImporting] = useState(false);
  const removed = useRef<SavedArticle | null>(null);
  const sequence = useRef(0);

  // Typing is debounced; clearing the search applies at once.
  useEffect(() => {
    if (query.text.trim() === '') {
      setSearchText('');
      return;
    }
    const timer = setTimeout(() => setSearchText(query.text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query.text]);

  const effective = useMemo<LibraryQuery>(
    () => ({ text: searchText.trim(), filter: query.filter, tag: query.tag, sort: query.sort }),
    [searchText, query.filter, query.tag, query.sort],
  );
  const effectiveKey = queryKey(effective);

  useEffect(() => {
    const n = ++sequence.current;
    setBusy(true);
    service.queryLibrary(effective).then(
      (page) => {
        if (n !== sequence.current) return;
        setLoad({ state: 'ready', page, query: effective });
        setBusy(false);
      },
      (err: unknown) => {
        if (n !== sequence.current) return;
        setLoad({ state: 'error', reason: queryErrorReason(err) });
        setBusy(false);
      },
    );
  }, [service, effectiveKey, revision]);

  useEffect(() => replaceAddress(effective), [effectiveKey]);

  useEffect(() => {
    if (!notice || notice.kind === 'removed' || notice.kind === 'importing' || notice.kind === 'imported') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // Articles saved or changed elsewhere (the page menu's "Save to reading list", a reader, another
  // tab) show up at once while this page is in view (changes arriving together are read once),
  // and otherwise when it is looked at again.
  useEffect(() => {
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') setRevision((r) => r + 1);
      },
      { signal: ctl.signal },
    );
    service.onChange(() => {
      if (document.visibilityState !== 'visible') return;
      clearTimeout(timer);
      timer = setTimeout(() => setRevision((r) => r + 1), CHANGE_COALESCE_MS);
    }, ctl.signal);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [service]);

  const refresh = () => setRevision((r) => r + 1);
  const hits = load.state === 'ready' ? load.page.hits : [];
  const titleOf = (id: string) => hits.find((h) => h.article.id === id)?.article.title.trim() || t('untitled');

  const update = async (id: string, run: () => Promise<UpdateResult>, success?: LibraryNotice) => {
    const title = titleOf(id);
    let result: UpdateResult;
    try {
      result = await run();
    } catch {
      result = { ok: false, reason: 'error' };
    }
    if (result.ok) {
      setProblem(null);
      if (success) setNotice(success);
    } else {
      setProblem({ kind: 'update', reason: result.reason, title });
    }
    refresh();
  };

  const onDelete = async (id: string) => {
    const title = titleOf(id);
    try {
      const record = await service.removeSavedArticle(id);
      if (record) {
        removed.current = record;
        setProblem(null);
        setNotice({ kind: 'removed', id: record.id, title });
      } else {
        setProblem({ kind: 'update', reason: 'missing', title });
      }
    } catch {
      setProblem({ kind: 'update', reason: 'error', title });
    }
    refresh();
  };

  const onUndo = async () => {
    const record = removed.current;
    if (!record) return;
    const title = record.title.trim() || t('untitled');
    let result: UpdateResult;
    try {
      result = await service.restoreSavedArticle(record);
    } catch {
      result = { ok: false, reason: 'error' };
    }
    if (result.ok) {
      removed.current = null;
      setProblem(null);
      setNotice({ kind: 'restored', id: record.id, title });
    } else {
      // The record is kept and Undo stays on offer.
      setProblem({ kind: 'restore', reason: result.reason, title });
    }
    refresh();
  };

  const onExport = async (format: ExportFormat) => {
    if (load.state !== 'ready') return;
    const ids = showsEverything(load.query) ? undefined : load.page.hits.map((h) => h.article.id);
    try {
      const labels = {
        lang: locale,
        documentTitle: t('surfaceLibrary'),
        contents: t('exportLabelContents'),
        original: t('exportLabelOriginal'),
        saved: t('exportLabelSaved'),
        tags: t('exportLabelTags'),
      };
      const file = await service.exportLibrary(format, ids, labels);
      download(file);
      setProblem(null);
      setNotice({ kind: 'exported', filename: safeFilename(file.filename), count: file.count });
    } catch {
      setProblem({ kind: 'export', format });
    }
  };

  const onImport = async (file: File) => {
    if (file.size > service.IMPORT_MAX_BYTES) {
      setProblem({ kind: 'import', reason: 'too-large' });
      return;
    }
    setImporting(true);
    setProblem(null);
    setNotice({ kind: 'importing' });
    let report: ImportReport;
    try {
      report = await service.importLibrary(file);
    } catch {
      report = { ok: false, reason: 'error' };
    }
    setImporting(false);
    if (report.ok) {
      const { added, updated, unchanged, invalid } = report;
      setNotice({ kind: 'imported', counts: { added, updated, unchanged, invalid } });
    } else {
      setNotice(null);
      setProblem({ kind: 'import', reason: report.reason });
    }
    refresh();
  };

  return (
    <I18nProvider value={t}>
      <LocaleProvider value={locale}>
        <LibraryView
          query={query}
          load={load}
          busy={busy}
          notice={notice}
          problem={problem}
          importing={importing}
          importMaxBytes={service.IMPORT_MAX_BYTES}
          onQueryChange={(patch) => setQuery((q) => ({ ...q, ...patch }))}
          onFavorite={(id, favorite) => void update(id, () => service.setFavorite(id, favorite))}
          onArchive={(id, archived) =>
            void update(id, () => service.setArchived(id, archived), { kind: 'archived', title: titleOf(id), archived })
          }
          onSaveTags={(id, tags) =>
            void update(id, () => service.setTags(id, tags), { kind: 'tags-saved', title: titleOf(id) })
          }
          onDelete={(id) => void onDelete(id)}
          onUndo={() => void onUndo()}
          onDismissNotice={() => setNotice(null)}
          onDismissProblem={() => setProblem(null)}
          onExport={(format) => void onExport(format)}
          onImport={(file) => void onImport(file)}
          onRetry={() => {
            setLoad({ state: 'loading' });
            refresh();
          }}
        />
      </LocaleProvider>
    </I18nProvider>
  );
}
