/**
 * The side panel tells the background it is open by holding a port named
 * `PANEL_PORT_PREFIX + windowId`; the keyboard shortcut then toggles it closed by posting
 * `{ type: 'close' }`. The port drops when the service worker is stopped, so it reconnects (which
 * also wakes the worker); a port the background refuses straight away is not retried forever.
 */
import { PANEL_PORT_PREFIX } from '../background/reader-launcher';

export interface PresencePort {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
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

export function keepPanelPresence(options: PresenceOptions): void {
  const { connect, windowId, onClose, signal, retryDelay = 250, minLifetime = 1000, maxRefusals = 3 } = options;
  const now = options.now ?? Date.now;
  let refusals = 0;
  let port: PresencePort | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

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
}
