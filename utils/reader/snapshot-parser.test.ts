// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countInlineStyles, createSnapshotParser, PARSER_FRAME_TIMEOUT_MS, STYLE_HEAVY } from './snapshot-parser';

type ParserWindow = Window & { DOMParser: typeof DOMParser };

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const styled = (n: number) => `<body>${'<p style="color: red">x</p>'.repeat(n)}</body>`;

describe('countInlineStyles', () => {
  it('counts style attributes as the serialiser writes them, up to where it stops counting', () => {
    expect(countInlineStyles(styled(3))).toBe(3);
    expect(countInlineStyles('<p data-style="x">style</p>')).toBe(0);
    expect(countInlineStyles(styled(STYLE_HEAVY * 2))).toBe(STYLE_HEAVY);
  });
});

describe('createSnapshotParser', () => {
  it('frames the parser page once, for the first style-heavy snapshot: hidden, out of the tab order and the accessibility tree', async () => {
    const snapshots = createSnapshotParser(document, 'about:blank', new AbortController().signal);
    await snapshots.readyFor(styled(STYLE_HEAVY - 1));
    expect(document.querySelector('iframe')).toBeNull();
    await snapshots.readyFor(styled(STYLE_HEAVY));
    await snapshots.readyFor(styled(STYLE_HEAVY));
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('src')).toBe('about:blank');
    expect(frames[0]?.hidden).toBe(true);
    expect(frames[0]?.tabIndex).toBe(-1);
    expect(frames[0]?.getAttribute('aria-hidden')).toBe('true');
  });

  it("parses with the view's own DOMParser until the frame has loaded, then with the frame's", async () => {
    const snapshots = createSnapshotParser(document, 'about:blank', new AbortController().signal);
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
    await snapshots.readyFor(styled(STYLE_HEAVY));
    const frame = document.querySelector('iframe')!;
    const parser = snapshots.parser();
    expect(parser).toBeInstanceOf((frame.contentWindow as ParserWindow).DOMParser);
    expect(parser).not.toBeInstanceOf(DOMParser);
    expect(parser.parseFromString(styled(1), 'text/html').body.textContent).toBe('x');
  });

  it('makes only a style-heavy snapshot wait, and never longer than the timeout', async () => {
    vi.useFakeTimers();
    // A view whose document is not in a window never loads a frame.
    const detached = document.implementation.createHTMLDocument('');
    const snapshots = createSnapshotParser(detached, 'about:blank', new AbortController().signal);
    let light = false;
    let heavy = false;
    void snapshots.readyFor(styled(STYLE_HEAVY - 1)).then(() => {
      light = true;
    });
    void snapshots.readyFor(styled(STYLE_HEAVY)).then(() => {
      heavy = true;
    });
    await vi.advanceTimersByTimeAsync(PARSER_FRAME_TIMEOUT_MS - 1);
    expect([light, heavy]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(heavy).toBe(true);
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
  });

  it('removes the frame and parses on its own once the view has gone', async () => {
    const ctl = new AbortController();
    const snapshots = createSnapshotParser(document, 'about:blank', ctl.signal);
    await snapshots.readyFor(styled(STYLE_HEAVY));
    ctl.abort();
    expect(document.querySelector('iframe')).toBeNull();
    expect(snapshots.parser()).toBeInstanceOf(DOMParser);
    await expect(snapshots.readyFor(styled(STYLE_HEAVY))).resolves.toBeUndefined();
  });
});
