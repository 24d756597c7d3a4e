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
    'Porto do Sol (A Coruña) - 14 sept 2026 - 05:30 CEST',
    'Paris, 5 mars 2026',
    'March 2, 2026 at 6:30 a.m. UTC',
  ])('%s is a header line', (line) => {
    expect(isHeaderLine(line, facts)).toBe(true);
  });

  it.each([
    '13.15 BST',
    'Night trains return to the coast line, and the towns along it hope to see the tourists back',
    'The first train left at 22.10 on 15 June 2026, carrying 214 passengers',
    'Updated',
    'Elections in Spain, a guide',
    'Paris, where the night trains of 2026 begin',
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

  const longPara = `<p>${'The first paragraph of the story is long enough to be running text. '.repeat(2)}</p>`;

  it('looks past a standfirst for the byline of its header group, but not into the body', () => {
    const div = document.createElement('div');
    div.innerHTML = `<div><div><p>${'The standfirst says what the story is about, at some length. '.repeat(2)}</p>
      <div><p>By Marcus Delaney <span>Published June 15, 2026</span></p></div></div>
      <div>${longPara}<p>June 15, 2026</p>${longPara}</div></div>`;
    expect(removeHeaderDuplicates(div, facts).map((el) => el.textContent)).toEqual([
      'By Marcus Delaney Published June 15, 2026',
    ]);
    expect(div.textContent).toContain('The standfirst says');
    expect(div.querySelectorAll('p')).toHaveLength(4);
  });

  it('removes the author picture repeated from the header', () => {
    const div = document.createElement('div');
    div.innerHTML = `<div><header><p>${'The standfirst says what the story is about, at some length. '.repeat(2)}</p>
      <div><ul><li><a href="/author/marcus/"><img src="marcus.jpg" alt="Marcus Delaney"></a></li></ul></div></header>
      <section><figure><img src="train.jpg" alt="The night train"></figure>${longPara}</section></div>`;
    const removed = removeHeaderDuplicates(div, facts);
    expect(removed).toHaveLength(1);
    expect(div.querySelector('img[src="marcus.jpg"]')).toBeNull();
    expect(div.querySelector('img[src="train.jpg"]')).not.toBeNull();
  });
});
