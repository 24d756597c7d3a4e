import { describe, expect, it } from 'vitest';
import type { LibraryQuery } from '@/utils/reading-list/library-types';
import {
  DEFAULT_QUERY,
  LIBRARY_FILTERS,
  LIBRARY_SORTS,
  MAX_QUERY_TEXT,
  queryFromSearch,
  queryKey,
  queryToSearch,
  savedReaderHref,
  showsEverything,
} from './query-url';

describe('query-url', () => {
  it('reads the default query from an empty address and writes it as nothing', () => {
    expect(queryFromSearch('')).toEqual(DEFAULT_QUERY);
    expect(queryToSearch(DEFAULT_QUERY)).toBe('');
  });

  it('round-trips every filter and sort, with text and tag', () => {
    for (const filter of LIBRARY_FILTERS) {
      for (const sort of LIBRARY_SORTS) {
        const query: LibraryQuery = { text: 'river "old mill" & co', filter, tag: 'Long reads/2024', sort };
        expect(queryFromSearch(queryToSearch(query))).toEqual(query);
      }
    }
  });

  it('writes only what differs from the default', () => {
    expect(queryToSearch({ ...DEFAULT_QUERY, text: '  mill ' })).toBe('?q=mill');
    expect(queryToSearch({ ...DEFAULT_QUERY, filter: 'archived', sort: 'longest' })).toBe(
      '?filter=archived&sort=longest',
    );
    expect(queryToSearch({ ...DEFAULT_QUERY, tag: 'a b' })).toBe('?tag=a+b');
  });

  it('rejects junk values, falling back to the defaults', () => {
    expect(queryFromSearch('?filter=deleted&sort=random&tag=%20%20')).toEqual(DEFAULT_QUERY);
    expect(queryFromSearch('?filter=ALL&sort=Newest')).toEqual(DEFAULT_QUERY);
    expect(queryFromSearch('?filter[]=all&sort=__proto__')).toEqual(DEFAULT_QUERY);
    expect(queryFromSearch('?q=%00a%1Fb').text).toBe(' a b');
    // Malformed escapes do not throw; they read as replacement characters.
    expect(queryFromSearch('?tag=%E0%A4%A').tag).toBe('\uFFFD%A');
  });

  it('cuts overlong text', () => {
    expect(queryFromSearch(`?q=${'x'.repeat(5000)}`).text).toHaveLength(MAX_QUERY_TEXT);
  });

  it('compares queries and knows when everything is shown', () => {
    expect(queryKey({ ...DEFAULT_QUERY, text: 'a ' })).toBe(queryKey({ ...DEFAULT_QUERY, text: ' a' }));
    expect(queryKey(DEFAULT_QUERY)).not.toBe(queryKey({ ...DEFAULT_QUERY, tag: 'x' }));
    expect(showsEverything({ ...DEFAULT_QUERY, filter: 'all' })).toBe(true);
    expect(showsEverything({ ...DEFAULT_QUERY, filter: 'all', text: 'x' })).toBe(false);
    expect(showsEverything(DEFAULT_QUERY)).toBe(false);
  });

  it('links a saved article to the reader, escaping its id', () => {
    expect(savedReaderHref('abc-123')).toBe('reader.html?saved=abc-123');
    expect(savedReaderHref('a&b=c#d')).toBe('reader.html?saved=a%26b%3Dc%23d');
  });
});
