/** What each surface's entrypoint does: document language, direction and title, then the app. */
import { render } from 'preact';
import { translate, uiDir, uiLocale } from '../i18n';
import { ReaderApp, type Surface } from './ReaderApp';

const TITLE_KEYS: Record<Surface, string> = {
  sidepanel: 'surfaceSidePanel',
  popup: 'surfacePopup',
  tab: 'surfaceReaderTab',
};

export function mountReader(surface: Surface): void {
  const html = document.documentElement;
  html.lang = uiLocale();
  html.dir = uiDir();
  html.dataset.surface = surface;
  document.title = translate(TITLE_KEYS[surface]);
  const root = document.getElementById('app');
  if (root) render(<ReaderApp surface={surface} />, root);
}
