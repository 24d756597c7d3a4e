// @vitest-environment jsdom
/**
 * The disguised-URL cases of the security issue, one by one, through the sanitiser, the render path
 * and the extraction path: 0 executable URLs and 0 event-handler attributes.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';
import {
  ARTICLE_URL,
  articlePage,
  findHazards,
  findHazardsInHtml,
  parseInert,
  readabilityContent,
} from '../support/xss-vectors';

const options = { baseUrl: ARTICLE_URL };

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['leading space and mixed case', '<a href=" JavaScript:alert(1)">leading space</a>'],
  ['upper case', '<a href="JAVASCRIPT:alert(1)">upper case</a>'],
  ['tab entity', '<a href="java&#x09;script:alert(1)">tab</a>'],
  ['newline entity', '<a href="jav&#x0A;ascript:alert(1)">newline</a>'],
  ['carriage return entity', '<a href="jav&#13;ascript:alert(1)">cr</a>'],
  ['named tab entity', '<a href="java&Tab;script:alert(1)">named tab</a>'],
  ['decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">decimal</a>'],
  ['colon entity', '<a href="javascript&colon;alert(1)">colon</a>'],
  ['leading control character', '<a href="&#x01;javascript:alert(1)">control</a>'],
  ['vbscript', '<a href="vbscript:msgbox(1)">vbscript</a>'],
  ['data:text/html link', '<a href="data:text/html,<script>alert(1)</script>">data html</a>'],
  ['base64 data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b64</a>'],
  ['SVG xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">svg link</text></a></svg>'],
  ['SVG image xlink:href', '<svg><image xlink:href="javascript:alert(1)"></image></svg>'],
  ['MathML href', '<math><mi href="javascript:alert(1)">math link</mi></math>'],
  ['srcdoc', '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe><p srcdoc="x">p</p>'],
  ['formaction', '<form id="f"></form><button form="f" formaction="javascript:alert(1)">go</button>'],
  ['formaction on input', '<input type="image" src="x.png" formaction="javascript:alert(1)">'],
  ['form action', '<form action="javascript:alert(1)"><input type="submit"></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//"><a href="relative">relative</a>'],
  ['onload on an allowed video iframe', '<iframe src="https://www.youtube.com/embed/xyz" onload="alert(1)"></iframe>'],
  ['onload on a video', '<video src="clip.mp4" onload="alert(1)" onloadstart="alert(2)"></video>'],
  ['onerror on an image', '<img src="x" onerror="alert(1)">'],
  ['image javascript: src', '<img src="javascript:alert(1)">'],
  [
    'SVG data image',
    '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>">',
  ],
  ['srcset candidate', '<img srcset="ok.png 1x, javascript:alert(1) 2x">'],
  ['video poster', '<video poster="javascript:alert(1)"></video>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['embed src', '<embed src="javascript:alert(1)">'],
  ['area href', '<map name="m"><area href="javascript:alert(1)" shape="rect" coords="0,0,1,1"></map>'],
  ['blockquote cite', '<blockquote cite="javascript:alert(1)">quote</blockquote>'],
  ['blob and file', '<a href="blob:https://news.example/1">blob</a><img src="file:///etc/passwd">'],
  ['table background', '<table background="javascript:alert(1)"><tr><td>cell</td></tr></table>'],
];

describe('disguised URLs and event handlers', () => {
  it.each(CASES)('%s: the checker sees the raw hazard', (_name, html) => {
    expect(findHazards(parseInert(html))).not.toEqual([]);
  });

  it.each(CASES)('%s: none left by sanitizeHtml', (_name, html) => {
    expect(findHazardsInHtml(sanitizeHtml(html, options))).toEqual([]);
  });

  it.each(CASES)('%s: none left by sanitizeToFragment', (_name, html) => {
    expect(findHazards(sanitizeToFragment(html, options))).toEqual([]);
  });

  it.each(CASES)('%s: none left after Readability and sanitizeHtml', (_name, html) => {
    const content = readabilityContent(articlePage(html));
    expect(content).not.toBeNull();
    expect(findHazardsInHtml(sanitizeHtml(content ?? '', options))).toEqual([]);
  });
});

describe('what survives', () => {
  it('keeps the text of a link whose URL was dropped, as plain text', () => {
    const dom = parseInert(sanitizeHtml('<a href=" JavaScript:alert(1)">read more</a>', options));
    expect(dom.textContent).toBe('read more');
    expect(dom.querySelector('a')?.attributes).toHaveLength(0);
  });

  it('resolves links against the article URL, never against a <base> in the content', () => {
    const dom = parseInert(sanitizeHtml('<base href="https://evil.example/"><a href="next.html">n</a>', options));
    expect(dom.querySelector('a')?.getAttribute('href')).toBe(new URL('next.html', ARTICLE_URL).href);
  });

  it('Readability alone turns disguised links into javascript: URLs, which is why sanitising comes after it', () => {
    const disguised = ['<a href=" JavaScript:alert(1)">a</a>', '<a href="java&#x09;script:alert(1)">b</a>'];
    const readabilityHrefs = disguised.flatMap((html) =>
      Array.from(parseInert(readabilityContent(articlePage(html)) ?? '').querySelectorAll('a[href]'), (a) =>
        a.getAttribute('href'),
      ),
    );
    expect(readabilityHrefs.filter((href) => href?.startsWith('javascript:')).length).toBeGreaterThan(0);
  });
});
