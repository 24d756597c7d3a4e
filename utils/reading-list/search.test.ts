import { describe, expect, it } from 'vitest';
import type { SavedArticle } from './db';
import { foldText } from './fold-text';
import type { LibraryQuery } from './library-types';
import { foldCacheSizeForTests, searchArticles, toSummary } from './search';
import { libraryQuery, savedArticle } from './test-support';

const query = libraryQuery;
const titles = (records: SavedArticle[], q: Partial<LibraryQuery>) =>
  searchArticles(records, query(q)).map((hit) => hit.article.title);

describe('searchArticles without text', () => {
  const records = [
    savedArticle({ title: 'old long', savedAt: 1, wordCount: 900 }),
    savedArticle({ title: 'new short', savedAt: 3, wordCount: 100 }),
    savedArticle({ title: 'mid short', savedAt: 2, wordCount: 100 }),
  ];

  it('orders by saved time, newest or oldest first', () => {
    expect(titles(records, { sort: 'newest' })).toEqual(['new short', 'mid short', 'old long']);
    expect(titles(records, { sort: 'oldest' })).toEqual(['old long', 'mid short', 'new short']);
  });

  it('orders by length, ties newest first', () => {
    expect(titles(records, { sort: 'shortest' })).toEqual(['new short', 'mid short', 'old long']);
    expect(titles(records, { sort: 'longest' })).toEqual(['old long', 'new short', 'mid short']);
  });

  it('returns summaries without the body, and no snippet', () => {
    const [hit] = searchArticles([savedArticle({ contentHtml: '<p>x</p>', textContent: 'x' })], query());
    expect(hit?.snippet).toBeNull();
    expect(hit?.article).not.toHaveProperty('contentHtml');
    expect(hit?.article).not.toHaveProperty('textContent');
    expect(hit?.article).toHaveProperty('favorite', false);
  });

  it('does not reorder the input array', () => {
    const input = [...records];
    searchArticles(input, query({ sort: 'oldest' }));
    expect(input).toEqual(records);
  });
});

describe('searchArticles filters', () => {
  const records = [
    savedArticle({ title: 'unread', tags: ['Science'] }),
    savedArticle({ title: 'archived', archived: true, tags: ['art'] }),
    savedArticle({ title: 'favourite', favorite: true, tags: ['science', 'art'] }),
    savedArticle({ title: 'archived favourite', archived: true, favorite: true }),
  ];
  const sorted = (list: string[]) => [...list].sort();

  it('unread is everything not archived', () => {
    expect(sorted(titles(records, { filter: 'unread' }))).toEqual(['favourite', 'unread']);
  });

  it('archived, favourites and all', () => {
    expect(sorted(titles(records, { filter: 'archived' }))).toEqual(['archived', 'archived favourite']);
    expect(sorted(titles(records, { filter: 'favorites' }))).toEqual(['archived favourite', 'favourite']);
    expect(titles(records, { filter: 'all' })).toHaveLength(4);
  });

  it('filters by tag, exactly but case-insensitively, combined with the filter', () => {
    expect(sorted(titles(records, { tag: 'SCIENCE' }))).toEqual(['favourite', 'unread']);
    expect(titles(records, { tag: 'sci' })).toEqual([]);
    expect(titles(records, { tag: 'art', filter: 'archived' })).toEqual(['archived']);
  });
});

