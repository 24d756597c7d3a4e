import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tEn } from '@/components/test-support/i18n';
import { FakeLibraryService, makeSaved } from '@/components/test-support/library';
import type { SavedArticle } from '@/utils/reading-list/db';
import type { ExportFile } from '@/utils/reading-list/library-types';
import { updateSettings } from '../settings';
import { CHANGE_COALESCE_MS, LibraryApp, queryErrorReason, SEARCH_DEBOUNCE_MS } from './LibraryApp';

let container: HTMLElement;
let service: FakeLibraryService;
let downloads: ExportFile[];
let river: SavedArticle;
let mill: SavedArticle;
let old: SavedArticle;

const tick = (ms = 0) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function waitFor(check: () => void, timeout = 2000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() - start > timeout) throw err;
      await tick(10);
    }
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string) => [...container.querySelectorAll<T>(sel)];
const titles = () => $$('a.rs-lib-link').map((a) => a.textContent);
const button = (name: string) =>
  $$<HTMLButtonElement>('button').find((b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name);
const press = (name: string) => {
  const b = button(name);
  if (!b) throw new Error(`No button ${name}`);
  act(() => b.click());
};
const toast = () => $('.rs-toast-slot')?.textContent ?? '';
const alertText = () => $('.rs-lib-alert')?.textContent ?? '';

async function mount() {
  act(() =>
    render(
      <LibraryApp service={service} t={tEn} locale="en-US" download={(file) => downloads.push(file)} />,
      container,
    ),
  );
  await waitFor(() => expect($('.rs-lib-list, .rs-status')).not.toBeNull());
}

function chooseFile(file: File) {
  const input = $<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/library.html');
  river = makeSaved({
    id: 'river',
    title: 'The quiet river',
    textContent: 'The river runs past the mill.',
    savedAt: 3,
  });
  mill = makeSaved({ id: 'mill', title: 'The old mill', textContent: 'Stones and water.', savedAt: 2 });
  old = makeSaved({ id: 'old', title: 'Archived walk', archived: true, savedAt: 1 });
  service = new FakeLibraryService([river, mill, old]);
  // Keep the fake's records as the same objects the tests hold.
  service.articles = [river, mill, old];
  downloads = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  history.replaceState(null, '', '/');
});

