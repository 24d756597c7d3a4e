/**
 * DOM clobbering by the page's own forms. A form's named properties override the DOM's own in
 * Chromium (jsdom does not implement them): inside `<form><input name=parentNode></form>`,
 * `form.parentNode` is the input, so every upward walk (ours and Readability's) went form → input →
 * form forever and froze the reader. Any control or image in a form (or anywhere, with
 * `form="id"`) can shadow `nextSibling`, `firstChild`, `nodeType`, `attributes`, `getAttribute`, ...
 *
 * HTMLFormElement is the only element with such names (the document is the other interface, and a
 * DOMParser document exposes none). So before anything walks the parsed copy, each form becomes a
 * `div` with the same attributes and children, moved by Node getters and methods borrowed from that
 * fresh `div`'s prototypes: nothing here reads a property of a form. (A Range would do the same, but
 * jsdom's live ranges make extracting a page-wide ASP.NET form take tens of seconds.) The sanitiser
 * drops forms anyway and keeps their content, so the article loses nothing.
 */

import { treeGetter } from './walk';

/** Marks a div that was a form, so decluttering still knows a newsletter sign-up form. */
export const DISARMED_FORM_ATTRIBUTE = 'data-readside-form';

/** Replaces every `<form>` in `doc` (a parsed, inert copy) with a `<div data-readside-form>`. */
export function disarmForms(doc: Document): void {
  const forms = Array.from(doc.getElementsByTagName('form'));
  if (forms.length === 0) return;
  const sample = doc.createElement('div');
  const firstChild = treeGetter(sample, 'firstChild');
  const parentNode = treeGetter(sample, 'parentNode');
  for (const form of forms) {
    const div = doc.createElement('div');
    for (const name of div.getAttributeNames.call(form)) {
      const attr = div.getAttributeNode.call(form, name);
      if (attr) div.setAttributeNode(attr.cloneNode() as Attr);
    }
    div.setAttribute(DISARMED_FORM_ATTRIBUTE, '');
    for (let child = firstChild.call(form); child; child = firstChild.call(form)) div.appendChild(child);
    const parent = parentNode.call(form);
    if (parent) div.replaceChild.call(parent, div, form);
  }
}
