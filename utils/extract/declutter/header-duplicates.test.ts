// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isHeaderLine, removeHeaderDuplicates } from './header-duplicates';

const facts = { title: 'Night trains return to the coast line', byline: 'Marcus Delaney' };

describe('isHeaderLine', () => {
  it.each([
    'Night trains return to the coast line',
    'By Marcus Delaney',
    'By Marcus Delaney Valley Voice Staff Writer June 15, 2026',
    'Marcus Delaney Views 12,408',
    'Published 15 June 2026, 10:42 BST',
    'Updated: 2026-06-15 10:42',
    '2026年6月12日 06:00',
  ])('%s is a header line', (line) => {
    expect(isHeaderLine(line, facts)).toBe(true);
  });

  it.each([
    '13.15 BST',
    'Night trains return to the coast line, and the towns along it hope to see the tourists back',
    'The first train left at 22.10 on 15 June 2026, carrying 214 passengers',
    'Updated',
  ])('%s is not', (line) => {
    expect(isHeaderLine(line, facts)).toBe(false);
  });
});

describe('removeHeaderDuplicates', () => {
  it('removes repeated headline, byline and dateline before the first paragraph, and nothing after', () => {
    const div = document.createElement('div');
    div.innerHTML = `<div><h2>Night trains return to the coast line</h2><p>By Marcus Delaney · June 15, 2026</p>
      <figure><img src="a.jpg"><figcaption>June 15, 2026</figcaption></figure>
      <p>${'The first paragraph of the story is long enough to be running text. '.repeat(2)}</p>
      <p>By Marcus Delaney</p></div>`;
    const removed = removeHeaderDuplicates(div, facts);
    expect(removed.map((el) => el.tagName)).toEqual(['H2', 'P']);
    expect(div.textContent).toContain('June 15, 2026');
    expect(div.querySelectorAll('p')).toHaveLength(2);
  });
});
