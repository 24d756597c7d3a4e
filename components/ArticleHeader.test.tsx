import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader';
import { tFr } from './test-support/i18n';
import { click, type Rendered, renderUi } from './test-support/render';

const base: ArticleHeaderProps = {
  title: 'The quiet river',
  byline: 'Ada Writer',
  siteName: 'Example News',
  publishedTime: '2024-03-05',
  readingMinutes: 7,
  url: 'https://news.example/river',
  leadImageUrl: null,
  images: 'always',
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('ArticleHeader', () => {
  it('shows title, byline, site, localised date and reading time', () => {
    view = renderUi(<ArticleHeader {...base} />);
    const c = view.container;
    expect(c.querySelector('h1.rs-title')?.textContent).toBe('The quiet river');
    expect(c.querySelector('.rs-byline')?.textContent).toBe('Ada Writer');
    const site = c.querySelector('.rs-site a');
    expect(site?.textContent).toBe('Example News');
    expect(site?.getAttribute('href')).toBe('https://news.example/river');
    expect(site?.getAttribute('rel')).toBe('noopener noreferrer');
    const time = c.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2024-03-05');
    expect(time?.textContent).toBe('March 5, 2024');
    expect(c.querySelector('.rs-reading-time')?.textContent).toBe('7 min read');
  });

  it('localises into French', () => {
    view = renderUi(<ArticleHeader {...base} />, { t: tFr, locale: 'fr-FR' });
    expect(view.container.querySelector('time')?.textContent).toBe('5 mars 2024');
    expect(view.container.querySelector('.rs-reading-time')?.textContent).toBe('7 min de lecture');
  });

  it('renders hostile metadata as text only', () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    view = renderUi(<ArticleHeader {...base} title={payload} byline={payload} siteName={payload} />);
    const c = view.container;
    expect(c.querySelector('h1')?.textContent).toBe(payload);
    expect(c.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('falls back to the host name and links only to web URLs', () => {
    view = renderUi(<ArticleHeader {...base} siteName={null} url="https://www.news.example/x" />);
    expect(view.container.querySelector('.rs-site')?.textContent).toBe('news.example');
    view.rerender(<ArticleHeader {...base} url="javascript:alert(1)" />);
    expect(view.container.querySelector('.rs-site a')).toBeNull();
    expect(view.container.querySelector('.rs-site')?.textContent).toBe('Example News');
  });

  it('omits missing byline and bad dates, and names untitled articles', () => {
    view = renderUi(<ArticleHeader {...base} title="  " byline={null} publishedTime="someday" />);
    const c = view.container;
    expect(c.querySelector('h1')?.textContent).toBe('Untitled article');
    expect(c.querySelector('.rs-byline')).toBeNull();
    expect(c.querySelector('time')).toBeNull();
  });

  it('follows the remote image setting for the lead image', () => {
    const lead = 'https://cdn.example/lead.jpg';
    view = renderUi(<ArticleHeader {...base} leadImageUrl={lead} images="always" />);
    const img = view.container.querySelector('img.rs-lead-image');
    expect(img?.getAttribute('src')).toBe(lead);
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');

    view.rerender(<ArticleHeader {...base} leadImageUrl={lead} images="never" />);
    expect(view.container.querySelector('img')).toBeNull();

    view.rerender(<ArticleHeader {...base} leadImageUrl={lead} images="on-click" />);
    expect(view.container.querySelector('img')).toBeNull();
    click(view.container.querySelector('button.rs-image-load'));
    expect(view.container.querySelector('img')?.getAttribute('src')).toBe(lead);
  });
});
