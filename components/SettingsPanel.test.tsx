import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings';
import { SettingsPanel } from './SettingsPanel';
import { type Rendered, renderUi } from './test-support/render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function setup(settings: ReaderSettings = DEFAULT_SETTINGS) {
  const onChange = vi.fn();
  const onDetectChange = vi.fn();
  const onClose = vi.fn();
  view = renderUi(
    <SettingsPanel
      id="settings"
      settings={settings}
      onChange={onChange}
      onDetectChange={onDetectChange}
      onClose={onClose}
    />,
  );
  const c = view.container;
  /** The control a visible label names, as a user (and Playwright's getByLabel) finds it. */
  const byLabel = (text: string) => {
    const label = [...c.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    return label ? (document.getElementById(label.htmlFor) as HTMLInputElement) : null;
  };
  return { c, onChange, onDetectChange, onClose, byLabel };
}

describe('SettingsPanel', () => {
  it('labels every control and groups the choices', () => {
    const { c, byLabel } = setup();
    expect(c.querySelector('h2')?.textContent).toBe('Reading settings');
    for (const name of ['Serif', 'Sans serif', 'Monospace', 'High legibility', 'Automatic', 'Light', 'Sepia', 'Dark']) {
      expect(byLabel(name)?.type, name).toBe('radio');
    }
    for (const name of ['Text size', 'Line spacing', 'Line length']) expect(byLabel(name)?.type, name).toBe('range');
    expect(byLabel('Detect articles as I browse')?.type).toBe('checkbox');
    const legends = [...c.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Font', 'Theme', 'Toolbar button opens', 'Load remote images']);
  });

  it('reflects the current settings', () => {
    const { byLabel, c } = setup({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22, remoteImages: 'never' });
    expect(byLabel('Sepia')?.checked).toBe(true);
    expect(byLabel('Light')?.checked).toBe(false);
    expect(byLabel('Never')?.checked).toBe(true);
    expect(byLabel('Text size')?.value).toBe('22');
    expect(c.querySelector('output')?.textContent).toBe('22 px');
  });

  it('reports each change as a patch', () => {
    const { byLabel, onChange } = setup();
    act(() => byLabel('Dark')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    act(() => byLabel('High legibility')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ fontFamily: 'legible' });
    act(() => byLabel('Popup')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ actionTarget: 'popup' });
    act(() => byLabel('On click')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ remoteImages: 'on-click' });
    const size = byLabel('Text size') as HTMLInputElement;
    act(() => {
      size.value = '24';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 24 });
    const spacing = byLabel('Line spacing') as HTMLInputElement;
    act(() => {
      spacing.value = '1.7000000000000002';
      spacing.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ lineHeight: 1.7 });
  });

  it('asks before turning detection on, and keeps the box as stored until then', () => {
    const { byLabel, onDetectChange, onChange } = setup();
    const box = byLabel('Detect articles as I browse') as HTMLInputElement;
    act(() => box.click());
    expect(onDetectChange).toHaveBeenCalledWith(true);
    expect(box.checked).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('closes on Escape', () => {
    const { c, onClose } = setup();
    act(() => {
      c.querySelector('input')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalled();
  });
});
