/**
 * DOM clobbering by the page's own forms. A form's named properties override the DOM's own in
 * Chromium (jsdom does not implement them): inside `<form><input name=parentNode></form>`,
 * `form.parentNode` is the input, so every upward walk (ours and Readability's) went form → input →
 * form forever and froze the reader. Any control or image in a form (or anywhere, with
 * `form="id"`) can shadow `nextSibling`, `firstChild`, `nodeType`, `attributes`, `getAttribute`, ...
 *
 * HTMLFormElement is the only element with such names (the document is the other interface, and a
 * DOMParser document exposes none). So before anything walks the parsed copy, each form becomes a
 * `div` with the same attributes and children, moved by a Range and by methods borrowed from that
 * fresh `div`: nothing here reads a property of a form. The sanitiser drops forms anyway and keeps
 * their content, so the article loses nothing.
 */

/**
 * Replaces every `<form>` in `doc` (a parsed, inert copy) with a `<div>`. With more than `limit`
 * forms it changes nothing and returns false: the document is over the element limit anyway.
 */
export function disarmForms(doc: Document, limit = Number.POSITIVE_INFINITY): boolean {
  const live = doc.getElementsByTagName('form');
  if (live.length > limit) return false;
  const forms = Array.from(live);
  const range = doc.createRange();
  for (const form of forms) {
    const div = doc.createElement('div');
    for (const name of div.getAttributeNames.call(form)) {
      const attr = div.getAttributeNode.call(form, name);
      if (attr) div.setAttributeNode(attr.cloneNode() as Attr);
    }
    range.selectNodeContents(form);
    div.append(range.extractContents());
    range.selectNode(form);
    range.deleteContents();
    range.insertNode(div);
  }
  return true;
}
