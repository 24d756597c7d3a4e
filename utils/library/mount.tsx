/** What the library entrypoint does: document language, direction and title, then the app. */
import { render } from 'preact';
import { translate, uiDir, uiLocale } from '../i18n';
import { LibraryApp } from './LibraryApp';

export function mountLibrary(): void {
  const html = document.documentElement;
  html.lang = uiLocale();
  html.dir = uiDir();
  html.dataset.surface = 'library';
  document.title = translate('surfaceLibrary');
  const root = document.getElementById('app');
  if (root) render(<LibraryApp />, root);
}
