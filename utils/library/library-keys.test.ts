import { describe, expect, it } from 'vitest';
import { isTextEntry, type LibraryKeyLike, libraryKeyAction, stepRow } from './library-keys';

function key(
  k: string,
  target: EventTarget | null = document.body,
  mods: Partial<LibraryKeyLike> = {},
): LibraryKeyLike {
  return {
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    defaultPrevented: false,
    target,
    ...mods,
  };
}

function el(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

describe('library keys', () => {
  it('maps / j k and Ctrl+Z', () => {
    expect(libraryKeyAction(key('/'))).toBe('search');
    expect(libraryKeyAction(key('j'))).toBe('next');
    expect(libraryKeyAction(key('K'))).toBe('previous');
    expect(libraryKeyAction(key('z', document.body, { ctrlKey: true }))).toBe('undo');
    expect(libraryKeyAction(key('z', document.body, { metaKey: true }))).toBe('undo');
    expect(libraryKeyAction(key('x'))).toBeNull();
  });

  it('leaves browser shortcuts, composition and handled keys alone', () => {
    expect(libraryKeyAction(key('z', document.body, { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(libraryKeyAction(key('j', document.body, { ctrlKey: true }))).toBeNull();
    expect(libraryKeyAction(key('j', document.body, { altKey: true }))).toBeNull();
    expect(libraryKeyAction(key('J', document.body, { shiftKey: true }))).toBeNull();
    expect(libraryKeyAction(key('/', document.body, { isComposing: true }))).toBeNull();
    expect(libraryKeyAction(key('/', document.body, { defaultPrevented: true }))).toBeNull();
  });

  it('never takes keys typed into a text field', () => {
    for (const html of [
      '<input type="search">',
      '<input>',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
      '<div contenteditable="true"><span>x</span></div>',
    ]) {
      const target = el(html);
      expect(isTextEntry(target), html).toBe(true);
      expect(libraryKeyAction(key('/', target)), html).toBeNull();
      expect(libraryKeyAction(key('z', target, { ctrlKey: true })), html).toBeNull();
    }
  });

  it('works from buttons, links and radio buttons', () => {
    for (const html of ['<button type="button">b</button>', '<a href="#x">a</a>', '<input type="radio">']) {
      const target = el(html);
      expect(isTextEntry(target), html).toBe(false);
      expect(libraryKeyAction(key('j', target)), html).toBe('next');
    }
    expect(isTextEntry(null)).toBe(false);
  });

  it('steps between rows without wrapping', () => {
    expect(stepRow(-1, 3, 'next')).toBe(0);
    expect(stepRow(-1, 3, 'previous')).toBe(2);
    expect(stepRow(0, 3, 'next')).toBe(1);
    expect(stepRow(2, 3, 'next')).toBe(2);
    expect(stepRow(0, 3, 'previous')).toBe(0);
    expect(stepRow(-1, 0, 'next')).toBe(-1);
  });
});
