/**
 * The side panel tells the background it is open by holding a port named
 * `PANEL_PORT_PREFIX + windowId`, and which tab it reads by posting `PanelReading` on it; the
 * keyboard shortcut then toggles it closed by posting `{ type: 'close' }`. The port drops when the
 * service worker is stopped, so it reconnects (which also wakes the worker) and says again what it
 * reads; a port the background refuses straight away is not retried forever.
 */
import { PANEL_PORT_PREFIX, type PanelReading } from '../background/reader-launcher';
import type { ViewState } from './reader-state';
import type { StaleReason } from './tab-follow';

export interface PresencePort {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

export interface PanelPresence {
  /** Tells the background which tab the panel reads (see `panelReading`). */
  report(tabId: number | null): void;
}

/**
 * The tab whose current page the panel shows or is loading. Null when what is on screen is not that
 * page (stale) or not an article view of it yet (no access, error): the shortcut should read it then.
 */
export function panelReading(view: Pick<ViewState, 'state' | 'tabId'>, stale: StaleReason): number | null {
  if (stale || view.state === 'no-access' || view.state === 'error') return null;
  return view.tabId;
}

export interface PresenceOptions {
  connect(info: { name: string }): PresencePort;
  windowId: number;
  onClose(): void;
  signal: AbortSignal;
  /** Delay before reconnecting (ms). */
  retryDelay?: number;
  /** A port that drops sooner than this (ms) counts as refused. */
  minLifetime?: number;
  /** Give up after this many refusals in a row. */
  maxRefusals?: number;
  now?: () => number;
}

export function isCloseMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'close';
}

export function keepPanelPresence(options: PresenceOptions): PanelPresence {
  const { connect, windowId, onClose, signal, retryDelay = 250, minLifetime = 1000, maxRefusals = 3 } = options;
  const now = options.now ?? Date.now;
  let refusals = 0;
  let port: PresencePort | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading: PanelReading | null = null;

  function post() {
    if (!port || !reading) return;
    try {
      port.postMessage(reading);
    } catch {
      // Disconnected in the meantime: the next port says it again.
    }
  }

  function open() {
    if (signal.aborted) return;
    const openedAt = now();
    const current = connect({ name: `${PANEL_PORT_PREFIX}${windowId}` });
    port = current;
    current.onMessage.addListener((message) => {
      if (isCloseMessage(message)) onClose();
    });
    current.onDisconnect.addListener(() => {
      if (port !== current || signal.aborted) return;
      port = null;
      refusals = now() - openedAt < minLifetime ? refusals + 1 : 0;
      if (refusals < maxRefusals) timer = setTimeout(open, retryDelay);
    });
    post();
  }

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      port?.disconnect();
      port = null;
    },
    { once: true },
  );
  open();
  return {
    report(tabId) {
      if (reading?.tabId === tabId) return;
      reading = { type: 'reading', tabId };
      post();
    },
  };
}
