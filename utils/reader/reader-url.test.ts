import { describe, expect, it } from 'vitest';
import { readerSourceFromSearch, readerTabPath } from './reader-url';

describe('reader page address', () => {
  it('round-trips a tab id', () => {
    const path = readerTabPath(1234);
    expect(path).toBe('/reader.html?tab=1234');
    expect(readerSourceFromSearch(path.slice(path.indexOf('?')))).toEqual({ kind: 'tab', tabId: 1234 });
  });
  it('reads a saved article id', () => {
    expect(readerSourceFromSearch('?saved=abc-1')).toEqual({ kind: 'saved', id: 'abc-1' });
  });
  it('falls back to the active tab for anything else', () => {
    expect(readerSourceFromSearch('')).toEqual({ kind: 'active' });
    expect(readerSourceFromSearch('?tab=12abc')).toEqual({ kind: 'active' });
    expect(readerSourceFromSearch('?tab=-1')).toEqual({ kind: 'active' });
  });
});
