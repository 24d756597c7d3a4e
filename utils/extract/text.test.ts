// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText, boundedText, measureText } from './text';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

describe('blockText', () => {
  it('keeps paragraph boundaries where textContent glues words ("water.The")', () => {
    const el = html('<p>Boil the water.</p><p>The tea waits.</p>');
    expect(el.textContent).toContain('water.The');
    expect(blockText(el)).toBe('Boil the water.\n\nThe tea waits.');
  });

  it('puts list items and rows on their own lines and cells apart', () => {
    const el = html(
      '<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    );
    expect(blockText(el)).toBe('one\ntwo\n\na\tb\nc\td');
  });

  it('collapses whitespace inside a line but keeps it in <pre>', () => {
    const el = html('<p>a   lot\n of   space</p><pre>if (x) {\n  y();\n}</pre>');
    expect(blockText(el)).toBe('a lot of space\n\nif (x) {\n  y();\n}');
  });

  it('leaves out scripts, styles and inline SVG text; keeps inline elements inline', () => {
    const el = html(
      '<p>Read <b>this</b><script>var x = 1</script><style>p{}</style> now<svg><title>icon</title></svg></p>',
    );
    expect(blockText(el)).toBe('Read this now');
  });

  it('turns <br> into a line break', () => {
    expect(blockText(html('<p>line one<br>line two</p>'))).toBe('line one\nline two');
  });

  it('walks a 5,000-deep tree without recursion', () => {
    // Built bottom-up: each append is then cheap in jsdom.
    let el = document.createElement('div');
    el.textContent = 'deep';
    for (let i = 0; i < 5000; i++) {
      const parent = document.createElement('div');
      parent.appendChild(el);
      el = parent;
    }
    expect(blockText(el)).toBe('deep');
  });

  it('merges adjacent breaks into the strongest one', () => {
    expect(blockText(html('<div><div><p>a</p></div></div><div>b</div>'))).toBe('a\n\nb');
  });
});

describe('boundedText', () => {
  it('returns the collapsed text of a small element and null for a long one', () => {
    expect(boundedText(html('<span> a  b </span>'), 10)).toBe('a b');
    expect(boundedText(html(`<p>${'word '.repeat(100)}</p>`), 50)).toBeNull();
  });
});

describe('measureText', () => {
  it('counts words of space-separated scripts at 230 a minute', () => {
    const m = measureText(`${'word '.repeat(460)}`);
    expect(m.wordCount).toBe(460);
    expect(m.readingMinutes).toBe(2);
  });

  it('counts CJK characters one by one at 500 a minute', () => {
    const m = measureText('東京都は、新しい図書館を開いた。'.repeat(100));
    expect(m.cjkChars).toBe(1400);
    expect(m.words).toBe(0);
    expect(m.wordCount).toBe(1400);
    expect(m.readingMinutes).toBe(3);
  });

  it('adds up mixed scripts and ignores punctuation-only tokens', () => {
    const m = measureText('Tokyo 東京 — 2024');
    expect(m.words).toBe(2);
    expect(m.cjkChars).toBe(2);
  });

  it('says 0 minutes for no text and at least 1 otherwise', () => {
    expect(measureText('').readingMinutes).toBe(0);
    expect(measureText('short').readingMinutes).toBe(1);
  });
});