describe('LibraryApp', () => {
  it('shows the unread list with the reader’s theme', async () => {
    await updateSettings({ theme: 'sepia' });
    await mount();
    expect(titles()).toEqual(['The quiet river', 'The old mill']);
    expect($('.rs-lib-count')?.textContent).toBe('2 of 3 articles');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
  });

  it('starts from the query in the address', async () => {
    history.replaceState(null, '', '/library.html?filter=archived&sort=oldest&bogus=1');
    await mount();
    expect(service.callsOf('queryLibrary')[0]).toEqual([{ text: '', filter: 'archived', tag: null, sort: 'oldest' }]);
    expect(titles()).toEqual(['Archived walk']);
    expect($<HTMLInputElement>('input[value="archived"]')?.checked).toBe(true);
  });

  it('searches once typing pauses, and keeps the search in the address', async () => {
    await mount();
    const search = $<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    for (const text of ['m', 'mi', 'mil', 'mill']) {
      act(() => {
        search.value = text;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    expect(search.value).toBe('mill');
    await tick(SEARCH_DEBOUNCE_MS / 3);
    expect(service.callsOf('queryLibrary')).toHaveLength(1);
    const texts = () => service.callsOf('queryLibrary').map(([q]) => (q as { text: string }).text);
    await waitFor(() => expect(texts()).toEqual(['', 'mill']));
    await waitFor(() => expect($('mark')).not.toBeNull());
    expect(titles()).toEqual(['The quiet river', 'The old mill']);
    expect(location.search).toBe('?q=mill');
    expect($('mark')?.textContent).toBe('mill');
    await waitFor(() => expect($$('.rs-lib-sr[role="status"]')[0]?.textContent).toBe('2 articles found'));

    act(() => {
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    await waitFor(() => expect(location.search).toBe(''));
    expect(search.value).toBe('');
  });

  it('shows an article saved elsewhere at once, reading a burst of changes once', async () => {
    await mount();
    const before = service.callsOf('queryLibrary').length;
    service.articles.unshift(makeSaved({ id: 'new', title: 'Saved from the page menu', savedAt: 4 }));
    act(() => {
      service.announceChangeElsewhere();
      service.announceChangeElsewhere();
      service.announceChangeElsewhere();
    });
    await waitFor(() => expect(titles()).toEqual(['Saved from the page menu', 'The quiet river', 'The old mill']));
    expect(service.callsOf('queryLibrary').length).toBe(before + 1);
  });

  it('leaves a hidden library alone until it is looked at again', async () => {
    await mount();
    const before = service.callsOf('queryLibrary').length;
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => service.announceChangeElsewhere());
    await new Promise((resolve) => setTimeout(resolve, CHANGE_COALESCE_MS + 50));
    expect(service.callsOf('queryLibrary').length).toBe(before);
    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(service.callsOf('queryLibrary').length).toBe(before + 1));
  });

  it('archives, re-queries, and says so', async () => {
    await mount();
    press('Archive: The quiet river');
    await waitFor(() => expect(titles()).toEqual(['The old mill']));
    expect(service.callsOf('setArchived')).toEqual([['river', true]]);
    expect(toast()).toContain('Archived “The quiet river”.');
    expect(service.callsOf('queryLibrary').length).toBeGreaterThanOrEqual(2);
  });

  it('marks favourites and saves tags', async () => {
    await mount();
    press('Favourite: The old mill');
    await waitFor(() => expect(button('Favourite: The old mill')?.getAttribute('aria-pressed')).toBe('true'));
    expect(service.callsOf('setFavorite')).toEqual([['mill', true]]);

    press('Edit tags: The old mill');
    const input = document.activeElement as HTMLInputElement;
    act(() => {
      input.value = 'history, walks';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await waitFor(() => expect(toast()).toContain('Tags saved for “The old mill”.'));
    expect(service.callsOf('setTags')).toEqual([['mill', ['history', 'walks']]]);
    await waitFor(() => expect($$('.rs-lib-tag').map((t) => t.textContent)).toEqual(['history', 'walks']));
  });

  it('deletes at once and Undo restores the removed record', async () => {
    await mount();
    press('Delete: The quiet river');
    await waitFor(() => expect(titles()).toEqual(['The old mill']));
    expect(service.callsOf('removeSavedArticle')).toEqual([['river']]);
    expect(toast()).toContain('Deleted “The quiet river”.');
    press('Undo');
    await waitFor(() => expect(titles()).toEqual(['The quiet river', 'The old mill']));
    const [restored] = service.callsOf('restoreSavedArticle')[0] ?? [];
    expect(restored).toBe(river);
    expect(toast()).toContain('Restored “The quiet river”.');
    expect(button('Undo')).toBeUndefined();
  });

  it('keeps Undo on offer when restoring fails', async () => {
    await mount();
    press('Delete: The old mill');
    await waitFor(() => expect(titles()).toEqual(['The quiet river']));
    service.updateResult = { ok: false, reason: 'quota' };
    press('Undo');
    await waitFor(() => expect(alertText()).toContain('Your disk is full, so “The old mill” could not be restored.'));
    expect(button('Undo')).toBeDefined();
    service.updateResult = { ok: true };
    press('Undo');
    await waitFor(() => expect(titles()).toEqual(['The quiet river', 'The old mill']));
    expect(service.callsOf('restoreSavedArticle')).toHaveLength(2);
  });

  it('reports a failed change without losing the list', async () => {
    await mount();
    service.updateResult = { ok: false, reason: 'missing' };
    press('Archive: The old mill');
    await waitFor(() => expect(alertText()).toContain('“The old mill” is no longer in your reading list'));
    expect(titles()).toEqual(['The quiet river', 'The old mill']);
    press('Dismiss');
    expect(alertText()).toBe('');
  });

  it('exports the articles shown, or everything from All', async () => {
    await mount();
    press('Markdown');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(service.callsOf('exportLibrary')).toEqual([['markdown', ['river', 'mill']]]);
    // The file's own words come from _locales, not the service's English defaults.
    expect(service.exportLabels).toMatchObject({ documentTitle: 'Readside reading list', contents: 'Contents' });
    expect(toast()).toContain('Exported 2 articles to “readside.markdown”.');

    act(() => $<HTMLInputElement>('input[value="all"]')?.click());
    await waitFor(() => expect(titles()).toHaveLength(3));
    press('JSON backup');
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(service.callsOf('exportLibrary')[1]).toEqual(['json', undefined]);
  });

  it('imports a file and shows the report', async () => {
    await mount();
    const file = new File(['{"format":"readside"}'], 'backup.json', { type: 'application/json' });
    chooseFile(file);
    await waitFor(() =>
      expect(toast()).toContain('Import finished: 2 added, 1 updated, and 1 invalid record skipped.'),
    );
    expect(service.callsOf('importLibrary')).toEqual([[file]]);
    expect(service.callsOf('queryLibrary').length).toBeGreaterThanOrEqual(2);
  });

  it('explains a failed import and refuses files over the limit before reading them', async () => {
    await mount();
    service.importReport = { ok: false, reason: 'not-readside' };
    chooseFile(new File(['[]'], 'x.json'));
    await waitFor(() =>
      expect(alertText()).toContain('This file is JSON, but neither a Readside backup nor a wallabag export.'),
    );

    chooseFile(new File(['x'.repeat(service.IMPORT_MAX_BYTES + 1)], 'big.json'));
    await waitFor(() => expect(alertText()).toContain('This file is larger than'));
    expect(service.callsOf('importLibrary')).toHaveLength(1);
  });

  it('shows the error state when the database cannot be read, and retries', async () => {
    service.queryError = Object.assign(new Error('IndexedDB refused'), { name: 'UnknownError' });
    await mount();
    expect($('.rs-status[role="alert"]')?.textContent).toContain(
      'This browser profile does not let Readside keep data',
    );
    service.queryError = null;
    press('Try again');
    await waitFor(() => expect(titles()).toEqual(['The quiet river', 'The old mill']));
  });

  it('tells storage refusals from other errors', () => {
    expect(queryErrorReason(Object.assign(new Error('x'), { name: 'InvalidStateError' }))).toBe('unavailable');
    expect(queryErrorReason(new Error('Failed to open database'))).toBe('unavailable');
    expect(queryErrorReason(new TypeError('x is undefined'))).toBe('error');
    expect(queryErrorReason(undefined)).toBe('error');
  });

  it('ignores an answer that a newer query has overtaken', async () => {
    await mount();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const original = service.queryLibrary.bind(service);
    const spy = vi.spyOn(service, 'queryLibrary');
    spy.mockImplementationOnce(async (q) => {
      await slow;
      return original(q);
    });
    act(() => $<HTMLInputElement>('input[value="archived"]')?.click());
    act(() => $<HTMLInputElement>('input[value="all"]')?.click());
    await waitFor(() => expect(titles()).toHaveLength(3));
    release();
    await tick(20);
    expect(titles()).toHaveLength(3);
  });
});
