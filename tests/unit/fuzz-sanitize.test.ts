// @vitest-environment jsdom
/**
 * Property-based fuzzing of the whole path: generated hostile markup → Readability (and extractArticle
 * when it works) → sanitiser. Reproduce a failure with the printed seed:
 *   FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz-sanitize.test.ts
 * More runs: FUZZ_RUNS=5000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as ExtractModule from '../../utils/extract';
import { type SanitizeOptions, sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';
import { ARTICLE_URL, articlePage, findHazards, findHazardsInHtml, readabilityContent } from '../support/xss-vectors';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz-sanitize: seed=${seed} runs=${numRuns} (reproduce with FUZZ_SEED=${seed})`);

// ---------------------------------------------------------------------------------------------------
// A grammar of hostile markup

const TAGS = [
  // article markup
  ...['p', 'div', 'span', 'a', 'img', 'picture', 'source', 'video', 'audio', 'track', 'figure', 'figcaption'],
  ...['table', 'tbody', 'tr', 'td', 'th', 'caption', 'ul', 'li', 'pre', 'code', 'blockquote', 'q', 'h2', 'details'],
  ...['summary', 'time', 'map', 'area', 'b', 'font', 'marquee', 'article', 'section'],
  // dangerous or parser-confusing
  ...['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'param', 'applet', 'form', 'input'],
  ...['button', 'select', 'option', 'textarea', 'keygen', 'base', 'meta', 'link', 'title', 'noscript', 'noembed'],
  ...['noframes', 'xmp', 'template', 'dialog', 'svg', 'math', 'mtext', 'mglyph', 'malignmark', 'annotation-xml'],
  ...['foreignObject', 'desc', 'use', 'image', 'animate', 'set', 'handler', 'listener', 'html', 'body', 'head'],
  ...['isindex', 'event-source', 'my-element', 'slot', 'shadow'],
];

const ATTRIBUTE_NAMES = [
  ...['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'xlink:href', 'style', 'srcdoc'],
  ...['onload', 'onerror', 'onclick', 'ONMOUSEOVER', 'onfocus', 'onbegin', 'autofocus', 'id', 'name', 'class'],
  ...['lang', 'dir', 'data-rs-src', 'data-rs-srcset', 'data-rs-poster', 'data-src', 'target', 'rel', 'background'],
  ...['is', 'attributename', 'values', 'to', 'from', 'begin', 'type', 'content', 'http-equiv', 'xmlns'],
  ...['xmlns:xlink', 'alt', 'title', 'headers', 'usemap', 'width', 'colspan', 'open', 'autoplay', 'controls'],
  ...['referrerpolicy', 'loading', 'crossorigin', 'download', 'ping', 'popover', 'form', 'data', 'codebase'],
];

const TRICKY_VALUES = [
  ...['javascript:alert(1)', ' JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', 'java&#x09;script:alert(1)'],
  ...['jav&#x0A;ascript:alert(1)', 'jav&#13;ascript:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;x'],
  ...['&#x00;javascript:alert(1)', '\u0001javascript:alert(1)', 'java\u0000script:alert(1)', 'vbscript:x'],
  ...['data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ...['data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/gif,GIF89a'],
  ...['blob:https://news.example/u', 'file:///etc/passwd', 'chrome-extension://abcdef/x.html', 'about:blank'],
  ...['https://ok.example/a.png', 'http://ok.example/a b.jpg', '//cdn.example/x.jpg', '/relative?q=1&amp;r=2'],
  ...['img.png 1x, javascript:alert(1) 2x', 'a.png 100w, data:image/png;base64,AA 2x', 'x.jpg,y.jpg 2x, ,'],
  ...['#frag', '#user-content-x', '#', 'mailto:a@b.example', 'mailto:"><img src=x onerror=alert(1)>'],
  ...['feed:javascript:alert(1)', 'alert(1)', '"><script>alert(1)</script>', "' onerror='alert(1)"],
  ...['en', 'rtl', 'RTL', 'x onmouseover=alert(1)', '-->', ']]>', '</style><img src=x onerror=alert(1)>'],
  ...[
    '</title><img src=x onerror=alert(1)>',
    'user-content-a',
    'cookie',
    'location',
    'attributes',
    '0;url=javascript:1',
  ],
];

const ENTITIES = [
  '&lt;',
  '&gt;',
  '&#x3C;',
  '&#60',
  '&amp;',
  '&colon;',
  '&Tab;',
  '&NewLine;',
  '&#0;',
  '&quot;',
  '&nbsp;',
];

const SNIPPETS = [
  ...['<!-- c -->', '<!--', '--!>', '<![CDATA[x]]>', '</p>', '</a>', '</table>', '<', '&', '<?xml?>', '</script>'],
  ...['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<a href=javascript:1>'],
  ...['<style>@import "x"</style>', '<!doctype html>', '</noscript><img src=x onerror=alert(1)>'],
  // a template-literal injection, as text
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the payload
  '`${alert(1)}`',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...SNIPPETS) },
);

const attributeValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValue, fc.constantFrom('"', "'", '', 'none'))
  .map(([name, value, quote]) => (quote === 'none' ? ` ${name}` : ` ${name}=${quote}${value}${quote}`));

const { markup } = fc.letrec<{ markup: string; element: string }>((tie) => ({
  markup: fc.oneof({ depthSize: 'small', maxDepth: 3 }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 4 }),
      children: fc.array(tie('markup'), { maxLength: 3 }),
      closed: fc.boolean(),
    })
    .map(
      ({ tag, attributes, children, closed }) =>
        `<${tag}${attributes.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
}));

const hostileHtml = fc.array(markup, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const imagePolicy = fc.constantFrom<NonNullable<SanitizeOptions['images']>>('always', 'on-click', 'never');

// ---------------------------------------------------------------------------------------------------
// Properties

/** No hazard in the output; sanitising it again changes nothing. */
function assertSafeAndStable(html: string, options: SanitizeOptions): void {
  expect(findHazardsInHtml(html)).toEqual([]);
  expect(sanitizeHtml(html, options)).toBe(html);
}

