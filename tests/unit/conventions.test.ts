import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-dir';

/** House conventions, checked so they survive the next contributor. */
const read = (p: string) => readFileSync(path.join(REPO_ROOT, p), 'utf8');
/** Source without comments, so prose that mentions `browser.*` does not count as a call. */
const code = (p: string) =>
  read(p)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(REPO_ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(REPO_ROOT, rel)).isDirectory()) walk(rel, out);
    else out.push(rel);
  }
  return out;
}

const sources = ['components', 'entrypoints', 'utils']
  .flatMap((d) => walk(d))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));

describe('fixtures', () => {
  const root = path.join(REPO_ROOT, 'tests/fixtures');
  const slugs = readdirSync(root).filter((s) => statSync(path.join(root, s)).isDirectory());

  it('exist', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s has source.html, expected.html and valid expected-metadata.json', (slug) => {
    for (const f of ['source.html', 'expected.html', 'expected-metadata.json']) {
      expect(existsSync(path.join(root, slug, f)), `${slug}/${f}`).toBe(true);
    }
    const meta = JSON.parse(readFileSync(path.join(root, slug, 'expected-metadata.json'), 'utf8'));
    expect(typeof meta.url).toBe('string');
    expect(Array.isArray(meta.mustContain)).toBe(true);
    expect(Array.isArray(meta.mustNotContain)).toBe(true);
    // expected.html is generated: a person has read it against source.html before it counts (README).
    expect(meta.reviewed, `${slug}: review expected.html, then set "reviewed": true`).toBe(true);
  });
});

describe('locales', () => {
  const dir = path.join(REPO_ROOT, 'public/_locales');
  const en = JSON.parse(readFileSync(path.join(dir, 'en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const locales = readdirSync(dir);

  it.each(locales)('%s has every key of en, each with a message', (locale) => {
    const messages = JSON.parse(readFileSync(path.join(dir, locale, 'messages.json'), 'utf8'));
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages)) {
      expect((value as { message?: string }).message, `${locale}:${key}`).toBeTruthy();
    }
  });

  it('every message key used in code exists in en', () => {
    const used = new Set<string>();
    const patterns = [
      /\bt\(\s*'([A-Za-z0-9_]+)'/g,
      /translate\(\s*'([A-Za-z0-9_]+)'/g,
      /getMessage\(\s*'([A-Za-z0-9_]+)'/g,
      /__MSG_([A-Za-z0-9_]+)__/g,
    ];
    for (const file of [...sources, 'wxt.config.ts']) {
      const text = read(file);
      for (const re of patterns) for (const m of text.matchAll(re)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});

describe('layering', () => {
  it('components are presentational: no browser.* and no wxt/browser', () => {
    const offenders = sources
      .filter((f) => f.startsWith('components/'))
      .filter((f) => /\bbrowser\.|\bchrome\.|from 'wxt\/browser'/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('the extraction core never touches browser APIs', () => {
    const offenders = sources
      .filter((f) => f.startsWith('utils/extract/'))
      .filter((f) => /\bbrowser\.|\bchrome\.|from 'wxt\/|@webext-core/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('background and content entrypoints run nothing outside main()', () => {
    for (const [file, define] of [
      ['entrypoints/background.ts', 'defineBackground'],
      ['entrypoints/content.ts', 'defineContentScript'],
    ] as const) {
      const text = code(file);
      // Before the definition only imports may appear.
      const before = text
        .slice(0, text.indexOf(`export default ${define}(`))
        .replace(/^import[\s\S]*?;$/gm, '')
        .trim();
      expect(before, file).toBe('');
      expect(text).toContain(`export default ${define}(`);
    }
  });

  it('no inline styles in markup (the CSP forbids them)', () => {
    const offenders = sources.filter((f) => f.endsWith('.tsx')).filter((f) => /\sstyle=\{|\sstyle="/.test(read(f)));
    const pages = walk('entrypoints').filter((f) => f.endsWith('.html') && /style=|<style/.test(read(f)));
    expect([...offenders, ...pages]).toEqual([]);
  });
});

describe('CI and README agree', () => {
  it('.ci/run installs the browser and runs exactly the README test command', () => {
    const ci = read('.ci/run');
    const readme = read('README.md');
    expect(ci).toMatch(/apt-get update/);
    expect(ci).toMatch(/apt-get install -y chromium xvfb xdotool/);
    const testCommand = readme.match(/<!-- test-command -->\s*```(?:sh|bash)?\n(.+)\n```/)?.[1]?.trim();
    expect(testCommand, 'README marks its test command with <!-- test-command -->').toBeTruthy();
    const lastCommand = ci
      .trim()
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'))
      .at(-1)
      ?.trim();
    expect(lastCommand).toBe(testCommand);
  });
});
