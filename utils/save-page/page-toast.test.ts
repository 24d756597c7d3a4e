import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_TOAST_ID, showPageToast } from './page-toast';

/** The toast's box: its shadow root is closed, so the test opens it through attachShadow's return. */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('showPageToast', () => {
  it('announces the text as a status, as text, in a closed shadow root, and leaves after its time', () => {
    vi.useFakeTimers();
    const roots = captureShadowRoots();
    showPageToast('Saved “<b>x</b>”', 'ok', 'en', 'ltr', 4000);
    const host = document.getElementById(PAGE_TOAST_ID)!;
    expect(host.shadowRoot).toBeNull();
    const box = roots[0]!.firstElementChild as HTMLElement;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.textContent).toBe('Saved “<b>x</b>”');
    expect(box.children).toHaveLength(0);
    expect(box.style.position).toBe('fixed');
    vi.advanceTimersByTime(3999);
    expect(document.getElementById(PAGE_TOAST_ID)).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(document.getElementById(PAGE_TOAST_ID)).toBeNull();
  });

  it('says a failure as an alert, in the UI language and direction', () => {
    const roots = captureShadowRoots();
    showPageToast('لم يُحفظ', 'error', 'ar', 'rtl', 4000);
    const box = roots[0]!.firstElementChild!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.getAttribute('lang')).toBe('ar');
    expect(box.getAttribute('dir')).toBe('rtl');
  });

  it('replaces an earlier toast instead of stacking, and Escape dismisses it', () => {
    showPageToast('first', 'ok', 'en', 'ltr', 4000);
    showPageToast('second', 'ok', 'en', 'ltr', 4000);
    expect(document.querySelectorAll(`#${PAGE_TOAST_ID}`)).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.getElementById(PAGE_TOAST_ID)).toBeNull();
  });

  it('uses nothing outside itself, so executeScript can serialise it', () => {
    const source = showPageToast.toString();
    expect(source).not.toMatch(/PAGE_TOAST_ID|import|require\(/);
    // Rebuilt from its source alone, it still works.
    const rebuilt = new Function(`return (${source})`)() as typeof showPageToast;
    rebuilt('again', 'ok', 'en', 'ltr', 4000);
    expect(document.getElementById(PAGE_TOAST_ID)).not.toBeNull();
  });
});