/** extractArticle is being rewritten concurrently: use it when it loads, and check its output when it succeeds. */
async function loadExtractArticle(): Promise<typeof ExtractModule.extractArticle | null> {
  try {
    const extract = await import('../../utils/extract');
    return typeof extract.extractArticle === 'function' ? extract.extractArticle : null;
  } catch (error) {
    console.log(`fuzz-sanitize: utils/extract does not load, fuzzing without it (${String(error)})`);
    return null;
  }
}

describe('fuzzing the sanitiser on the extraction path', () => {
  it(`keeps hostile markup safe and idempotent over ${numRuns} runs (seed ${seed})`, { timeout: 300_000 }, async () => {
    const extractArticle = await loadExtractArticle();
    const counts = { plain: 0, readability: 0, extractOk: 0 };
    const notOk = new Map<string, number>();

    // Each run goes through Readability once: plain (what extraction builds on) or inside extractArticle.
    fc.assert(
      fc.property(hostileHtml, imagePolicy, fc.boolean(), (html, images, viaExtract) => {
        const options: SanitizeOptions = { baseUrl: ARTICLE_URL, images };
        const direct = sanitizeHtml(html, options);
        assertSafeAndStable(direct, options);
        expect(findHazards(sanitizeToFragment(html, options))).toEqual([]);

        const page = articlePage(html);
        if (extractArticle && viaExtract) {
          const doc = new DOMParser().parseFromString(page, 'text/html');
          const result = extractArticle(doc, ARTICLE_URL, { force: true });
          if (!result.ok) {
            notOk.set(result.reason, (notOk.get(result.reason) ?? 0) + 1);
            return;
          }
          counts.extractOk++;
          assertSafeAndStable(result.article.contentHtml, { baseUrl: ARTICLE_URL });
          for (const block of result.removed) expect(findHazardsInHtml(block.html)).toEqual([]);
          return;
        }
        counts.plain++;
        const content = readabilityContent(page);
        if (content === null) return;
        counts.readability++;
        assertSafeAndStable(sanitizeHtml(content, options), options);
      }),
      { seed, numRuns },
    );

    console.log(
      `fuzz-sanitize: ${numRuns} runs; Readability → sanitise in ${counts.readability} of ${counts.plain}, ` +
        (extractArticle
          ? `extractArticle ok in ${counts.extractOk}, not ok in ${JSON.stringify(Object.fromEntries(notOk))}`
          : 'extractArticle unavailable'),
    );
    // The generated pages must really reach the sanitiser after Readability, or the property is hollow.
    // (extractArticle's success is not asserted here: it is someone else's, and guarded above.)
    expect(counts.readability).toBeGreaterThan(counts.plain / 2);
  });
});
