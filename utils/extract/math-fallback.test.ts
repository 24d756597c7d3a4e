// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linearizeMath } from './math-fallback';

describe('linearizeMath', () => {
  it('replaces MathML with its tokens, its alttext or its TeX annotation', () => {
    const div = document.createElement('div');
    div.innerHTML = `<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, and
      <math alttext="x^2"><msup><mi>x</mi><mn>2</mn></msup></math> or
      <math><semantics><mi>y</mi><annotation encoding="application/x-tex">y_1</annotation></semantics></math></p>`;
    expect(linearizeMath(div)).toBe(3);
    expect(div.getElementsByTagName('math')).toHaveLength(0);
    expect(div.textContent?.replace(/\s+/g, ' ')).toBe('When a ≠ 0, and x^2 or y_1');
  });
});
