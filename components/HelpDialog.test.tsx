import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReaderKeyAction } from '@/utils/reader/reader-keyboard';
import { HelpDialog } from './HelpDialog';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const all = new Set<ReaderKeyAction>([
  'scroll-down',
  'scroll-up',
  'bigger',
  'smaller',
  'theme',
  'save',
  'open-tab',
  'reading-list',
  'help',
]);

describe('HelpDialog', () => {
  it('renders nothing while closed', () => {
    view = renderUi(<HelpDialog open={false} onClose={() => {}} available={all} toggleShortcut="Alt+Shift+K" />);
    expect(view.container.querySelector('[role="dialog"]')).toBeNull();
  });

  it('is a labelled modal dialog that takes focus and lists the shortcuts', () => {
    view = renderUi(<HelpDialog open onClose={() => {}} available={all} toggleShortcut="Alt+Shift+K" />);
    const dialog = view.container.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Keyboard shortcuts');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const rows = [...dialog.querySelectorAll('.rs-shortcut')].map((r) => r.textContent);
    expect(rows).toContain('j ↓Scroll down');
    expect(rows).toContain('?Show this help');
    expect(dialog.textContent).toContain('Alt+Shift+K opens or closes the reader');
    expect(dialog.textContent).not.toContain('without opening the reader');
  });

  it('names the save-page shortcut when the browser has one', () => {
    view = renderUi(
      <HelpDialog open onClose={() => {}} available={all} toggleShortcut="Alt+Shift+K" saveShortcut="Alt+Shift+S" />,
    );
    expect(view.container.textContent).toContain(
      'On any page, Alt+Shift+S saves it to your reading list without opening the reader.',
    );
  });

  it('lists only the actions this view offers', () => {
    const some = new Set<ReaderKeyAction>(['scroll-down', 'help']);
    view = renderUi(<HelpDialog open onClose={() => {}} available={some} toggleShortcut="" />);
    expect(view.container.querySelectorAll('.rs-shortcut')).toHaveLength(2);
    expect(view.container.textContent).toContain('No keyboard shortcut opens the reader yet');
  });

  it('closes with Escape and with its button', () => {
    const onClose = vi.fn();
    view = renderUi(<HelpDialog open onClose={onClose} available={all} toggleShortcut="" />);
    act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    click(buttonNamed(view.container, 'Close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back when it closes', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    view = renderUi(<HelpDialog open onClose={() => {}} available={all} toggleShortcut="" />);
    expect(document.activeElement).not.toBe(opener);
    await act(async () => {
      view?.rerender(<HelpDialog open={false} onClose={() => {}} available={all} toggleShortcut="" />);
    });
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
