// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clobberFormsLikeChromium } from '../../tests/support/clobber';
import { parseHtml } from '../../tests/support/fixtures';
import { walk } from './walk';

/** Every enter and leave, as `+TAG`/`-TAG` and `#text`; descends everywhere except into <skip-me>. */
function trace(root: Node): string[] {
  const seen: string[] = [];
  walk(root, {
    enter(node) {
      if (node.nodeType === 3) {
        seen.push(`#${node.nodeValue}`);
        return false;
      }
      const name = (node as Element).localName;
      seen.push(`+${name}`);
      return name !== 'skip-me';
    },
    leave(node) {
      seen.push(`-${(node as Element).localName}`);
    },
  });
  return seen;
}

// Controls named after every getter a walk moves by, inside the form and owned from outside it.
const HOSTILE =
  '<div><form id="f"><input name="parentNode"><input name="nextSibling"><img name="firstChild">' +
  '<p>in the form</p></form><p>after</p></div><p><input form="f" name="firstElementChild">' +
  '<input form="f" name="nextElementSibling"></p><skip-me><b>not entered</b></skip-me><i>end</i>';

describe('walk', () => {
  it('enters in document order and leaves each element it descended into after its subtree', () => {
    expect(trace(parseHtml('<p>a<b>b</b></p><skip-me>x</skip-me><br>').body)).toEqual([
      '+p',
      '#a',
      '+b',
      '#b',
      '-b',
      '-p',
      '+skip-me',
      '+br',
      '-br',
    ]);
  });

  it('moves through clobbered forms (Chromium named properties) exactly as through plain ones', () => {
    const expected = trace(parseHtml(HOSTILE).body);
    const doc = parseHtml(HOSTILE);
    const clobbered = clobberFormsLikeChromium(doc);
    expect(trace(doc.body)).toEqual(expected);
    expect(clobbered.reads).toBe(0);
    expect(expected).toContain('#in the form');
    expect(expected.at(-2)).toBe('#end');
  });
});
