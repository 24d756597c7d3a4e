/** Test-only: saved articles, library pages and an in-memory LibraryService. */
import type { LibraryService } from '@/utils/library/library-service';
import type { SavedArticle } from '@/utils/reading-list/db';
import type { ExportLabels } from '@/utils/reading-list/export-formats';
import type {
  ExportFile,
  ExportFormat,
  ImportReport,
  LibraryHit,
  LibraryPage,
  LibraryQuery,
  SavedArticleSummary,
  SnippetPart,
  UpdateResult,
} from '@/utils/reading-list/library-types';

let serial = 0;

export function makeSaved(overrides: Partial<SavedArticle> = {}): SavedArticle {
  serial++;
  return {
    id: `id-${serial}`,
    url: `https://news.example/story-${serial}`,
    title: `Story ${serial}`,
    byline: 'Ada Writer',
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A river story.',
    leadImageUrl: null,
    contentHtml: '<p>The river runs quietly past the mill.</p>',
    textContent: 'The river runs quietly past the mill.',
    wordCount: 1200,
    readingMinutes: 6,
    savedAt: Date.UTC(2024, 2, 5, 12),
    updatedAt: Date.UTC(2024, 2, 5, 12),
    tags: [],
    archived: false,
    favorite: false,
    progress: 0,
    ...overrides,
  };
}

export function summary(article: SavedArticle): SavedArticleSummary {
  const { contentHtml: _html, textContent: _text, ...rest } = article;
  return rest;
}

export function hit(article: SavedArticle, snippet: SnippetPart[] | null = null): LibraryHit {
  return { article: summary(article), snippet };
}

export function pageOf(articles: SavedArticle[], total = articles.length): LibraryPage {
  return { hits: articles.map((a) => hit(a)), total, tags: countTags(articles) };
}

function countTags(articles: SavedArticle[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

function snippetFor(text: string, needle: string): SnippetPart[] | null {
  const i = text.toLowerCase().indexOf(needle.toLowerCase());
  if (i < 0) return null;
  return [
    { text: text.slice(0, i), match: false },
    { text: text.slice(i, i + needle.length), match: true },
    { text: text.slice(i + needle.length), match: false },
  ].filter((p) => p.text);
}

/** An in-memory LibraryService that records its calls; `fail` makes the next calls fail. */
export class FakeLibraryService implements LibraryService {
  readonly IMPORT_MAX_BYTES = 1000;
  articles: SavedArticle[];
  calls: { method: string; args: unknown[] }[] = [];
  queryError: unknown = null;
  updateResult: UpdateResult = { ok: true };
  importReport: ImportReport = { ok: true, added: 2, updated: 1, unchanged: 0, invalid: 1 };

  private changeListeners: Array<() => void> = [];

  constructor(articles: SavedArticle[]) {
    this.articles = articles.map((a) => ({ ...a }));
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    this.changeListeners.push(listener);
    signal.addEventListener('abort', () => {
      this.changeListeners = this.changeListeners.filter((l) => l !== listener);
    });
  }

  /** Another page changed the list (the test's stand-in for the BroadcastChannel). */
  announceChangeElsewhere(): void {
    for (const listener of this.changeListeners) listener();
  }

  private record(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  async queryLibrary(query: LibraryQuery): Promise<LibraryPage> {
    this.record('queryLibrary', query);
    if (this.queryError) throw this.queryError;
    const text = query.text.trim().toLowerCase();
    const hits = this.articles
      .filter((a) =>
        query.filter === 'unread'
          ? !a.archived
          : query.filter === 'archived'
            ? a.archived
            : query.filter === 'favorites'
              ? a.favorite
              : true,
      )
      .filter((a) => !query.tag || a.tags.some((t) => t.toLowerCase() === query.tag?.toLowerCase()))
      .filter((a) => !text || `${a.title} ${a.textContent}`.toLowerCase().includes(text))
      .sort((a, b) => (query.sort === 'oldest' ? a.savedAt - b.savedAt : b.savedAt - a.savedAt))
      .map((a) => hit(a, text ? snippetFor(a.textContent, text) : null));
    return { hits, total: this.articles.length, tags: countTags(this.articles) };
  }

  private async change(id: string, patch: Partial<SavedArticle>): Promise<UpdateResult> {
    if (!this.updateResult.ok) return this.updateResult;
    const article = this.articles.find((a) => a.id === id);
    if (!article) return { ok: false, reason: 'missing' };
    Object.assign(article, patch);
    return { ok: true };
  }

  setArchived(id: string, archived: boolean) {
    this.record('setArchived', id, archived);
    return this.change(id, { archived });
  }

  setFavorite(id: string, favorite: boolean) {
    this.record('setFavorite', id, favorite);
    return this.change(id, { favorite });
  }

  setTags(id: string, tags: string[]) {
    this.record('setTags', id, tags);
    return this.change(id, { tags });
  }

  async removeSavedArticle(id: string): Promise<SavedArticle | null> {
    this.record('removeSavedArticle', id);
    const i = this.articles.findIndex((a) => a.id === id);
    if (i < 0) return null;
    const [removed] = this.articles.splice(i, 1);
    return removed ?? null;
  }

  async restoreSavedArticle(record: SavedArticle): Promise<UpdateResult> {
    this.record('restoreSavedArticle', record);
    if (!this.updateResult.ok) return this.updateResult;
    this.articles.push({ ...record });
    return { ok: true };
  }

  /** The words the last export was asked to write into its file. */
  exportLabels: ExportLabels | undefined;

  async exportLibrary(format: ExportFormat, ids?: string[], labels?: ExportLabels): Promise<ExportFile> {
    this.record('exportLibrary', format, ids);
    this.exportLabels = labels;
    const chosen = ids ? this.articles.filter((a) => ids.includes(a.id)) : this.articles;
    return { filename: `readside.${format}`, mime: 'text/plain', text: 'x', count: chosen.length };
  }

  async importLibrary(file: Blob | string): Promise<ImportReport> {
    this.record('importLibrary', file);
    return this.importReport;
  }
}
