/**
 * Loading extraction fixtures (`tests/fixtures/<slug>/`) and the shared Readability corpus.
 * Documents are parsed with the environment's DOMParser, as the extension page does: such
 * documents have no `defaultView`, so this also exercises the extension-page code path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, requireShared } from './shared-dir';

export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');

/** The page URL the shared corpus was generated with (mozilla/readability's test harness). */
export const CORPUS_URL = 'http://fakehost/test/page.html';

/** `expected-metadata.json` (see tests/fixtures/README.md). Null or absent keys are not checked. */
export interface FixtureMetadata {
  url: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  publishedTime?: string | null;
  readerable: boolean;
  expectedReason?: string;
  mustContain: string[];
  mustNotContain: string[];
  /** Strings each found in some link `href` or image `src` of the output (embed placeholders, figures). */
  mustHaveUrls?: string[];
  /** Strings found in no link `href` or image `src` of the output (ad frames, widgets, author avatars). */
  mustNotHaveUrls?: string[];
  notes?: string;
  /** A person has read expected.html against source.html (required by the conventions test). */
  reviewed: boolean;
}

export interface Fixture {
  slug: string;
  dir: string;
  sourceHtml: string;
  meta: FixtureMetadata;
  /** Null when the generator has not written it yet. */
  expectedHtml: string | null;
}

/** Every fixture folder that has a source and metadata, sorted by slug. */
export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter(
      (slug) =>
        existsSync(path.join(FIXTURES_DIR, slug, 'source.html')) &&
        existsSync(path.join(FIXTURES_DIR, slug, 'expected-metadata.json')),
    )
    .sort();
}

export function loadFixture(slug: string): Fixture {
  const dir = path.join(FIXTURES_DIR, slug);
  const expectedPath = path.join(dir, 'expected.html');
  return {
    slug,
    dir,
    sourceHtml: readFileSync(path.join(dir, 'source.html'), 'utf8'),
    meta: JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as FixtureMetadata,
    expectedHtml: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null,
  };
}

export interface CorpusPage {
  slug: string;
  sourceHtml: string;
  expectedHtml: string;
}

/** The corpus folder; throws (never skips) when the shared material is missing. */
export function corpusDir(): string {
  return requireShared('corpus', 'readability-test-pages');
}

export function corpusSlugs(): string[] {
  const dir = corpusDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function loadCorpusPage(slug: string): CorpusPage {
  const dir = path.join(corpusDir(), slug);
  return {
    slug,
    sourceHtml: readFileSync(path.join(dir, 'source.html'), 'utf8'),
    expectedHtml: readFileSync(path.join(dir, 'expected.html'), 'utf8'),
  };
}

/** Parses like the extension page does (scripts never run; no `defaultView`). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A document nesting `depth` divs around `text`, with `prefix` markup first in the body. Built
 * bottom-up: appending a shallow parent is cheap, appending under a deep one is not (jsdom).
 */
export function deepDocument(depth: number, text = 'deep text', prefix = ''): Document {
  const doc = parseHtml(prefix);
  let el = doc.createElement('div');
  el.textContent = text;
  for (let i = 1; i < depth; i++) {
    const parent = doc.createElement('div');
    parent.appendChild(el);
    el = parent;
  }
  doc.body.appendChild(el);
  return doc;
}
