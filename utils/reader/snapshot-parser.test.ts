// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSnapshotParser, PARSER_FRAME_TIMEOUT_MS } from './snapshot-parser';

type ParserWindow = Window & { DOMParser: typeof DOMParser };

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

describe('createSnapshotParser', () => {
  it('frames the parser page hidden, out of the tab order and the accessibility tree', () => {
    createSnapshotParser(document, 'about:blank', new AbortController().signal);
    const frame = document.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('about:blank');
    expect(frame?.hidden).toBe(true);
    expect(frame?.tabIndex).toBe(-1);
    expect(frame?.getAttribute('aria-hidden')).toBe('true');
  });

  it("parses with the frame's DOMParser once the page has loaded", async () => {
    const snapshots = createSnapshotParser(document, 'about:blank', new AbortController().signal);
    const frame = document.querySelector('iframe')!;
    const framed = frame.contentWindow as ParserWindow | null;
    await loaded(frame);
    await snapshots.ready;
    const parser = snapshots.parser();
    expect(framed).not.toBeNull();
    expect(parser).toBeInstanceOf(framed!.DOMParser);
    expect(parser).not.toBeInstanceOf(DOMParser);
    expect(parser.parseFromString('<p>x</p>', 'text/html').body.textContent).toBe('x');
  });

  it("parses with the view's own DOMParser before the frame has loaded", () => {
    const snapshots = createSnapshotParser(document, 'about:blank', new AbortController().signal);
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
  });

  it('removes the frame and settles when the view goes away', async () => {
    const ctl = new AbortController();
    const snapshots = createSnapshotParser(document, 'about:blank', ctl.signal);
    await loaded(document.querySelector('iframe')!);
    ctl.abort();
    await snapshots.ready;
    expect(document.querySelector('iframe')).toBeNull();
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
  });

  it('gives up waiting for a frame that never loads, and parses on its own', async () => {
    vi.useFakeTimers();
    // A frame that is never attached never loads.
    const detached = document.implementation.createHTMLDocument('');
    const snapshots = createSnapshotParser(detached, 'about:blank', new AbortController().signal);
    detached.querySelector('iframe')?.remove();
    let settled = false;
    void snapshots.ready.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(PARSER_FRAME_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
  });
});
