/**
 * The sanitiser forbids MathML (foreign content), and DOMPurify drops a forbidden <math> with its
 * text. Before sanitising, replace each formula by a linear plain-text rendering, so the reader
 * still shows "a x 2 + b x + c = 0" rather than nothing: its TeX annotation or `alttext` when the
 * page gives one, else its tokens separated by spaces.
 */
import { ELEMENT_NODE, TEXT_NODE, walk } from './walk';

const TOKEN_ELEMENTS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

function linearText(math: Element): string {
  const alt = math.getAttribute('alttext')?.trim();
  if (alt) return alt;
  const tex = Array.from(math.getElementsByTagName('annotation'))
    .find((a) => /tex/i.test(a.getAttribute('encoding') ?? ''))
    ?.textContent?.trim();
  if (tex) return tex;
  const tokens: string[] = [];
  walk(math, {
    enter(node) {
      if (node.nodeType === ELEMENT_NODE) {
        const name = (node as Element).localName.toLowerCase();
        if (name === 'annotation' || name === 'annotation-xml') return false;
        if (TOKEN_ELEMENTS.has(name)) {
          const text = node.textContent?.trim();
          if (text) tokens.push(text);
          return false;
        }
        return true;
      }
      if (node.nodeType === TEXT_NODE && node.nodeValue?.trim()) tokens.push(node.nodeValue.trim());
      return false;
    },
  });
  return tokens.join(' ');
}

/** Replaces every <math> in `root` by a <span> of its linear text. Returns how many. */
export function linearizeMath(root: Element): number {
  const formulas = Array.from(root.getElementsByTagName('math'));
  for (const math of formulas) {
    const span = root.ownerDocument.createElement('span');
    span.textContent = linearText(math);
    math.replaceWith(span);
  }
  return formulas.length;
}
