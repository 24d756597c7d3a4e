import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_QUERY } from '@/utils/library/query-url';
import type { ImportFailure, LibraryPage, LibraryQuery } from '@/utils/reading-list/library-types';
import { LIBRARY_PAGE_SIZE, type LibraryLoad, LibraryView, type LibraryViewProps } from './LibraryView';
import { IMPORT_FAILURE_KEYS } from './library-messages';
import { tFr } from './test-support/i18n';
import { hit, makeSaved, pageOf } from './test-support/library';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const river = makeSaved({
  id: 'river',
  title: 'The quiet river',
  siteName: 'Example News',
  byline: 'Ada Writer',
  readingMinutes: 6,
  tags: ['history', 'walks'],
  excerpt: 'A river story.',
});
const hostile = makeSaved({
  id: 'x"><b>',
  title: '<img src=x onerror=alert(1)>',
  excerpt: '<script>alert(2)</script>',
  siteName: null,
  byline: null,
  url: 'https://evil.example/a',
  lang: 'ar',
  dir: 'rtl',
});
const archived = makeSaved({ id: 'old', title: 'An old mill', archived: true, favorite: true });

function ready(page: LibraryPage, query: LibraryQuery = DEFAULT_QUERY): LibraryLoad {
  return { state: 'ready', page, query };
}

function props(overrides: Partial<LibraryViewProps> = {}): LibraryViewProps {
  return {
    query: DEFAULT_QUERY,
    load: ready(pageOf([river, hostile], 3)),
    busy: false,
    notice: null,
    problem: null,
    importing: false,
    importMaxBytes: 100 * 1024 * 1024,
    onQueryChange: vi.fn(),
    onFavorite: vi.fn(),
    onArchive: vi.fn(),
    onSaveTags: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onDismissNotice: vi.fn(),
    onDismissProblem: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onRetry: vi.fn(),
    ...overrides,
  };
}

const $ = <T extends Element = HTMLElement>(sel: string) => view?.container.querySelector<T>(sel) ?? null;
const $$ = <T extends Element = HTMLElement>(sel: string) => [...(view?.container.querySelectorAll<T>(sel) ?? [])];
const byLabel = (name: string) => $$('button').find((b) => b.getAttribute('aria-label') === name);
const text = () => view?.container.textContent ?? '';

function labelOf(input: Element): string {
  return document.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
}

function keydown(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  let event!: KeyboardEvent;
  act(() => {
    event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
  });
  return event;
}

