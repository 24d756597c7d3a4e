import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from '../settings';
import { useReaderSettings } from './use-reader-settings';

type Handle = ReturnType<typeof useReaderSettings>;
const tick = (ms = 0) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe('useReaderSettings', () => {
  let container: HTMLElement;
  let root: HTMLElement;
  let handle: Handle;

  function Probe() {
    handle = useReaderSettings(root);
    return null;
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    root = document.createElement('html');
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    act(() => render(null, container));
    container.remove();
  });

  it('applies the stored settings to the root element', async () => {
    await updateSettings({ theme: 'sepia', fontSize: 23 });
    act(() => render(<Probe />, container));
    await tick();
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--rs-font-size')).toBe('23px');
  });

  it('applies a change at once and stores it after a pause', async () => {
    act(() => render(<Probe />, container));
    await tick();
    act(() => void handle.change({ theme: 'dark' }));
    expect(root.dataset.theme).toBe('dark');
    expect((await getSettings()).theme).toBe('auto');
    await tick(500);
    expect((await getSettings()).theme).toBe('dark');
  });

  it('follows changes made in another view, keeping its own pending change on top', async () => {
    act(() => render(<Probe />, container));
    await tick();
    act(() => void handle.change({ theme: 'sepia' }));
    await act(async () => {
      await updateSettings({ fontSize: 27 });
    });
    await tick();
    expect(root.style.getPropertyValue('--rs-font-size')).toBe('27px');
    expect(root.dataset.theme).toBe('sepia');
  });

  it('writes immediately when asked (permission-gated settings)', async () => {
    act(() => render(<Probe />, container));
    await tick();
    await act(async () => {
      await handle.change({ detectWhileBrowsing: true }, { immediate: true });
    });
    expect((await getSettings()).detectWhileBrowsing).toBe(true);
  });

  it('writes what is pending when the view goes away', async () => {
    act(() => render(<Probe />, container));
    await tick();
    act(() => void handle.change({ lineHeight: 2 }));
    act(() => render(null, container));
    await tick();
    expect((await getSettings()).lineHeight).toBe(2);
  });
});
