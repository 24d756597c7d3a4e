import { describe, expect, it } from 'vitest';
import { restrictedReason } from './restricted-url';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/paper.PDF', 'pdf'],
    ['file:///home/me/a.html', 'unsupported-scheme'],
    ['ftp://example.com/', 'unsupported-scheme'],
    ['not a url', 'unsupported-scheme'],
    [undefined, 'browser-page'],
  ])('%s -> %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it('allows ordinary web pages', () => {
    expect(restrictedReason('https://news.example.com/2026/story?id=1')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/article.html')).toBeNull();
    expect(restrictedReason('https://chrome.google.com/other')).toBeNull();
  });
});