function change(el: HTMLInputElement | HTMLSelectElement, value: string, type = 'change') {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

describe('LibraryView: header and controls', () => {
  it('titles the page, counts what is shown, and labels the search box', () => {
    view = renderUi(<LibraryView {...props()} />);
    expect($('h1')?.textContent).toBe('Reading list');
    expect($('.rs-lib-count')?.textContent).toBe('2 of 3 articles');
    const search = $<HTMLInputElement>('input[type="search"]');
    expect(search && labelOf(search)).toBe('Search your reading list');
    expect(search?.getAttribute('aria-keyshortcuts')).toBe('/');
    expect(search?.closest('search')).not.toBeNull();
  });

  it('counts all articles plainly when everything is shown', () => {
    view = renderUi(<LibraryView {...props({ load: ready(pageOf([river])) })} />);
    expect($('.rs-lib-count')?.textContent).toBe('1 article');
  });

  it('offers the filters as one radio group and reports changes', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const group = $('fieldset.rs-lib-filter');
    expect(group?.querySelector('legend')?.textContent).toBe('Show');
    const radios = $$<HTMLInputElement>('input[type="radio"]');
    expect(radios.map(labelOf)).toEqual(['Unread', 'Favourites', 'Archived', 'All']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(radios.find((r) => r.checked)?.value).toBe('unread');
    act(() => radios[2]?.click());
    expect(p.onQueryChange).toHaveBeenCalledWith({ filter: 'archived' });
  });

  it('sorts by a labelled select, disabled and annotated while searching', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const sort = $$<HTMLSelectElement>('select')[0] as HTMLSelectElement;
    expect(labelOf(sort)).toBe('Sort');
    expect([...sort.options].map((o) => o.textContent)).toEqual([
      'Newest first',
      'Oldest first',
      'Shortest first',
      'Longest first',
    ]);
    change(sort, 'longest');
    expect(p.onQueryChange).toHaveBeenCalledWith({ sort: 'longest' });

    view.rerender(<LibraryView {...props({ query: { ...DEFAULT_QUERY, text: 'mill' } })} />);
    const during = $$<HTMLSelectElement>('select')[0] as HTMLSelectElement;
    expect(during.disabled).toBe(true);
    expect(document.getElementById(during.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'By relevance while searching',
    );
  });

  it('filters by tag with counts, and clears it', () => {
    const p = props({ query: { ...DEFAULT_QUERY, tag: 'walks' } });
    view = renderUi(<LibraryView {...p} />);
    const tag = $$<HTMLSelectElement>('select')[1] as HTMLSelectElement;
    expect(labelOf(tag)).toBe('Tag');
    expect([...tag.options].map((o) => o.textContent)).toEqual(['All tags', 'history (1)', 'walks (1)']);
    expect(tag.value).toBe('walks');
    change(tag, 'history');
    expect(p.onQueryChange).toHaveBeenCalledWith({ tag: 'history' });
    change(tag, '');
    expect(p.onQueryChange).toHaveBeenCalledWith({ tag: null });
    click(buttonNamed(view.container, 'Clear tag'));
    expect(p.onQueryChange).toHaveBeenLastCalledWith({ tag: null });
  });

  it('reports typing, and Escape clears the search', () => {
    const p = props({ query: { ...DEFAULT_QUERY, text: 'riv' } });
    view = renderUi(<LibraryView {...p} />);
    const search = $<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    change(search, 'river', 'input');
    expect(p.onQueryChange).toHaveBeenCalledWith({ text: 'river' });
    const esc = keydown(search, 'Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(p.onQueryChange).toHaveBeenLastCalledWith({ text: '' });
  });
});

describe('LibraryView: rows', () => {
  it('links each title to the saved copy and shows its details as text', () => {
    view = renderUi(<LibraryView {...props()} />);
    const links = $$<HTMLAnchorElement>('a.rs-lib-link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'reader.html?saved=river',
      'reader.html?saved=x%22%3E%3Cb%3E',
    ]);
    const row = links[0]?.closest('li') as HTMLElement;
    expect(row.querySelector('h2')?.textContent).toBe('The quiet river');
    expect(row.querySelector('.rs-lib-meta')?.textContent).toContain('Example News');
    expect(row.querySelector('.rs-lib-meta')?.textContent).toContain('Ada Writer');
    expect(row.querySelector('.rs-lib-minutes')?.textContent).toBe('6 min');
    expect(row.querySelector('time')?.textContent).toBe('Saved Mar 5, 2024');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-05T12:00:00.000Z');
    expect([...row.querySelectorAll('.rs-lib-tags li')].map((li) => li.textContent)).toEqual(['history', 'walks']);
    expect(row.querySelector('.rs-lib-tags')?.getAttribute('aria-label')).toBe('Tags');
    expect(row.querySelector('.rs-lib-excerpt')?.textContent).toBe('A river story.');
  });

  it('formats the date in the UI locale', () => {
    view = renderUi(<LibraryView {...props()} />, { t: tFr, locale: 'fr-FR' });
    expect($('time')?.textContent).toBe('Enregistré le 5 mars 2024');
    expect($('h1')?.textContent).toBe('Liste de lecture');
  });

  it('renders hostile titles and excerpts as text, with the article’s language and direction', () => {
    view = renderUi(<LibraryView {...props()} />);
    const link = $$('a.rs-lib-link')[1] as HTMLElement;
    expect(link.textContent).toBe('<img src=x onerror=alert(1)>');
    expect($('img')).toBeNull();
    expect($('script')).toBeNull();
    expect($('b')).toBeNull();
    const row = link.closest('li') as HTMLElement;
    expect(row.querySelector('.rs-lib-excerpt')?.textContent).toBe('<script>alert(2)</script>');
    expect(row.querySelector('h2')?.getAttribute('lang')).toBe('ar');
    expect(row.querySelector('h2')?.getAttribute('dir')).toBe('rtl');
    expect(row.querySelector('.rs-lib-excerpt')?.getAttribute('dir')).toBe('rtl');
    expect(row.querySelector('.rs-lib-site')?.textContent).toBe('evil.example');
    expect(byLabel('Delete: <img src=x onerror=alert(1)>')).toBeDefined();
  });

  it('shows the search snippet with matches marked, built from text parts', () => {
    const query = { ...DEFAULT_QUERY, text: 'mill' };
    const page: LibraryPage = {
      hits: [
        hit(river, [
          { text: '…runs quietly past the ', match: false },
          { text: 'mill', match: true },
          { text: ' <img src=y onerror=alert(3)>', match: false },
          { text: '<i>Mill</i>', match: true },
        ]),
      ],
      total: 3,
      tags: [],
    };
    view = renderUi(<LibraryView {...props({ query, load: ready(page, query) })} />);
    const excerpt = $('.rs-lib-excerpt') as HTMLElement;
    expect([...excerpt.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['mill', '<i>Mill</i>']);
    expect(excerpt.textContent).toBe('…runs quietly past the mill <img src=y onerror=alert(3)><i>Mill</i>');
    expect(excerpt.querySelector('img, i')).toBeNull();
  });

  it('falls back to the excerpt when a hit has no snippet', () => {
    const query = { ...DEFAULT_QUERY, text: 'river' };
    view = renderUi(<LibraryView {...props({ query, load: ready(pageOf([river]), query) })} />);
    expect($('.rs-lib-excerpt')?.textContent).toBe('A river story.');
    expect($('mark')).toBeNull();
  });

  it('names every action after its article and calls back with the id', () => {
    const p = props({ load: ready(pageOf([river, archived]), { ...DEFAULT_QUERY, filter: 'all' }) });
    view = renderUi(<LibraryView {...p} />);
    const fav = byLabel('Favourite: The quiet river');
    expect(fav?.getAttribute('aria-pressed')).toBe('false');
    expect(fav?.textContent).toBe('Favourite');
    click(fav);
    expect(p.onFavorite).toHaveBeenCalledWith('river', true);
    expect(byLabel('Favourite: An old mill')?.getAttribute('aria-pressed')).toBe('true');
    click(byLabel('Favourite: An old mill'));
    expect(p.onFavorite).toHaveBeenLastCalledWith('old', false);

    click(byLabel('Archive: The quiet river'));
    expect(p.onArchive).toHaveBeenCalledWith('river', true);
    click(byLabel('Move to list: An old mill'));
    expect(p.onArchive).toHaveBeenLastCalledWith('old', false);
    expect($$('.rs-lib-badge').map((b) => b.textContent)).toEqual(['Archived']);

    click(byLabel('Delete: The quiet river'));
    expect(p.onDelete).toHaveBeenCalledWith('river');
    for (const b of $$('button')) expect(b.getAttribute('type')).toBe('button');
  });
});

describe('LibraryView: tag editor', () => {
  it('edits tags inline: Enter saves the parsed list and focus returns to the button', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const edit = byLabel('Edit tags: The quiet river') as HTMLButtonElement;
    click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const input = document.activeElement as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(labelOf(input)).toBe('Tags for “The quiet river”');
    expect(input.value).toBe('history, walks');
    change(input, ' Long reads ,history,, HISTORY ,  ', 'input');
    keydown(input, 'Enter');
    expect(p.onSaveTags).toHaveBeenCalledWith('river', ['Long reads', 'history']);
    expect($('.rs-lib-tag-editor')).toBeNull();
    expect(document.activeElement).toBe(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape cancels without saving and returns focus', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const edit = byLabel('Edit tags: The quiet river') as HTMLButtonElement;
    click(edit);
    const input = document.activeElement as HTMLInputElement;
    change(input, 'changed', 'input');
    keydown(input, 'Escape');
    expect(p.onSaveTags).not.toHaveBeenCalled();
    expect(p.onQueryChange).not.toHaveBeenCalled();
    expect($('.rs-lib-tag-editor')).toBeNull();
    expect(document.activeElement).toBe(edit);
  });

  it('has Save and Cancel buttons for pointer users', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    click(byLabel('Edit tags: The quiet river'));
    click(buttonNamed(view.container, 'Save tags'));
    expect(p.onSaveTags).toHaveBeenCalledWith('river', ['history', 'walks']);
    click(byLabel('Edit tags: The quiet river'));
    click(buttonNamed(view.container, 'Cancel'));
    expect(p.onSaveTags).toHaveBeenCalledTimes(1);
  });
});

describe('LibraryView: notices and problems', () => {
  it('offers Undo after a delete, by button and by Ctrl+Z', () => {
    const p = props({ notice: { kind: 'removed', id: 'gone', title: 'The mill' } });
    view = renderUi(<LibraryView {...p} />);
    const toast = $('.rs-toast-slot') as HTMLElement;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toContain('Deleted “The mill”.');
    click(buttonNamed(toast, 'Undo'));
    expect(p.onUndo).toHaveBeenCalledTimes(1);
    keydown(document.body, 'z', { ctrlKey: true });
    expect(p.onUndo).toHaveBeenCalledTimes(2);
    click(buttonNamed(toast, 'Dismiss'));
    expect(p.onDismissNotice).toHaveBeenCalled();
  });

  it('offers no Undo for other notices, and Ctrl+Z is left to the browser', () => {
    const p = props({ notice: { kind: 'archived', title: 'A', archived: true } });
    view = renderUi(<LibraryView {...p} />);
    expect(buttonNamed(view.container, 'Undo')).toBeUndefined();
    expect(keydown(document.body, 'z', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(p.onUndo).not.toHaveBeenCalled();
  });

  it.each(Object.keys(IMPORT_FAILURE_KEYS) as ImportFailure[])(
    'announces import failure "%s" assertively, in plain words',
    (reason) => {
      const p = props({ problem: { kind: 'import', reason } });
      view = renderUi(<LibraryView {...p} />);
      const alert = $('[role="alert"]') as HTMLElement;
      expect(alert.textContent).toMatch(/[Nn]othing was imported/);
      expect(alert.textContent).not.toContain('libraryImportFailed');
      click(buttonNamed(alert, 'Dismiss'));
      expect(p.onDismissProblem).toHaveBeenCalled();
    },
  );

  it('summarises a finished import politely', () => {
    view = renderUi(
      <LibraryView
        {...props({ notice: { kind: 'imported', counts: { added: 2, updated: 1, unchanged: 0, invalid: 1 } } })}
      />,
    );
    expect($('.rs-toast-slot')?.textContent).toContain(
      'Import finished: 2 added, 1 updated, and 1 invalid record skipped.',
    );
  });

  it('announces how many articles a new query found, not the first load', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const live = () => $$('.rs-lib-sr[role="status"]')[0]?.textContent;
    expect(live()).toBe('');
    const q = { ...DEFAULT_QUERY, text: 'river' };
    view.rerender(
      <LibraryView {...props({ query: q, load: ready(pageOf([river, hostile, archived, makeSaved()]), q) })} />,
    );
    expect(live()).toBe('4 articles found');
    const q2 = { ...DEFAULT_QUERY, text: 'zzz' };
    view.rerender(<LibraryView {...props({ query: q2, load: ready(pageOf([], 3), q2) })} />);
    expect(live()).toBe('No articles found');
  });
});

describe('LibraryView: states', () => {
  it('shows a loading state', () => {
    view = renderUi(<LibraryView {...props({ load: { state: 'loading' } })} />);
    expect($('[role="status"].rs-loading-text')?.textContent).toBe('Loading your reading list…');
    expect($('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('explains how to save when the list is empty', () => {
    view = renderUi(<LibraryView {...props({ load: ready(pageOf([])) })} />);
    expect($('h1.rs-status-title')?.textContent).toBe('Your reading list is empty');
    expect(text()).toContain('choose Save in the reader’s toolbar');
    expect($('.rs-lib-list')).toBeNull();
  });

  it('offers to clear a search that found nothing', () => {
    const q = { ...DEFAULT_QUERY, text: 'zebra' };
    const p = props({ query: q, load: ready(pageOf([], 4), q) });
    view = renderUi(<LibraryView {...p} />);
    expect(text()).toContain('No articles match');
    expect(text()).toContain('Nothing here matches “zebra”.');
    click(buttonNamed(view.container, 'Clear search'));
    expect(p.onQueryChange).toHaveBeenCalledWith({ text: '' });
    expect(document.activeElement).toBe($('input[type="search"]'));
  });

  it('explains an empty filter and offers the whole list', () => {
    const q = { ...DEFAULT_QUERY, filter: 'favorites' as const };
    const p = props({ query: q, load: ready(pageOf([], 4), q) });
    view = renderUi(<LibraryView {...p} />);
    expect(text()).toContain('No favourites yet.');
    click(buttonNamed(view.container, 'Show all articles'));
    expect(p.onQueryChange).toHaveBeenCalledWith({ filter: 'all' });
  });

  it('says plainly when the database cannot be opened, and retries', () => {
    const p = props({ load: { state: 'error', reason: 'unavailable' } });
    view = renderUi(<LibraryView {...p} />);
    const alert = $('.rs-status[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Your reading list could not be opened');
    expect(alert.textContent).toContain('Nothing has been deleted.');
    click(buttonNamed(alert, 'Try again'));
    expect(p.onRetry).toHaveBeenCalled();
  });
});

describe('LibraryView: export and import', () => {
  it('exports what is shown, and says so', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const group = $('fieldset.rs-lib-export') as HTMLElement;
    expect(group.querySelector('legend')?.textContent).toBe('Export the 2 articles shown:');
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'Only the articles the list shows now are exported.',
    );
    click(buttonNamed(group, 'JSON backup'));
    click(buttonNamed(group, 'Markdown'));
    click(buttonNamed(group, 'HTML'));
    expect(vi.mocked(p.onExport).mock.calls).toEqual([['json'], ['markdown'], ['html']]);
  });

  it('cannot export an empty list', () => {
    view = renderUi(<LibraryView {...props({ load: ready(pageOf([])) })} />);
    expect(buttonNamed(view.container, 'JSON backup')?.disabled).toBe(true);
  });

  it('imports through a hidden file picker that accepts JSON', () => {
    const p = props();
    view = renderUi(<LibraryView {...p} />);
    const input = $<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toBe('.json,application/json');
    expect(input.hidden).toBe(true);
    expect(input.tabIndex).toBe(-1);
    const picked = vi.fn();
    input.addEventListener('click', picked);
    click(buttonNamed(view.container, 'Import a file…'));
    expect(picked).toHaveBeenCalled();
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(p.onImport).toHaveBeenCalledWith(file);
  });

  it('shows that an import is running', () => {
    view = renderUi(<LibraryView {...props({ importing: true, notice: { kind: 'importing' } })} />);
    const button = $$<HTMLButtonElement>('button').find((b) => b.textContent === 'Importing…');
    expect(button?.disabled).toBe(true);
    expect($('.rs-toast-slot')?.textContent).toBe('Importing…');
  });
});

describe('LibraryView: keyboard', () => {
  it('/ focuses the search from anywhere but a text field', () => {
    view = renderUi(<LibraryView {...props()} />);
    const search = $('input[type="search"]');
    const slash = keydown(document.body, '/');
    expect(slash.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(search);

    click(byLabel('Edit tags: The quiet river'));
    const tagInput = document.activeElement as HTMLInputElement;
    expect(keydown(tagInput, '/').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(tagInput);
  });

  it('j and k move between the rows’ title links', () => {
    view = renderUi(<LibraryView {...props({ load: ready(pageOf([river, hostile, archived])) })} />);
    const links = $$('a.rs-lib-link');
    keydown(document.body, 'j');
    expect(document.activeElement).toBe(links[0]);
    keydown(document.activeElement as Element, 'j');
    expect(document.activeElement).toBe(links[1]);
    // From a button inside a row, j goes to the next row.
    (byLabel('Archive: <img src=x onerror=alert(1)>') as HTMLElement).focus();
    keydown(document.activeElement as Element, 'j');
    expect(document.activeElement).toBe(links[2]);
    keydown(document.activeElement as Element, 'j');
    expect(document.activeElement).toBe(links[2]);
    keydown(document.activeElement as Element, 'k');
    expect(document.activeElement).toBe(links[1]);
  });

  it('moves focus to the next row when the focused row leaves the list', () => {
    const p = props({ load: ready(pageOf([river, hostile, archived])) });
    view = renderUi(<LibraryView {...p} />);
    const del = byLabel('Delete: <img src=x onerror=alert(1)>') as HTMLButtonElement;
    del.focus();
    click(del);
    view.rerender(<LibraryView {...p} load={ready(pageOf([river, archived], 2))} />);
    expect(document.activeElement).toBe($$('a.rs-lib-link')[1]);
    expect(document.activeElement?.textContent).toBe('An old mill');
  });

  it('focuses the restored row after Undo', () => {
    const p = props({ load: ready(pageOf([river])), notice: { kind: 'removed', id: 'old', title: 'An old mill' } });
    view = renderUi(<LibraryView {...p} />);
    click(buttonNamed(view.container, 'Undo'));
    view.rerender(
      <LibraryView
        {...p}
        notice={{ kind: 'restored', id: 'old', title: 'An old mill' }}
        load={ready(pageOf([river, archived]))}
      />,
    );
    expect(document.activeElement?.textContent).toBe('An old mill');
  });

  it('renders a long list a page at a time; Show more adds a page and focuses its first row', () => {
    const many = Array.from({ length: LIBRARY_PAGE_SIZE * 2 + 7 }, (_, i) =>
      makeSaved({ id: `a${i}`, title: `Article ${i}`, url: `https://example.com/${i}` }),
    );
    view = renderUi(<LibraryView {...props({ load: ready(pageOf(many)) })} />);
    const c = view.container;
    const rows = () => [...c.querySelectorAll('a.rs-lib-link')].map((a) => a.textContent);
    const more = () => [...c.querySelectorAll('.rs-lib-more button')][0] as HTMLButtonElement | undefined;
    expect(rows()).toEqual(many.slice(0, LIBRARY_PAGE_SIZE).map((a) => a.title));
    expect(more()?.textContent).toBe(`Show ${LIBRARY_PAGE_SIZE} more articles`);
    expect(c.querySelector('.rs-lib-more-count')?.textContent).toBe(`${LIBRARY_PAGE_SIZE} of ${many.length} shown`);

    click(more());
    expect(rows()).toHaveLength(LIBRARY_PAGE_SIZE * 2);
    expect(document.activeElement?.textContent).toBe(`Article ${LIBRARY_PAGE_SIZE}`);
    expect(more()?.textContent).toBe('Show 7 more articles');
    click(more());
    expect(rows()).toHaveLength(many.length);
    expect(more()).toBeUndefined();

    // A new answer (another query) starts again at one page.
    const query = { ...DEFAULT_QUERY, filter: 'all' as const };
    view.rerender(<LibraryView {...props({ query, load: ready(pageOf(many), query) })} />);
    expect(rows()).toHaveLength(LIBRARY_PAGE_SIZE);
  });
});
