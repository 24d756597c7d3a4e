import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderToolbar } from './ReaderToolbar';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const names = (root: ParentNode) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());

describe('ReaderToolbar', () => {
  it('is a labelled toolbar offering only the actions it was given', () => {
    view = renderUi(
      <ReaderToolbar settingsOpen={false} settingsId="s" onToggleSettings={() => {}} onHelp={() => {}} />,
    );
    const bar = view.container.querySelector('[role="toolbar"]');
    expect(bar?.getAttribute('aria-label')).toBe('Reader actions');
    expect(names(view.container)).toEqual(['Settings', 'Keyboard shortcuts']);
  });

  it('calls back for each action', () => {
    const handlers = {
      onSave: vi.fn(),
      onShare: vi.fn(),
      onCopyMarkdown: vi.fn(),
      onOpenInTab: vi.fn(),
      onOpenInSidePanel: vi.fn(),
      onOpenReadingList: vi.fn(),
      onToggleSettings: vi.fn(),
      onHelp: vi.fn(),
    };
    view = renderUi(<ReaderToolbar settingsOpen settingsId="s" {...handlers} />);
    const c = view.container;
    expect(names(c)).toEqual([
      'Save',
      'Share',
      'Copy as Markdown',
      'Open in side panel',
      'Open in tab',
      'Reading list',
      'Settings',
      'Keyboard shortcuts',
    ]);
    for (const [name, fn] of [
      ['Save', handlers.onSave],
      ['Share', handlers.onShare],
      ['Copy as Markdown', handlers.onCopyMarkdown],
      ['Open in side panel', handlers.onOpenInSidePanel],
      ['Open in tab', handlers.onOpenInTab],
      ['Reading list', handlers.onOpenReadingList],
      ['Settings', handlers.onToggleSettings],
      ['Keyboard shortcuts', handlers.onHelp],
    ] as const) {
      click(buttonNamed(c, name));
      expect(fn, name).toHaveBeenCalledTimes(1);
    }
    expect(buttonNamed(c, 'Settings')?.getAttribute('aria-expanded')).toBe('true');
    expect(buttonNamed(c, 'Settings')?.getAttribute('aria-controls')).toBe('s');
  });

  it('moves focus with arrow keys, Home and End', () => {
    view = renderUi(
      <ReaderToolbar
        onShare={() => {}}
        settingsOpen={false}
        settingsId="s"
        onToggleSettings={() => {}}
        onHelp={() => {}}
      />,
    );
    const c = view.container;
    const key = (k: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
        );
      });
    buttonNamed(c, 'Share')?.focus();
    key('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Settings');
    key('End');
    expect(document.activeElement?.textContent).toBe('Keyboard shortcuts');
    key('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Share');
    key('ArrowLeft');
    expect(document.activeElement?.textContent).toBe('Keyboard shortcuts');
    key('Home');
    expect(document.activeElement?.textContent).toBe('Share');
  });
});
