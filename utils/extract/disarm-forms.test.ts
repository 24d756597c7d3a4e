// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clobberFormsLikeChromium } from '../../tests/support/clobber';
import { parseHtml } from '../../tests/support/fixtures';
import { disarmForms } from './disarm-forms';

describe('disarmForms', () => {
  it('turns each form into a div with the same attributes and children, in place', () => {
    const doc = parseHtml(
      '<p>before</p><form id="f" class="search" action="/go" data-x="1"><input name="q">text<b>bold</b></form><p>after</p>',
    );
    disarmForms(doc);
    expect(doc.getElementsByTagName('form')).toHaveLength(0);
    expect(doc.body.innerHTML).toBe(
      '<p>before</p><div id="f" class="search" action="/go" data-x="1" data-readside-form=""><input name="q">text<b>bold</b></div><p>after</p>',
    );
  });

  it('reaches forms nested by DOM manipulation, and keeps attribute names the parser allows', () => {
    const doc = parseHtml('<form a"b="1"><div></div></form>');
    const inner = doc.createElement('form');
    inner.textContent = 'inner';
    doc.body.querySelector('div')!.append(inner);
    disarmForms(doc);
    expect(doc.body.innerHTML).toBe(
      '<div a"b="1" data-readside-form=""><div><div data-readside-form="">inner</div></div></div>',
    );
  });

  it('reads no property of a clobbered form (Chromium named properties)', () => {
    const doc = parseHtml(
      '<div><form id="f"><input name="parentNode"><input name="childNodes"><input name="attributes">' +
        '<input name="getAttribute"><input name="replaceWith"><img id="firstChild" name="x">123</form></div>' +
        '<p><input form="f" name="nextSibling"></p>',
    );
    const clobbered = clobberFormsLikeChromium(doc);
    disarmForms(doc);
    expect(clobbered.reads).toBe(0);
    expect(doc.body.innerHTML).toContain('<div><div id="f" data-readside-form=""><input name="parentNode">');
    expect(doc.body.textContent).toContain('123');
  });
});