describe('searchArticles with text', () => {
  it('finds words in any field, folding case and accents', () => {
    const records = [
      savedArticle({ title: 'Le Café' }),
      savedArticle({ byline: 'Anna Müller' }),
      savedArticle({ siteName: 'Straße Times' }),
      savedArticle({ excerpt: 'An excerpt about glaciers' }),
      savedArticle({ url: 'https://news.example/tokyo-weather' }),
      savedArticle({ tags: ['Recipes'] }),
      savedArticle({ textContent: 'Deep in the body: octopus.' }),
    ];
    expect(searchArticles(records, query({ text: 'cafe' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'MULLER' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'strasse' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'glaciers' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'tokyo-weather' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'recipes' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'octopus' }))).toHaveLength(1);
    expect(searchArticles(records, query({ text: 'nowhere' }))).toHaveLength(0);
  });

  it('needs every term (AND), each in any field', () => {
    const records = [
      savedArticle({ title: 'Climate report', textContent: 'The sea is rising.' }),
      savedArticle({ title: 'Climate', textContent: 'Nothing about water.' }),
    ];
    expect(titles(records, { text: 'climate sea' })).toEqual(['Climate report']);
  });

  it('matches a quoted phrase as a whole', () => {
    const records = [
      savedArticle({ title: 'a', textContent: 'sea level rise' }),
      savedArticle({ title: 'b', textContent: 'level of the sea' }),
    ];
    expect(titles(records, { text: '"sea level"' })).toEqual(['a']);
    expect(titles(records, { text: 'sea level' }).sort()).toEqual(['a', 'b']);
  });

  it('finds CJK text without word boundaries', () => {
    const records = [savedArticle({ title: '東京の天気予報', textContent: '今日は晴れです。' })];
    expect(searchArticles(records, query({ text: '天気' }))).toHaveLength(1);
    expect(
      searchArticles(records, query({ text: '晴れ' }))[0]?.snippet?.some((p) => p.match && p.text === '晴れ'),
    ).toBe(true);
  });

  it('ranks title over tags/site/byline over excerpt/url over body, ties newest first', () => {
    const records = [
      savedArticle({ title: 'body', textContent: 'kiwi', savedAt: 10 }),
      savedArticle({ title: 'url', url: 'https://example.com/kiwi', savedAt: 9 }),
      savedArticle({ title: 'excerpt', excerpt: 'kiwi', savedAt: 11 }),
      savedArticle({ title: 'tag', tags: ['kiwi'], savedAt: 8 }),
      savedArticle({ title: 'site', siteName: 'Kiwi News', savedAt: 12 }),
      savedArticle({ title: 'Kiwi title', savedAt: 1 }),
    ];
    expect(titles(records, { text: 'kiwi' })).toEqual(['Kiwi title', 'site', 'tag', 'excerpt', 'url', 'body']);
  });

  it('adds up the best field of each term', () => {
    const records = [
      savedArticle({ title: 'apple', textContent: 'pear', savedAt: 2 }),
      savedArticle({ title: 'apple pear', savedAt: 1 }),
    ];
    expect(titles(records, { text: 'apple pear' })).toEqual(['apple pear', 'apple']);
  });

  it('ignores the sort order when searching', () => {
    const records = [savedArticle({ title: 'x', savedAt: 1 }), savedArticle({ title: 'x', savedAt: 2 })];
    const hits = searchArticles(records, query({ text: 'x', sort: 'oldest' }));
    expect(hits.map((h) => h.article.savedAt)).toEqual([2, 1]);
  });

  it('gives a body snippet only when a term is in the body', () => {
    const inBody = savedArticle({ title: 'Walrus', textContent: 'A story about a walrus on the ice.' });
    const titleOnly = savedArticle({ title: 'Walrus facts', textContent: 'Tusks and whiskers.' });
    const hits = searchArticles([inBody, titleOnly], query({ text: 'walrus' }));
    const byId = new Map(hits.map((h) => [h.article.id, h.snippet]));
    expect(
      byId
        .get(inBody.id)
        ?.filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['walrus']);
    expect(byId.get(titleOnly.id)).toBeNull();
  });

  it('treats whitespace-only text as no search', () => {
    const records = [savedArticle({ savedAt: 1 }), savedArticle({ savedAt: 2 })];
    const hits = searchArticles(records, query({ text: '   ', sort: 'oldest' }));
    expect(hits.map((h) => h.article.savedAt)).toEqual([1, 2]);
    expect(hits.every((h) => h.snippet === null)).toBe(true);
  });
});

