// @vitest-environment jsdom
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '.';
import { FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS } from './config';

const options = { baseUrl: 'https://news.example/story.html' };

/** DOMPurify with the HTML profile and nothing else: what our lists add to. */
function profileOnly(html: string): DocumentFragment {
  return createDOMPurify(window).sanitize(html, { USE_PROFILES: { html: true }, RETURN_DOM_FRAGMENT: true });
}

function ours(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = sanitizeHtml(html, options);
  return template.content;
}

const tagMarkup = (tag: string) => `<div><${tag}>inside ${tag}</${tag}></div>`;
const attributeMarkup = (name: string) =>
  `<p ${name}="x">p</p><a href="https://a.example/" ${name}="x">a</a><video ${name}="x"></video>` +
  `<table ${name}="x"><tr><td>t</td></tr></table>`;

describe('the strict configuration', () => {
  it('relies on the HTML profile for script, SVG, MathML and event handlers, which it already drops', () => {
    const dom = profileOnly('<script>alert(1)</script><svg><circle/></svg><math><mi>x</mi></math><p onclick="x">p</p>');
    expect(dom.querySelectorAll('script, svg, math, [onclick]')).toHaveLength(0);
  });

  it.each(FORBIDDEN_TAGS.map((tag) => [tag]))('removes <%s>', (tag) => {
    expect(ours(tagMarkup(tag)).querySelectorAll(tag)).toHaveLength(0);
  });

  it.each(FORBIDDEN_ATTRIBUTES.map((name) => [name]))('removes the %s attribute', (name) => {
    const dom = ours(attributeMarkup(name));
    expect(Array.from(dom.querySelectorAll('*')).filter((element) => element.hasAttribute(name))).toEqual([]);
  });

  it('removes elements and attributes that the profile alone would keep', () => {
    const keptByProfile = (html: string, selector: string) => profileOnly(html).querySelectorAll(selector).length;
    for (const tag of ['style', 'form', 'input', 'button', 'select', 'textarea', 'dialog', 'template']) {
      const html = tag === 'style' ? '<div>x<style>p{}</style></div>' : tagMarkup(tag);
      expect(keptByProfile(html, tag), tag).toBeGreaterThan(0);
    }
    for (const name of ['style', 'action', 'autoplay', 'background', 'crossorigin', 'download', 'popover']) {
      expect(keptByProfile(attributeMarkup(name), `[${name}]`), name).toBeGreaterThan(0);
    }
  });

  it('drops data attributes, which the profile keeps', () => {
    expect(profileOnly('<p data-track="1">p</p>').querySelectorAll('[data-track]')).toHaveLength(1);
    expect(ours('<p data-track="1">p</p>').querySelectorAll('[data-track]')).toHaveLength(0);
  });
});
