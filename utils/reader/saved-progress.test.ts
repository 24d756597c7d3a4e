import { describe, expect, it, vi } from 'vitest';
import { type ScrollBox, scrollFraction, scrollTopFor, trackReadingProgress } from './saved-progress';

const box = (scrollTop: number, scrollHeight = 5000, clientHeight = 1000): ScrollBox => ({
  scrollTop,
  scrollHeight,
  clientHeight,
});

describe('scrollFraction / scrollTopFor', () => {
  it('measures against the scrollable range and maps back', () => {
    expect(scrollFraction(box(0))).toBe(0);
    expect(scrollFraction(box(2000))).toBe(0.5);
    expect(scrollFraction(box(4000))).toBe(1);
    expect(scrollFraction(box(9000))).toBe(1);
    expect(scrollFraction(box(0, 800, 1000))).toBe(0);
    expect(scrollTopFor(0.5, box(0))).toBe(2000);
    expect(scrollTopFor(2, box(0))).toBe(4000);
    expect(scrollTopFor(0.5, box(0, 800, 1000))).toBe(0);
  });
});

function setUp(initial: number, start = box(0)) {
  const scroller = new EventTarget();
  const lifecycle = new EventTarget();
  const ctl = new AbortController();
  const save = vi.fn();
  const timers: (() => void)[] = [];
  let hidden = false;
  trackReadingProgress({
    box: start,
    scrollEvents: scroller,
    lifecycle,
    isHidden: () => hidden,
    initial,
    save,
    signal: ctl.signal,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => timers.splice(0),
  });
  const scrollTo = (top: number) => {
    start.scrollTop = top;
    scroller.dispatchEvent(new Event('scroll'));
  };
  const settle = () => {
    for (const fn of timers.splice(0)) fn();
  };
  const hide = () => {
    hidden = true;
    lifecycle.dispatchEvent(new Event('visibilitychange'));
  };
  return { start, save, scrollTo, settle, hide, lifecycle, ctl };
}

describe('trackReadingProgress', () => {
  it('puts the reader back where they were', () => {
    expect(setUp(0.25).start.scrollTop).toBe(1000);
    expect(setUp(0).start.scrollTop).toBe(0);
    // A finished article opens at the top again.
    expect(setUp(1).start.scrollTop).toBe(0);
  });

  it('writes the position once scrolling settles, and not for jitter', () => {
    const t = setUp(0);
    t.scrollTo(500);
    t.scrollTo(1000);
    expect(t.save).not.toHaveBeenCalled();
    t.settle();
    expect(t.save).toHaveBeenCalledExactlyOnceWith(0.25);
    t.scrollTo(1004);
    t.settle();
    expect(t.save).toHaveBeenCalledTimes(1);
    t.scrollTo(3000);
    t.settle();
    expect(t.save).toHaveBeenLastCalledWith(0.75);
  });

  it('writes at once when the page is hidden or left, and when tracking stops', () => {
    const t = setUp(0);
    t.scrollTo(2000);
    t.hide();
    expect(t.save).toHaveBeenLastCalledWith(0.5);
    t.scrollTo(4000);
    t.lifecycle.dispatchEvent(new Event('pagehide'));
    expect(t.save).toHaveBeenLastCalledWith(1);
    t.scrollTo(1000);
    t.ctl.abort();
    expect(t.save).toHaveBeenLastCalledWith(0.25);
    // Nothing is listened to after the abort.
    t.scrollTo(3000);
    t.settle();
    expect(t.save).toHaveBeenCalledTimes(3);
  });
});
