import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PANEL_PORT_PREFIX } from '../background/reader-launcher';
import { keepPanelPresence, type PresencePort, panelReading } from './panel-presence';

function fakePort(name: string) {
  const message: Array<(m: unknown) => void> = [];
  const disconnect: Array<() => void> = [];
  const port = {
    name,
    disconnected: false,
    sent: [] as unknown[],
    postMessage: (m: unknown) => {
      port.sent.push(m);
    },
    onMessage: { addListener: (cb: (m: unknown) => void) => message.push(cb) },
    onDisconnect: { addListener: (cb: () => void) => disconnect.push(cb) },
    disconnect: () => {
      port.disconnected = true;
    },
    post: (m: unknown) => {
      for (const cb of message) cb(m);
    },
    drop: () => {
      for (const cb of disconnect) cb();
    },
  };
  return port satisfies PresencePort;
}

describe('keepPanelPresence', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => vi.useRealTimers());

  function start(onClose = vi.fn()) {
    const ports: ReturnType<typeof fakePort>[] = [];
    const ctl = new AbortController();
    const presence = keepPanelPresence({
      connect: ({ name }) => {
        const p = fakePort(name);
        ports.push(p);
        return p;
      },
      windowId: 42,
      onClose,
      signal: ctl.signal,
      now: () => clock,
    });
    return { ports, ctl, onClose, presence };
  }

  it('connects with the window id in the port name and closes on request', () => {
    const { ports, onClose, ctl } = start();
    expect(ports[0]?.name).toBe(`${PANEL_PORT_PREFIX}42`);
    ports[0]?.post({ type: 'other' });
    expect(onClose).not.toHaveBeenCalled();
    ports[0]?.post({ type: 'close' });
    expect(onClose).toHaveBeenCalledTimes(1);
    ctl.abort();
  });

  it('reconnects when the service worker drops the port', () => {
    const { ports, ctl } = start();
    clock = 60_000;
    ports[0]?.drop();
    vi.runAllTimers();
    expect(ports).toHaveLength(2);
    ctl.abort();
  });

  it('gives up after repeated immediate refusals', () => {
    const { ports, ctl } = start();
    for (let i = 0; i < 5; i++) {
      ports.at(-1)?.drop();
      vi.runAllTimers();
    }
    expect(ports).toHaveLength(3);
    ctl.abort();
  });

  it('disconnects and stops reconnecting when aborted', () => {
    const { ports, ctl } = start();
    ctl.abort();
    expect(ports[0]?.disconnected).toBe(true);
    ports[0]?.drop();
    vi.runAllTimers();
    expect(ports).toHaveLength(1);
  });

  it('tells the background which tab it reads, once per change, and again on a new port', () => {
    const { ports, ctl, presence } = start();
    presence.report(7);
    presence.report(7);
    presence.report(null);
    expect(ports[0]?.sent).toEqual([
      { type: 'reading', tabId: 7 },
      { type: 'reading', tabId: null },
    ]);
    clock = 60_000;
    ports[0]?.drop();
    vi.runAllTimers();
    expect(ports[1]?.sent).toEqual([{ type: 'reading', tabId: null }]);
    ctl.abort();
  });
});

describe('panelReading', () => {
  it('is the tab whose page is shown or loading', () => {
    expect(panelReading({ state: 'article', tabId: 3 }, null)).toBe(3);
    expect(panelReading({ state: 'loading', tabId: 3 }, null)).toBe(3);
    expect(panelReading({ state: 'not-article', tabId: 3 }, null)).toBe(3);
  });

  it('is nothing while the article is stale or the page could not be read', () => {
    expect(panelReading({ state: 'article', tabId: 3 }, 'other-tab')).toBeNull();
    expect(panelReading({ state: 'article', tabId: 3 }, 'navigated')).toBeNull();
    expect(panelReading({ state: 'no-access', tabId: 3 }, null)).toBeNull();
    expect(panelReading({ state: 'error', tabId: 3 }, null)).toBeNull();
  });
});
