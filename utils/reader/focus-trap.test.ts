import { afterEach, describe, expect, it, vi } from 'vitest';
import { trapFocus } from './focus-trap';

function setup() {
  document.body.innerHTML = `
    <button id="opener">Open</button>
    <div id="dialog" tabindex="-1"><button id="a">A</button><a id="b" href="#x">B</a><button id="c">C</button></div>
    <button id="outside">Outside</button>`;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  $('opener').focus();
  return $;
}

function key(key: string, shiftKey = false) {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  document.activeElement?.dispatchEvent(event);
  return event;
}

describe('trapFocus', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('moves focus in and cycles with Tab and Shift+Tab', () => {
    const $ = setup();
    const ctl = new AbortController();
    trapFocus($('dialog'), { onEscape: () => {}, signal: ctl.signal });
    expect(document.activeElement?.id).toBe('a');
    key('Tab');
    expect(document.activeElement?.id).toBe('b');
    key('Tab');
    key('Tab');
    expect(document.activeElement?.id).toBe('a');
    key('Tab', true);
    expect(document.activeElement?.id).toBe('c');
    ctl.abort();
  });

  it('calls onEscape on Escape', () => {
    const $ = setup();
    const onEscape = vi.fn();
    const ctl = new AbortController();
    trapFocus($('dialog'), { onEscape, signal: ctl.signal });
    expect(key('Escape').defaultPrevented).toBe(true);
    expect(onEscape).toHaveBeenCalledTimes(1);
    ctl.abort();
  });

  it('pulls focus back when it escapes, and returns it to the opener when released', () => {
    const $ = setup();
    const ctl = new AbortController();
    trapFocus($('dialog'), { onEscape: () => {}, signal: ctl.signal, initialFocus: $('c') });
    expect(document.activeElement?.id).toBe('c');
    $('outside').focus();
    expect(document.activeElement?.id).toBe('a');
    ctl.abort();
    expect(document.activeElement?.id).toBe('opener');
    key('Escape');
    $('outside').focus();
    expect(document.activeElement?.id).toBe('outside');
  });
});
