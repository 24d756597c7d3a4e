import { describe, expect, it } from 'vitest';
import { articleToMarkdown, htmlToMarkdown } from './markdown';

const base = 'https://news.example/a/story';
const md = (html: string) => htmlToMarkdown(html, base);

describe('htmlToMarkdown', () => {
  it('converts headings, paragraphs and emphasis', () => {
    expect(md('<h2>Part <em>one</em></h2><p>Some <strong>bold</strong> and <i>it</i>.</p>')).toBe(
      '## Part _one_\n\nSome **bold** and _it_.',
    );
  });

  it('resolves links and drops unsafe ones but keeps their text', () => {
    expect(md('<p><a href="/b">next</a> <a href="javascript:alert(1)">bad</a></p>')).toBe(
      '[next](https://news.example/b) bad',
    );
  });

  it('converts images with alt text', () => {
    expect(md('<figure><img src="p.jpg" alt="A mill"><figcaption>The mill</figcaption></figure>')).toBe(
      '![A mill](https://news.example/a/p.jpg)\n\n_The mill_',
    );
  });

  it('converts nested lists', () => {
    expect(md('<ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul>')).toBe('- one\n- two\n  1. a\n  2. b');
  });

  it('quotes blockquotes line by line', () => {
    expect(md('<blockquote><p>First.</p><p>Second.</p></blockquote>')).toBe('> First.\n>\n> Second.');
  });

  it('fences code blocks with their language and survives backticks inside', () => {
    expect(md('<pre><code class="language-js">const a = `x`;\n</code></pre>')).toBe('```js\nconst a = `x`;\n```');
    expect(md('<pre>```\ninside\n```</pre>')).toBe('````\n```\ninside\n```\n````');
    expect(md('<p>Use <code>npm ci</code>.</p>')).toBe('Use `npm ci`.');
  });

  it('converts tables to pipe tables', () => {
    expect(md('<table><tr><th>Year</th><th>Value</th></tr><tr><td>2024</td><td>a|b</td></tr></table>')).toBe(
      '| Year | Value |\n| --- | --- |\n| 2024 | a\\|b |',
    );
  });

  it('escapes Markdown syntax in text', () => {
    expect(md('<p>*not bold* and [not a link]</p>')).toBe('\\*not bold\\* and \\[not a link\\]');
    expect(md('<p># not a heading</p>')).toBe('\\# not a heading');
  });
});

describe('articleToMarkdown', () => {
  it('puts the title, byline and source before the body', () => {
    const text = articleToMarkdown({
      title: 'The quiet river',
      byline: 'Ada Writer',
      url: 'https://news.example/river',
      contentHtml: '<p>Body.</p>',
    });
    expect(text).toBe('# The quiet river\n\n_Ada Writer_\n\n<https://news.example/river>\n\nBody.\n');
  });
});
