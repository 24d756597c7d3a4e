import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTagInput, TagEditor } from './TagEditor';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('parseTagInput', () => {
  it('splits on commas, trims, and drops empties and repeats', () => {
    expect(parseTagInput('a, b ,,c')).toEqual(['a', 'b', 'c']);
    expect(parseTagInput(' Long   reads , long reads, LONG READS')).toEqual(['Long reads']);
    expect(parseTagInput('')).toEqual([]);
    expect(parseTagInput(' , ,')).toEqual([]);
  });

  it('accepts the commas other scripts type', () => {
    expect(parseTagInput('歴史，散歩、旅')).toEqual(['歴史', '散歩', '旅']);
    expect(parseTagInput('تاريخ، سفر')).toEqual(['تاريخ', 'سفر']);
  });
});

describe('TagEditor', () => {
  it('focuses its labelled field with the current tags selected', () => {
    view = renderUi(<TagEditor title="The mill" tags={['a', 'b']} onSave={() => {}} onCancel={() => {}} />);
    const input = document.activeElement as HTMLInputElement;
    expect(input.value).toBe('a, b');
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Tags for “The mill”');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Separate tags with commas. Enter saves, Escape cancels.',
    );
  });

  it('saves on Enter and cancels on Escape from anywhere inside', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    view = renderUi(<TagEditor title="T" tags={[]} onSave={onSave} onCancel={onCancel} />);
    const input = document.activeElement as HTMLInputElement;
    act(() => {
      input.value = 'x, y';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onSave).toHaveBeenCalledWith(['x', 'y']);
    const cancel = buttonNamed(view.container, 'Cancel') as HTMLButtonElement;
    cancel.focus();
    act(() => void cancel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(onCancel).toHaveBeenCalledTimes(1);
    click(cancel);
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('does not save while an input method is composing', () => {
    const onSave = vi.fn();
    view = renderUi(<TagEditor title="T" tags={[]} onSave={onSave} onCancel={() => {}} />);
    const input = document.activeElement as HTMLInputElement;
    act(
      () => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, isComposing: true })),
    );
    expect(onSave).not.toHaveBeenCalled();
  });
});
