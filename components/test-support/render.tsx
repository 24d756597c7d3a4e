/** Test-only: render a component with the real English strings and tear it down after. */
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import type { Translate } from '../i18n';
import { I18nProvider, LocaleProvider } from '../i18n';
import { tEn } from './i18n';

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ComponentChildren): void;
  unmount(): void;
}

export function renderUi(ui: ComponentChildren, options: { t?: Translate; locale?: string } = {}): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const wrap = (children: ComponentChildren) => (
    <I18nProvider value={options.t ?? tEn}>
      <LocaleProvider value={options.locale ?? 'en-US'}>{children}</LocaleProvider>
    </I18nProvider>
  );
  act(() => render(wrap(ui), container));
  return {
    container,
    rerender: (next) => act(() => render(wrap(next), container)),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Buttons by accessible text (the visible label; these components use no aria-label on buttons). */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('Nothing to click');
  act(() => (el as HTMLElement).click());
}
