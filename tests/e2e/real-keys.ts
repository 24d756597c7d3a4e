import { execFileSync } from 'node:child_process';

/**
 * Presses a key combination as a real X11 key event (xdotool under Xvfb). Playwright's
 * `keyboard.press` never reaches `commands.onCommand`; a real key does, with the user gesture and
 * the activeTab grant that come with it. Needs a headed Chromium.
 */
function chromiumWindow(): string {
  if (!process.env.DISPLAY) throw new Error('Real input events need a display: run the e2e suite under xvfb-run.');
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'])
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean);
  const win = windows.at(-1);
  if (!win) throw new Error('No visible Chromium window to send input to.');
  return win;
}

export function pressRealKey(combo: string): void {
  // No window manager under Xvfb, so windowactivate is unavailable; focus is enough.
  execFileSync('xdotool', ['windowfocus', '--sync', chromiumWindow(), 'key', '--clearmodifiers', combo.toLowerCase()]);
}

/**
 * Right-clicks the page with a real mouse event and picks the item `stepsFromBottom` up from the
 * end of Chromium's native context menu with the keyboard.
 */
export function openPageContextMenuItemFromBottom(stepsFromBottom: number): void {
  const win = chromiumWindow();
  execFileSync('xdotool', ['windowfocus', '--sync', win, 'mousemove', '--window', win, '400', '500', 'click', '3']);
  execFileSync('sleep', ['0.8']);
  execFileSync('xdotool', ['key', ...Array.from({ length: stepsFromBottom }, () => 'Up'), 'Return']);
}

/** Chromium's accelerator syntax (Alt+Shift+K) to xdotool's (alt+shift+k). */
export function toXdotool(accelerator: string): string {
  return accelerator
    .split('+')
    .map((k) => (k === 'Ctrl' ? 'ctrl' : k.toLowerCase()))
    .join('+');
}