describe('searchArticles fold cache', () => {
  it('folds a body again when its updatedAt changes', () => {
    const before = savedArticle({ textContent: 'The old text mentions alpaca.', updatedAt: 1 });
    expect(titles([before], { text: 'alpaca' })).toEqual([before.title]);
    // Same id and length, refreshed content.
    const after = { ...before, textContent: 'The new text mentions walrus.', updatedAt: 2 };
    expect(titles([after], { text: 'alpaca' })).toEqual([]);
    const [hit] = searchArticles([after], query({ text: 'walrus' }));
    expect(hit?.snippet?.filter((p) => p.match).map((p) => p.text)).toEqual(['walrus']);
  });

  it('sees changed tags and titles without an updatedAt change', () => {
    const record = savedArticle({ title: 'First', tags: ['old'], textContent: 'text' });
    expect(searchArticles([record], query({ text: 'text' }))).toHaveLength(1);
    const changed = { ...record, title: 'Renamed', tags: ['fresh'] };
    expect(titles([changed], { text: 'fresh' })).toEqual(['Renamed']);
    expect(titles([changed], { text: 'renamed' })).toEqual(['Renamed']);
    expect(titles([changed], { text: 'old' })).toEqual([]);
  });

  it('drops the bodies of articles no longer in the list', () => {
    const a = savedArticle({ textContent: 'shared word' });
    const b = savedArticle({ textContent: 'shared word too' });
    searchArticles([a, b], query({ text: 'shared' }));
    expect(foldCacheSizeForTests()).toBe(2);
    expect(searchArticles([a], query({ text: 'shared' }))).toHaveLength(1);
    expect(foldCacheSizeForTests()).toBe(1);
    searchArticles([], query());
    expect(foldCacheSizeForTests()).toBe(0);
  });
});

describe('searchArticles on a large list', () => {
  it('finds the right articles and snippets among 300 long non-ASCII bodies', () => {
    const languages = [
      'Le café était très célèbre, où la forêt était déjà là. ',
      'Die Straße führt über den Fluss zur Mühle; Größe zählt. ',
      'Η ΘΆΛΑΣΣΑ ήταν ήσυχη και ο ουρανός καθαρός. ',
      '東京の天気は晴れで、とても暖かい一日でした。',
      '한국어 문장은 띄어쓰기가 있습니다. ',
    ];
    const records = Array.from({ length: 300 }, (_, i) => {
      const sentence = languages[i % languages.length]!;
      let text = sentence.repeat(Math.ceil(20_000 / sentence.length));
      // Every seventh article mentions the needle, at a place that moves through the text.
      if (i % 7 === 0) {
        const at = Math.floor(((i * 37) % 100) * (text.length / 100));
        text = `${text.slice(0, at)} Zürich-Nadel ${text.slice(at)}`;
      }
      return savedArticle({ title: `Long ${i}`, textContent: text, savedAt: i });
    });
    const expected = records.filter((_, i) => i % 7 === 0);
    const hits = searchArticles(records, query({ text: 'zurich-nadel' }));
    expect(hits.map((h) => h.article.id)).toEqual(expected.map((r) => r.id).reverse());
    for (const hit of hits) {
      const record = records.find((r) => r.id === hit.article.id)!;
      const parts = hit.snippet ?? [];
      expect(parts.filter((p) => p.match).map((p) => foldText(p.text))).toEqual(['zurich-nadel']);
      const out = parts.map((p) => p.text).join('');
      expect(record.textContent.replace(/\s+/g, ' ')).toContain(out.replace(/^…|…$/g, ''));
    }
    // A term in every body of one language, and one that is nowhere.
    expect(searchArticles(records, query({ text: 'θαλασσα' }))).toHaveLength(60);
    expect(searchArticles(records, query({ text: 'strasse muhle' }))).toHaveLength(60);
    expect(searchArticles(records, query({ text: '天気' }))).toHaveLength(60);
    expect(searchArticles(records, query({ text: '띄어쓰기' }))).toHaveLength(60);
    expect(searchArticles(records, query({ text: 'absent' }))).toHaveLength(0);
  });
});

describe('toSummary', () => {
  it('keeps everything but the body', () => {
    const record = savedArticle({ tags: ['a'], favorite: true });
    const { contentHtml: _c, textContent: _t, ...rest } = record;
    expect(toSummary(record)).toEqual(rest);
  });
});
