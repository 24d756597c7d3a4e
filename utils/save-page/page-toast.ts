/**
 * The in-page confirmation of "Save page": a small status box in the corner of the page that a
 * screen reader announces (role=status), gone after a few seconds or on Escape. The toolbar badge
 * alone is neither announced nor seen by everyone.
 *
 * `showPageToast` is handed to `scripting.executeScript({ func })`, which serialises it: it must
 * use nothing but its arguments and the page's DOM (no imports, no closures). It builds its box in
 * a closed shadow root, text as text nodes and styles through the CSSOM (`el.style.x = …`), which a
 * page's CSP does not block, so no page script or stylesheet can read, restyle or break it.
 */
export const PAGE_TOAST_ID = 'readside-page-toast';

export function showPageToast(text: string, tone: 'ok' | 'error', lang: string, dir: string, ms: number): void {
  const id = 'readside-page-toast';
  document.getElementById(id)?.remove();
  const host = document.createElement('div');
  host.id = id;
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', tone === 'ok' ? 'status' : 'alert');
  box.setAttribute('lang', lang);
  box.setAttribute('dir', dir);
  box.textContent = text;
  const styles: Record<string, string> = {
    position: 'fixed',
    zIndex: '2147483647',
    insetBlockEnd: '16px',
    insetInlineEnd: '16px',
    maxWidth: 'min(420px, calc(100vw - 32px))',
    padding: '10px 14px',
    borderRadius: '8px',
    boxShadow: '0 4px 16px rgba(0, 0, 0, 0.25)',
    background: tone === 'ok' ? '#1a3d2a' : '#5c1612',
    color: '#ffffff',
    font: '500 14px/1.4 system-ui, sans-serif',
    textAlign: 'start',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  };
  for (const [name, value] of Object.entries(styles)) (box.style as unknown as Record<string, string>)[name] = value;
  root.append(box);
  const remove = () => {
    host.remove();
    document.removeEventListener('keydown', onKey, true);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') remove();
  };
  document.addEventListener('keydown', onKey, true);
  (document.body ?? document.documentElement).append(host);
  setTimeout(remove, ms);
}
