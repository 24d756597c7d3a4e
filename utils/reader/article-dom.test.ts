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

  it('turns the page’s own main and page-level roles into plain content', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<main id="user-content-main" class="c"><p>Text</p></main><div role="banner">B</div><div role="note">N</div><div role="dialog" aria-modal="true">D</div>';
    enhanceArticleDom(root, { table: 'Table' });
    expect(root.querySelector('main')).toBeNull();
    const div = root.querySelector('#user-content-main');
    expect(div?.tagName).toBe('DIV');
    expect(div?.className).toBe('c');
    expect(div?.querySelector('p')?.textContent).toBe('Text');
    expect(root.querySelector('[role="banner"], [role="dialog"], [aria-modal]')).toBeNull();
    expect(root.querySelector('[role="note"]')).not.toBeNull();
  });
});
