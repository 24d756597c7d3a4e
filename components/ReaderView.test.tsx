// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewState } from '@/utils/reader/reader-state';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { ReaderView, type ReaderViewProps } from './ReaderView';
import { makeArticle, makeDetection, makeRemoved } from './test-support/fixtures';
import { tFr } from './test-support/i18n';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const articleView: ViewState = {
  state: 'article',
  tabId: 7,
  url: 'https://news.example/river',
  article: makeArticle({ lang: 'ar', dir: 'rtl' }),
  removed: [makeRemoved()],
};

function props(overrides: Partial<ReaderViewProps> = {}): ReaderViewProps {
  return {
    surface: 'sidepanel',
    view: articleView,
    settings: DEFAULT_SETTINGS,
    stale: null,
    toggleShortcut: 'Alt+Shift+K',
    toast: '',
    actions: { onShare: vi.fn(), onCopyMarkdown: vi.fn(), onOpenInTab: vi.fn(), onSave: vi.fn() },
    settingsOpen: false,
    helpOpen: false,
    onToggleSettings: vi.fn(),
    onCloseSettings: vi.fn(),
    onOpenHelp: vi.fn(),
    onCloseHelp: vi.fn(),
    onSettingsChange: vi.fn(),
    onDetectChange: vi.fn(),
    onShowAnyway: vi.fn(),
    onReadActivePage: vi.fn(),
    onRetry: vi.fn(),
    ...overrides,
  };
}

const main = (root: ParentNode) => root.querySelector('main') as HTMLElement;

