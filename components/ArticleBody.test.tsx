// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from './ArticleBody';
import { click, type Rendered, renderUi } from './test-support/render';

const baseUrl = 'https://news.example/a/story';
let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('ArticleBody', () => {
  it('inserts the article sanitised again, without scripts or handlers', () => {
    view = renderUi(
      <ArticleBody
        baseUrl={baseUrl}
        html={
          '<p>Hello <a href="/next" onclick="x()">next</a></p><script>alert(1)</script><img src=x onerror="alert(2)">'
        }
      />,
    );
    const body = view.container.querySelector('.rs-article-body') as HTMLElement;
    expect(body.querySelector('p')?.textContent).toBe('Hello next');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('[onclick], [onerror]')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://news.example/next');
  });

  it('wraps tables in a scroll region and makes code focusable', () => {
    view = renderUi(<ArticleBody baseUrl={baseUrl} html="<table><tr><td>1</td></tr></table><pre>x</pre>" />);
    const c = view.container;
    expect(c.querySelector('.rs-table-scroll[role="region"][aria-label="Table"] > table')).not.toBeNull();
    expect(c.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
  });

  it('holds remote images until clicked when images load on click', () => {
    view = renderUi(
      <ArticleBody baseUrl={baseUrl} images="on-click" html={'<p>x</p><img src="/p.jpg" alt="The mill">'} />,
    );
    const c = view.container;
    const img = c.querySelector('img') as HTMLImageElement;
    expect(img.hasAttribute('src')).toBe(false);
    const button = c.querySelector('button.rs-image-load');
    expect(button?.textContent).toBe('Load image: The mill');
    click(button);
    expect(img.getAttribute('src')).toBe('https://news.example/p.jpg');
    expect(c.querySelector('button.rs-image-load')).toBeNull();
  });

  it('never loads remote images when set to never, but keeps inline ones', () => {
    const dataImage = 'data:image/png;base64,iVBORw0KGgo=';
    view = renderUi(
      <ArticleBody baseUrl={baseUrl} images="never" html={`<img src="/p.jpg" alt="Mill"><img src="${dataImage}">`} />,
    );
    const [remote, inline] = view.container.querySelectorAll('img');
    expect(remote?.hasAttribute('src')).toBe(false);
    expect(inline?.getAttribute('src')).toBe(dataImage);
    expect(view.container.querySelector('.rs-image-blocked')?.textContent).toBe('Image not loaded: Mill');
    expect(view.container.querySelector('button')).toBeNull();
  });

  it('re-renders when the image setting changes', () => {
    view = renderUi(<ArticleBody baseUrl={baseUrl} images="never" html={'<img src="/p.jpg">'} />);
    view.rerender(<ArticleBody baseUrl={baseUrl} images="always" html={'<img src="/p.jpg">'} />);
    expect(view.container.querySelector('img')?.getAttribute('src')).toBe('https://news.example/p.jpg');
    expect(view.container.querySelector('.rs-image-blocked')).toBeNull();
  });
});
