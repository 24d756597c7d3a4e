/** Test helpers for the reading-list tests (not used by the extension). */
import type { SavedArticle } from './db';

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
