import { afterEach, describe, expect, it } from 'vitest';
import { markShown, measured, TIMING } from './timing';

const entries = (name: string) => performance.getEntriesByName(name);

describe('reader timing', () => {
  afterEach(() => {
    performance.clearMeasures();
    performance.clearMarks();
  });

  it('measures each call of a synchronous function and passes its result and errors through', () => {
    const double = measured(TIMING.extract, (n: number) => n * 2);
    expect(double(4)).toBe(8);
    const failing = measured(TIMING.extract, () => {
      throw new Error('boom');
    });
    expect(failing).toThrow('boom');
    expect(entries(TIMING.extract)).toHaveLength(2);
  });

  it('measures an async function until its promise settles', async () => {
    let release: (v: string) => void = () => {};
    const fetch = measured(TIMING.snapshot, () => new Promise<string>((resolve) => (release = resolve)));
    const pending = fetch();
    expect(entries(TIMING.snapshot)).toHaveLength(0);
    release('snap');
    await expect(pending).resolves.toBe('snap');
    expect(entries(TIMING.snapshot)).toHaveLength(1);
  });

  it('marks what was shown', () => {
    markShown('article');
    const [mark] = entries(TIMING.shown) as PerformanceMark[];
    expect(mark?.detail).toBe('article');
  });
});
