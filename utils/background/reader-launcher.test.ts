import { describe, expect, it, vi } from 'vitest';
import type { ReaderTarget } from '../messaging';
import { createReaderLauncher, isPanelReading, PANEL_PORT_PREFIX, type PortLike } from './reader-launcher';

const ORIGIN = 'chrome-extension://self/';

function panelPort(windowId: number) {
  const messages: Array<(m: unknown) => void> = [];
  const disconnects: Array<() => void> = [];
  const port = {
    name: `${PANEL_PORT_PREFIX}${windowId}`,
    sender: { id: 'self', url: `${ORIGIN}sidepanel.html` },
    onMessage: { addListener: (cb: (m: unknown) => void) => void messages.push(cb) },
    onDisconnect: { addListener: (cb: () => void) => void disconnects.push(cb) },
    postMessage: vi.fn(),
    say: (m: unknown) => {
      for (const cb of messages) cb(m);
    },
    drop: () => {
      for (const cb of disconnects) cb();
    },
  };
  return port satisfies PortLike;
}

function setup() {
  const open = vi.fn(() => Promise.resolve());
  const close = vi.fn(() => Promise.resolve());
  const targets: ReaderTarget[] = [];
  const launcher = createReaderLauncher({ sidePanel: { open, close }, runtimeId: 'self', ownOrigin: ORIGIN }, (t) =>
    targets.push(t),
  );
  return { launcher, open, close, targets };
}

const tabA = { id: 10, windowId: 1, url: 'https://a.test/', title: 'A' };
const tabB = { id: 11, windowId: 1, url: 'https://b.test/', title: 'B' };

describe('createReaderLauncher toggle (the keyboard shortcut)', () => {
  it('opens the panel when none is open in the window', async () => {
    const { launcher, open, close, targets } = setup();
    await launcher.toggle(tabA, 'command');
    expect(open).toHaveBeenCalledWith({ tabId: 10 });
    expect(close).not.toHaveBeenCalled();
    expect(targets).toEqual([{ tabId: 10, url: 'https://a.test/', title: 'A', trigger: 'command' }]);
  });

  it('closes the panel that reads this tab', async () => {
    const { launcher, open, close } = setup();
    const port = panelPort(1);
    expect(launcher.acceptPort(port)).toBe(true);
    port.say({ type: 'reading', tabId: 10 });
    await launcher.toggle(tabA, 'command');
    expect(close).toHaveBeenCalledWith({ windowId: 1 });
    expect(open).not.toHaveBeenCalled();
  });

  it('points an open panel that reads another tab, or nothing yet, at this tab instead of closing it', async () => {
    const { launcher, open, close, targets } = setup();
    const port = panelPort(1);
    launcher.acceptPort(port);
    port.say({ type: 'reading', tabId: 10 });
    await launcher.toggle(tabB, 'command');
    port.say({ type: 'reading', tabId: null });
    await launcher.toggle(tabA, 'command');
    expect(close).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(2);
    expect(targets.map((t) => t.tabId)).toEqual([11, 10]);
  });

  it('forgets what a panel read once its port is gone, and ignores a replaced port', async () => {
    const { launcher, close } = setup();
    const first = panelPort(1);
    launcher.acceptPort(first);
    first.say({ type: 'reading', tabId: 10 });
    const second = panelPort(1);
    launcher.acceptPort(second);
    first.say({ type: 'reading', tabId: 10 });
    expect(launcher.isReading(tabA)).toBe(false);
    second.say({ type: 'reading', tabId: 10 });
    expect(launcher.isReading(tabA)).toBe(true);
    second.drop();
    expect(launcher.isReading(tabA)).toBe(false);
    await launcher.toggle(tabA, 'command');
    expect(close).not.toHaveBeenCalled();
  });
});

describe('isPanelReading', () => {
  it('accepts only well-formed reports', () => {
    expect(isPanelReading({ type: 'reading', tabId: 4 })).toBe(true);
    expect(isPanelReading({ type: 'reading', tabId: null })).toBe(true);
    expect(isPanelReading({ type: 'reading', tabId: '4' })).toBe(false);
    expect(isPanelReading({ type: 'close' })).toBe(false);
    expect(isPanelReading(null)).toBe(false);
  });
});