describe('ReaderView', () => {
  it('shows the article with landmarks, one h1 and the e2e hooks', () => {
    view = renderUi(<ReaderView {...props()} />);
    const c = view.container;
    expect(main(c).dataset.surface).toBe('sidepanel');
    expect(main(c).dataset.state).toBe('article');
    expect(c.querySelector('header.rs-appbar [role="toolbar"]')).not.toBeNull();
    expect(c.querySelectorAll('h1')).toHaveLength(1);
    expect(c.querySelector('h1.rs-title')?.textContent).toBe('The quiet river');
    expect(c.querySelector('.rs-article-body p')?.textContent).toBe('The river runs quietly past the mill.');
    expect(c.querySelector('.rs-removed')).not.toBeNull();
    const article = c.querySelector('article');
    expect(article?.getAttribute('lang')).toBe('ar');
    expect(article?.getAttribute('dir')).toBe('rtl');
    expect(document.getElementById(article?.getAttribute('aria-labelledby') ?? '')?.tagName).toBe('H1');
  });

  it('never writes inline styles (the CSP allows none)', () => {
    view = renderUi(<ReaderView {...props({ settingsOpen: true, helpOpen: true, stale: 'other-tab', toast: 'Hi' })} />);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('drops unsafe lang and dir values from the page', () => {
    const hostile: ViewState = { ...articleView, article: makeArticle({ lang: 'en" x="1', dir: 'sideways' as never }) };
    view = renderUi(<ReaderView {...props({ view: hostile })} />);
    const article = view.container.querySelector('article');
    expect(article?.hasAttribute('lang')).toBe(false);
    expect(article?.hasAttribute('dir')).toBe(false);
  });

  it('offers article actions only with an article', () => {
    view = renderUi(<ReaderView {...props()} />);
    for (const name of ['Save', 'Share', 'Copy as Markdown', 'Open in tab', 'Settings', 'Keyboard shortcuts']) {
      expect(buttonNamed(view.container, name), name).toBeDefined();
    }
    view.rerender(<ReaderView {...props({ view: { state: 'no-access', tabId: 7, url: null } })} />);
    expect(buttonNamed(view.container, 'Save')).toBeUndefined();
    expect(buttonNamed(view.container, 'Open in tab')).toBeUndefined();
    expect(buttonNamed(view.container, 'Settings')).toBeDefined();
  });

  it('marks loading as busy with a skeleton', () => {
    view = renderUi(<ReaderView {...props({ view: { state: 'loading', tabId: null } })} />);
    expect(main(view.container).dataset.state).toBe('loading');
    expect(main(view.container).getAttribute('aria-busy')).toBe('true');
    expect(view.container.querySelector('.rs-skeleton')).not.toBeNull();
    expect(view.container.textContent).toContain('Preparing the article…');
  });

  it('explains a page that is not an article, with localised reasons, and offers Show anyway', () => {
    const onShowAnyway = vi.fn();
    const detection = makeDetection({
      reasons: ['Only 120 characters of running text', 'Reason without a message'],
      signals: [
        { code: 'little_running_text', weight: -2, value: '120' },
        { code: 'some_future_code', weight: -1 },
      ],
    });
    view = renderUi(
      <ReaderView
        {...props({ onShowAnyway, view: { state: 'not-article', tabId: 1, url: 'x', detection, message: '' } })}
      />,
      { t: tFr, locale: 'fr' },
    );
    const c = view.container;
    expect(main(c).dataset.state).toBe('not-article');
    expect([...c.querySelectorAll('.rs-reasons li')].map((li) => li.textContent)).toEqual([
      'Seulement 120 caractères de texte suivi',
      'Reason without a message',
    ]);
    click(buttonNamed(c, 'Afficher quand même'));
    expect(onShowAnyway).toHaveBeenCalled();
  });

  it.each([
    ['store', 'Extension stores don’t allow extensions to read their pages.'],
    ['pdf', 'This is a PDF document, shown by the browser’s own viewer, not a web page.'],
    [
      'browser-page',
      'The browser protects its own pages (settings, new tab, view-source and similar) from extensions.',
    ],
  ] as const)('says why a %s page cannot be read', (reason, detail) => {
    view = renderUi(<ReaderView {...props({ view: { state: 'restricted', tabId: 1, url: null, reason } })} />);
    expect(main(view.container).dataset.state).toBe('restricted');
    expect(view.container.querySelector('h1')?.textContent).toBe('Reader mode can’t run on this page');
    expect(view.container.querySelector('.rs-status-detail')?.textContent).toBe(detail);
  });

  it('tells how to grant access, naming the real shortcut', () => {
    view = renderUi(
      <ReaderView {...props({ view: { state: 'no-access', tabId: 1, url: null }, toggleShortcut: 'Alt+R' })} />,
    );
    expect(main(view.container).dataset.state).toBe('no-access');
    expect(view.container.querySelector('.rs-status-detail')?.textContent).toBe(
      'Click the Readside button in the toolbar, or press Alt+R, while this page is open.',
    );
    view.rerender(<ReaderView {...props({ view: { state: 'no-access', tabId: 1, url: null }, toggleShortcut: '' })} />);
    expect(view.container.querySelector('.rs-status-detail')?.textContent).not.toContain('press');
  });

  it('shows extraction failures with their message and a retry', () => {
    const onRetry = vi.fn();
    view = renderUi(
      <ReaderView
        {...props({
          onRetry,
          view: { state: 'error', tabId: 1, url: null, reason: 'too-large', message: 'The page has 80,000 elements.' },
        })}
      />,
    );
    const c = view.container;
    expect(main(c).dataset.state).toBe('error');
    expect(c.querySelector('[role="alert"] h1')?.textContent).toBe('This page is too large to read in reader mode');
    expect(c.querySelector('.rs-status-detail')?.textContent).toBe('The page has 80,000 elements.');
    click(buttonNamed(c, 'Try again'));
    expect(onRetry).toHaveBeenCalled();
  });

  it('flags a stale article in a live region with a way to read the current page', () => {
    const onReadActivePage = vi.fn();
    view = renderUi(<ReaderView {...props({ onReadActivePage })} />);
    expect(view.container.querySelector('.rs-stale-banner')).toBeNull();
    view.rerender(<ReaderView {...props({ onReadActivePage, stale: 'other-tab' })} />);
    const banner = view.container.querySelector('.rs-stale-banner');
    expect(banner?.closest('[role="status"]')).not.toBeNull();
    expect(banner?.textContent).toContain('This article is from another tab.');
    click(buttonNamed(view.container, 'Read this page'));
    expect(onReadActivePage).toHaveBeenCalled();
    view.rerender(<ReaderView {...props({ stale: 'navigated' })} />);
    expect(view.container.querySelector('.rs-stale-banner')?.textContent).toContain('This page has changed');
  });

  it('announces toasts politely', () => {
    view = renderUi(<ReaderView {...props({ toast: 'Link copied' })} />);
    expect(view.container.querySelector('[role="status"] .rs-toast')?.textContent).toBe('Link copied');
  });

  it('opens settings next to the toolbar and returns focus to the Settings button on close', () => {
    const onCloseSettings = vi.fn();
    view = renderUi(<ReaderView {...props({ settingsOpen: true, onCloseSettings })} />);
    const settingsButton = buttonNamed(view.container, 'Settings');
    const panel = view.container.querySelector('.rs-settings');
    expect(settingsButton?.getAttribute('aria-controls')).toBe(panel?.id);
    click(buttonNamed(panel as HTMLElement, 'Close'));
    expect(onCloseSettings).toHaveBeenCalled();
    expect(document.activeElement).toBe(settingsButton);
  });

  it('makes the page inert behind the help dialog', () => {
    view = renderUi(<ReaderView {...props({ helpOpen: true })} />);
    expect(view.container.querySelector('.rs-app')?.hasAttribute('inert')).toBe(true);
    expect(view.container.querySelector('[role="dialog"]')?.closest('[inert]')).toBeNull();
  });

  it('puts focus on the main region when the control that had it goes away', async () => {
    view = renderUi(<ReaderView {...props({ view: { state: 'loading', tabId: 1 } })} />);
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      view?.rerender(<ReaderView {...props()} />);
    });
    expect(document.activeElement).toBe(main(view.container));
  });

  it('leaves focus alone when the user is on a control', async () => {
    view = renderUi(<ReaderView {...props({ view: { state: 'loading', tabId: 1 } })} />);
    buttonNamed(view.container, 'Settings')?.focus();
    await act(async () => {
      view?.rerender(<ReaderView {...props()} />);
    });
    expect(document.activeElement?.textContent).toBe('Settings');
  });
});
