/**
 * Pages where the browser forbids extensions to run, or where reading makes no sense.
 * Checked before we ask for a snapshot so the user gets a clear message instead of an API error.
 */
const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'about:',
  'view-source:',
  'moz-extension:',
  'resource:',
  'javascript:',
  'data:',
  'blob:',
  'file:',
];
const RESTRICTED_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'unsupported-scheme' | null;

export function restrictedReason(url: string | undefined | null): RestrictedReason {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unsupported-scheme';
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) {
    return parsed.protocol === 'file:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:'
      ? 'unsupported-scheme'
      : 'browser-page';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'unsupported-scheme';
  if (
    RESTRICTED_HOSTS.includes(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
  ) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
