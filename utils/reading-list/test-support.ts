/** Test helpers for the reading-list tests (not used by the extension). */
import type { Article } from '../extract/types';
import type { SavedArticle } from './db';
import type { LibraryQuery } from './library-types';

let counter = 0;

/** A saved article; every field can be overridden. */
export function savedArticle(overrides: Partial<SavedArticle> = {}): SavedArticle {
  counter++;
  return {
    id: `id-${counter}`,
    url: `https://example.com/story-${counter}`,
    title: `Story ${counter}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImageUrl: null,
    contentHtml: '<p>Body</p>',
    textContent: 'Body',
    wordCount: 1,
    readingMinutes: 1,
    savedAt: 1_000 + counter,
    updatedAt: 1_000 + counter,
    tags: [],
    archived: false,
    favorite: false,
    progress: 0,
    ...overrides,
  };
}

/** An article as extraction returns it, at `url`; every field can be overridden. */
export function extractedArticle(url: string, overrides: Partial<Article> = {}): Article {
  return {
    title: `Title of ${url}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImageUrl: null,
    url,
    contentHtml: '<p>Body text</p>',
    textContent: 'Body text',
    wordCount: 2,
    readingMinutes: 1,
    ...overrides,
  };
}

/** Everything, newest first, no search; any part can be overridden. */
export function libraryQuery(overrides: Partial<LibraryQuery> = {}): LibraryQuery {
  return { text: '', filter: 'all', tag: null, sort: 'newest', ...overrides };
}
