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

/**
 * Runs an xdotool command against the Chromium window, retrying while X answers BadMatch: a window
 * Chromium has just created may not be mapped yet (seen once in CI).
 */
function xdotoolOnWindow(args: (win: string) => string[]): void {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('xdotool', args(chromiumWindow()), { stdio: ['ignore', 'ignore', 'pipe'] });
      return;
    } catch (err) {
      if (attempt >= 10 || !/BadMatch|BadWindow/.test(String((err as { stderr?: Buffer }).stderr ?? err))) throw err;
      execFileSync('sleep', ['0.3']);
    }
  }
}

export function pressRealKey(combo: string): void {
  // No window manager under Xvfb, so windowactivate is unavailable; focus is enough.
  xdotoolOnWindow((win) => ['windowfocus', '--sync', win, 'key', '--clearmodifiers', combo.toLowerCase()]);
}

/** Presses keys one after another (xdotool names: 'Tab', 'Return'), as real key events. */
export function pressRealKeys(...keys: string[]): void {
  xdotoolOnWindow((win) => ['windowfocus', '--sync', win, 'key', '--delay', '200', ...keys]);
}

/**
 * Right-clicks the page with a real mouse event and picks the item `stepsFromBottom` up from the
 * end of Chromium's native context menu with the keyboard, `menuWaitSeconds` after the click (the
 * menu takes longer to open on a slow machine); with `submenuItem`, that item is a submenu and its
 * item at that index (0 = first) is picked. Escape first closes a menu a slower earlier try
 * left open.
 */
export function openPageContextMenuItemFromBottom(
  stepsFromBottom: number,
  menuWaitSeconds = 0.8,
  submenuItem?: number,
): void {
  xdotoolOnWindow((win) => ['windowfocus', '--sync', win, 'key', 'Escape']);
  xdotoolOnWindow((win) => ['windowfocus', '--sync', win, 'mousemove', '--window', win, '400', '500', 'click', '3']);
  execFileSync('sleep', [String(menuWaitSeconds)]);
  execFileSync('xdotool', ['key', ...Array.from({ length: stepsFromBottom }, () => 'Up')]);
  if (submenuItem !== undefined) {
    // A submenu (the browser groups an extension's items under its name): Right opens it on its
    // first item. Keys sent before it is open would move through the outer menu instead.
    execFileSync('xdotool', ['key', 'Right']);
    execFileSync('sleep', [String(menuWaitSeconds)]);
    if (submenuItem > 0) execFileSync('xdotool', ['key', ...Array.from({ length: submenuItem }, () => 'Down')]);
  }
  execFileSync('xdotool', ['key', 'Return']);
}

/** Chromium's accelerator syntax (Alt+Shift+K) to xdotool's (alt+shift+k). */
export function toXdotool(accelerator: string): string {
  return accelerator
    .split('+')
    .map((k) => (k === 'Ctrl' ? 'ctrl' : k.toLowerCase()))
    .join('+');
}
