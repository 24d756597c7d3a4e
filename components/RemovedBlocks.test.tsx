// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { RemovedBlocks } from './RemovedBlocks';
import { makeRemoved } from './test-support/fixtures';
import { tFr } from './test-support/i18n';
import { buttonNamed, click, type Rendered, renderUi } from './test-support/render';

const baseUrl = 'https://news.example/river';
let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('RemovedBlocks', () => {
  it('renders nothing when nothing was removed', () => {
    view = renderUi(<RemovedBlocks blocks={[]} baseUrl={baseUrl} images="always" />);
    expect(view.container.querySelector('.rs-removed')).toBeNull();
  });

  it('summarises and lists each block with kind, heading and size', () => {
    view = renderUi(
      <RemovedBlocks
        baseUrl={baseUrl}
        images="always"
        blocks={[makeRemoved(), makeRemoved({ kind: 'author-box', heading: '', textLength: 1200, linkCount: 1 })]}
      />,
    );
    const c = view.container;
    expect(c.querySelector('.rs-removed > summary')?.textContent).toBe('2 blocks removed');
    const labels = [...c.querySelectorAll('.rs-removed-label')].map((l) => l.textContent);
    expect(labels).toEqual([
      'Recommendations“Popular now”420 characters, 6 links',
      'Author box1,200 characters, 1 link',
    ]);
  });

  it('uses the singular and the locale', () => {
    view = renderUi(<RemovedBlocks blocks={[makeRemoved()]} baseUrl={baseUrl} images="always" />, {
      t: tFr,
      locale: 'fr-FR',
    });
    expect(view.container.querySelector('summary')?.textContent).toBe('1 bloc retiré');
  });

  it('shows one block back, sanitised and labelled, and hides it again', () => {
    const html = '<h2>Popular now</h2><p>Another story</p><script>alert(1)</script>';
    view = renderUi(
      <RemovedBlocks blocks={[makeRemoved({ html }), makeRemoved()]} baseUrl={baseUrl} images="always" />,
    );
    const c = view.container;
    const show = c.querySelectorAll<HTMLButtonElement>('.rs-removed-toggle')[0];
    expect(show?.getAttribute('aria-expanded')).toBe('false');
    click(show);
    const block = c.querySelector('.rs-removed-block');
    expect(block?.getAttribute('aria-label')).toBe('Removed block: Recommendations');
    expect(block?.querySelector('.rs-removed-body p')?.textContent).toBe('Another story');
    expect(block?.querySelector('script')).toBeNull();
    expect(show?.getAttribute('aria-expanded')).toBe('true');
    expect(show?.getAttribute('aria-controls')).toBe(block?.id);
    expect(c.querySelectorAll('.rs-removed-block')).toHaveLength(1);
    click(buttonNamed(c, 'Hide'));
    expect(c.querySelector('.rs-removed-block')).toBeNull();
  });
});
