import { describe, expect, it, vi } from 'vitest';
import type { PageSnapshot } from '../page-snapshot';
import { createOffscreenRunner, OFFSCREEN_PATH } from './offscreen-runner';

const snapshot: PageSnapshot = {
  url: 'https://example.com/a',
  title: '',
  html: '<p>x</p>',
  elementCount: 1,
  selection: '',
};
const saved = { ok: true as const, id: '1', updated: false, title: 'A' };

function fakeOffscreen() {
  let open = false;
  return {
    get open() {
      return open;
    },
    createDocument: vi.fn(async (p: { url: string; reasons: string[] }) => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      expect(p).toMatchObject({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'] });
      open = true;
    }),
    closeDocument: vi.fn(async () => {
      if (!open) throw new Error('No current offscreen document.');
      open = false;
    }),
  };
}

describe('createOffscreenRunner', () => {
  it('opens the document for a save, sends the snapshot there, and closes it afterwards', async () => {
    const offscreen = fakeOffscreen();
    const send = vi.fn(async () => {
      expect(offscreen.open).toBe(true);
      return saved;
    });
    expect(await createOffscreenRunner(offscreen, send)(snapshot)).toEqual(saved);
    expect(send).toHaveBeenCalledWith(snapshot);
    expect(offscreen.open).toBe(false);
  });

  it('keeps the document open until the last of overlapping saves ends', async () => {
    const offscreen = fakeOffscreen();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const send = vi.fn(async (s: PageSnapshot) => {
      if (s.url.endsWith('/slow')) await held;
      return saved;
    });
    const run = createOffscreenRunner(offscreen, send);
    const slow = run({ ...snapshot, url: 'https://example.com/slow' });
    await run(snapshot);
    expect(offscreen.open).toBe(true);
    release();
    await slow;
    expect(offscreen.open).toBe(false);
    expect(offscreen.closeDocument).toHaveBeenCalledTimes(1);
  });

  it('retries while the document is not listening yet, but passes on any other error and still closes', async () => {
    const offscreen = fakeOffscreen();
    let calls = 0;
    const send = vi.fn(async () => {
      if (++calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return saved;
    });
    const wait = vi.fn(async () => {});
    expect(await createOffscreenRunner(offscreen, send, wait)(snapshot)).toEqual(saved);
    expect(wait).toHaveBeenCalledTimes(2);

    const failing = createOffscreenRunner(offscreen, async () => {
      throw new Error('Extension context invalidated.');
    });
    await expect(failing(snapshot)).rejects.toThrow('invalidated');
    expect(offscreen.open).toBe(false);
  });
});
