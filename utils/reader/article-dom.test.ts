import { describe, expect, it } from 'vitest';
import { enhanceArticleDom } from './article-dom';

describe('enhanceArticleDom', () => {
  it('wraps each table in a focusable, labelled scroll region, once', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<table><caption> Rainfall </caption><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>';
    enhanceArticleDom(root, { table: 'Table' });
    enhanceArticleDom(root, { table: 'Table' });
    const wrappers = root.querySelectorAll('.rs-table-scroll');
    expect(wrappers).toHaveLength(2);
    expect([...wrappers].map((w) => w.getAttribute('aria-label'))).toEqual(['Rainfall', 'Table']);
    expect([...wrappers].every((w) => w.getAttribute('tabindex') === '0' && w.getAttribute('role') === 'region')).toBe(
      true,
    );
    expect(root.querySelectorAll('.rs-table-scroll > table')).toHaveLength(2);
  });

  it('makes code blocks focusable', () => {
    const root = document.createElement('div');
    root.innerHTML = '<pre>code</pre>';
    enhanceArticleDom(root, { table: 'Table' });
    expect(root.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
  });
});
