/**
 * Writes tests/fixtures/<slug>/expected.html from the extractor's current output, for every fixture
 * folder that lacks one (or all of them with --force; one with --only <slug>).
 *
 * expected.html is a snapshot for HUMAN REVIEW, not a source of truth: after running this, read the
 * diff (git diff tests/fixtures), check it against each fixture's expected-metadata.json notes, and
 * commit it with a message saying why the output changed. tests/unit/fixtures.test.ts compares the
 * extractor's output with it as normalised text. Non-articles (readerable: false) get an empty page.
 *
 *   npx tsx scripts/generate-fixture-expectations.ts [--force] [--only <slug>]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../utils/extract';

interface JsdomApi {
  JSDOM: new (html: string, options: { url: string }) => { window: Window & { close(): void } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomApi;

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
const force = process.argv.includes('--force');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const EMPTY = '<!-- not an article: extraction is refused (not-readerable) -->\n';

let written = 0;
for (const slug of readdirSync(FIXTURES).sort()) {
  const dir = path.join(FIXTURES, slug);
  const metaFile = path.join(dir, 'expected-metadata.json');
  const target = path.join(dir, 'expected.html');
  if (!existsSync(metaFile) || !existsSync(path.join(dir, 'source.html'))) continue;
  if ((only && slug !== only) || (existsSync(target) && !force)) continue;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { url: string; readerable: boolean };
  let html = EMPTY;
  if (meta.readerable !== false) {
    const dom = new JSDOM(readFileSync(path.join(dir, 'source.html'), 'utf8'), { url: meta.url });
    const result = extractArticle(dom.window.document, meta.url);
    dom.window.close();
    if (!result.ok) {
      console.error(`${slug}: extraction failed (${result.reason}); expected.html not written`);
      process.exitCode = 1;
      continue;
    }
    html = `${result.article.contentHtml}\n`;
  }
  writeFileSync(target, html);
  written++;
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
console.log(`${written} expected.html file(s) written; review them with git diff before committing.`);
