/**
 * Chromium's form named properties, for jsdom (which does not implement them). In Chromium every
 * control or image whose form owner is a form (by nesting or `form="id"`) is readable on the form
 * under its `id` and `name`, and these names override the DOM's own: `<input name=parentNode>` makes
 * `form.parentNode` that input. Here each such name becomes a getter on the form instance.
 *
 * Each read is counted, and past `budget` reads the getter throws instead of answering, so code that
 * walks in circles on a clobbered form fails a test instead of hanging the test run.
 */
export interface Clobbered {
  /** Reads of clobbered names so far, across all forms. */
  readonly reads: number;
}

export function clobberFormsLikeChromium(doc: Document, budget = 10_000): Clobbered {
  const state = { reads: 0 };
  for (const form of Array.from(doc.getElementsByTagName('form'))) {
    const owned = [...Array.from(form.elements), ...Array.from(form.getElementsByTagName('img'))];
    for (const el of owned.reverse()) {
      // The first element in tree order wins a name (Chromium returns a RadioNodeList for several).
      for (const name of [el.getAttribute('name'), el.id]) {
        if (!name) continue;
        Object.defineProperty(form, name, {
          configurable: true,
          get() {
            if (++state.reads > budget) throw new Error(`form.${name} read ${budget} times: a walk in circles`);
            return el;
          },
        });
      }
    }
  }
  return state;
}
