import { describe, expect, it, vi } from 'vitest';
import { changeDetection, openSidePanelNow } from './surface-actions';

describe('openSidePanelNow', () => {
  it("opens the Chrome side panel beside the article's tab, synchronously, even from another window", () => {
    const open = vi.fn(() => Promise.resolve());
    const result = openSidePanelNow({ sidePanel: { open } }, { windowId: 3, tabId: 9 });
    expect(open).toHaveBeenCalledWith({ tabId: 9 });
    expect(result).toBeInstanceOf(Promise);
  });

  it('falls back to the window, then to the Firefox sidebar', () => {
    const open = vi.fn(() => Promise.resolve());
    openSidePanelNow({ sidePanel: { open } }, { windowId: 3, tabId: null });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    const sidebar = vi.fn(() => Promise.resolve());
    openSidePanelNow({ sidebarAction: { open: sidebar } }, { windowId: null, tabId: null });
    expect(sidebar).toHaveBeenCalled();
    expect(openSidePanelNow({}, { windowId: 1, tabId: 1 })).toBeNull();
  });
});

describe('changeDetection', () => {
  const origins = ['https://*/*'];

  it('asks for the permission before anything else, in the same tick, and saves only if granted', async () => {
    const request = vi.fn(async () => true);
    const save = vi.fn(async () => {});
    const done = changeDetection(true, { permissions: { request }, origins, save, onDenied: vi.fn() });
    expect(request).toHaveBeenCalledWith({ origins });
    expect(save).not.toHaveBeenCalled();
    await done;
    expect(save).toHaveBeenCalledWith(true);
  });

  it('leaves the setting off and says so when refused', async () => {
    const save = vi.fn(async () => {});
    const onDenied = vi.fn();
    await changeDetection(true, { permissions: { request: async () => false }, origins, save, onDenied });
    await changeDetection(true, {
      permissions: { request: () => Promise.reject(new Error('no gesture')) },
      origins,
      save,
      onDenied,
    });
    expect(save).not.toHaveBeenCalled();
    expect(onDenied).toHaveBeenCalledTimes(2);
  });

  it('turns off without asking', async () => {
    const request = vi.fn(async () => true);
    const save = vi.fn(async () => {});
    await changeDetection(false, { permissions: { request }, origins, save, onDenied: vi.fn() });
    expect(request).not.toHaveBeenCalled();
    expect(save).toHaveBeenCalledWith(false);
  });
});
