import { describe, expect, it, vi } from 'vitest';
import { bindReaderKeys, keyToAction, type ReaderKeyAction } from './reader-keyboard';

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('keyToAction', () => {
  const base = { ctrlKey: false, metaKey: false, altKey: false, isComposing: false, defaultPrevented: false };
  const on = (key: string, target: EventTarget | null = document.body, extra = {}) =>
    keyToAction({ ...base, key, target, ...extra });

  it('maps the reader keys', () => {
    expect(on('j')).toBe('scroll-down');
    expect(on('k')).toBe('scroll-up');
    expect(on('+')).toBe('bigger');
    expect(on('=')).toBe('bigger');
    expect(on('-')).toBe('smaller');
    expect(on('t')).toBe('theme');
    expect(on('T')).toBe('theme');
    expect(on('s')).toBe('save');
    expect(on('o')).toBe('open-tab');
    expect(on('l')).toBe('reading-list');
    expect(on('?')).toBe('help');
    expect(on('x')).toBeNull();
    expect(on('ArrowDown')).toBeNull();
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(on('t', document.body, { ctrlKey: true })).toBeNull();
    expect(on('s', document.body, { metaKey: true })).toBeNull();
    expect(on('k', document.body, { altKey: true })).toBeNull();
    expect(on('j', document.body, { isComposing: true })).toBeNull();
  });

  it('does not hijack typing', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    editable.append(inner);
    document.body.append(input, textarea, editable);
    expect(on('t', input)).toBeNull();
    expect(on('t', textarea)).toBeNull();
    expect(on('t', inner)).toBeNull();
  });

  it('stays quiet inside a modal dialog', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    expect(on('t', button)).toBeNull();
  });
});

describe('bindReaderKeys', () => {
  it('calls back and prevents the default only for handled keys, until aborted', () => {
    const seen: ReaderKeyAction[] = [];
    const ctl = new AbortController();
    bindReaderKeys(
      document,
      (a) => {
        seen.push(a);
        return a !== 'save';
      },
      ctl.signal,
    );
    expect(press(document.body, 't').defaultPrevented).toBe(true);
    expect(press(document.body, 's').defaultPrevented).toBe(false);
    ctl.abort();
    press(document.body, 'j');
    expect(seen).toEqual(['theme', 'save']);
  });

  it('ignores keys typed into an input', () => {
    const handler = vi.fn(() => true);
    const ctl = new AbortController();
    bindReaderKeys(document, handler, ctl.signal);
    const input = document.createElement('input');
    document.body.append(input);
    press(input, 't');
    expect(handler).not.toHaveBeenCalled();
    ctl.abort();
  });
});
