import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProgress, formatSavedDate, LibraryItem, Snippet } from './LibraryItem';
import { hit, makeSaved } from './test-support/library';
import { type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const actions = () => ({ onFavorite: vi.fn(), onArchive: vi.fn(), onSaveTags: vi.fn(), onDelete: vi.fn() });

describe('LibraryItem', () => {
  it('formats saved dates for the locale and refuses bad ones', () => {
    const ms = Date.UTC(2024, 2, 5, 12);
    expect(formatSavedDate(ms, 'en-US')).toEqual({ text: 'Mar 5, 2024', datetime: '2024-03-05T12:00:00.000Z' });
    expect(formatSavedDate(ms, 'de-DE')?.text).toBe('05.03.2024');
    expect(formatSavedDate(Number.NaN, 'en')).toBeNull();
    expect(formatSavedDate(8.64e15 + 1, 'en')).toBeNull();
    expect(formatSavedDate(ms, '!!bad')?.text).toBe('2024-03-05');
  });

  it('renders snippet parts as text nodes and marks', () => {
    view = renderUi(
      <p>
        <Snippet
          parts={[
            { text: 'a <b>', match: false },
            { text: 'mill', match: true },
          ]}
        />
      </p>,
    );
    expect(view.container.innerHTML).toBe('<p>a &lt;b&gt;<mark>mill</mark></p>');
  });

  it('uses the site’s host when there is no site name, and a placeholder for an empty title', () => {
    const article = makeSaved({ id: 'a', title: '  ', siteName: null, url: 'https://www.example.org/x' });
    view = renderUi(
      <ul>
        <LibraryItem hit={hit(article)} searching={false} showArchived {...actions()} />
      </ul>,
    );
    expect(view.container.querySelector('a')?.textContent).toBe('Untitled article');
    expect(view.container.querySelector('.rs-lib-site')?.textContent).toBe('example.org');
    expect(view.container.querySelector('[aria-label="Archive: Untitled article"]')).not.toBeNull();
  });

  it('rounds reading time up to at least a minute and ignores bad lang/dir', () => {
    const article = makeSaved({ readingMinutes: 0.2, lang: 'en"><x', dir: 'sideways' as 'ltr' });
    view = renderUi(
      <ul>
        <LibraryItem hit={hit(article)} searching={false} showArchived={false} {...actions()} />
      </ul>,
    );
    expect(view.container.querySelector('.rs-lib-minutes')?.textContent).toBe('1 min');
    expect(view.container.querySelector('h2')?.hasAttribute('lang')).toBe(false);
    expect(view.container.querySelector('h2')?.hasAttribute('dir')).toBe(false);
  });

  it('shows how far the article has been read, once started', () => {
    expect(formatProgress(0.42, 'en')).toBe('42%');
    expect(formatProgress(0.42, 'fr')).toBe('42\u00a0%');
    expect(formatProgress(0.004, 'en')).toBeNull();
    expect(formatProgress(Number.NaN, 'en')).toBeNull();
    expect(formatProgress(3, 'en')).toBe('100%');
    const started = makeSaved({ progress: 0.42 });
    view = renderUi(
      <ul>
        <LibraryItem hit={hit(started)} searching={false} showArchived={false} {...actions()} />
      </ul>,
    );
    expect(view.container.querySelector('.rs-lib-progress')?.textContent).toBe('42% read');
    view.unmount();
    view = renderUi(
      <ul>
        <LibraryItem hit={hit(makeSaved({ progress: 0 }))} searching={false} showArchived={false} {...actions()} />
      </ul>,
    );
    expect(view.container.querySelector('.rs-lib-progress')).toBeNull();
  });
});
