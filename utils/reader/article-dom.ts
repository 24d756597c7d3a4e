/**
 * Presentation fixes to the sanitised article once it is in the page (nothing is re-serialised):
 * wide tables scroll inside a labelled, focusable region; code blocks can take focus, so keyboard
 * users can scroll them sideways; the page's own page-level landmarks (its `<main>`, `role="banner"`
 * and the like) stop competing with the reader's, since the article sits inside our `<main>`.
 */

/** Roles that belong to the reader page, never to content inside it. */
const PAGE_LEVEL_ROLES = new Set(['main', 'banner', 'contentinfo', 'application', 'dialog', 'alertdialog']);
export interface ArticleDomLabels {
  /** Accessible name of a table region when the table has no caption. */
  table: string;
}

export function enhanceArticleDom(root: HTMLElement, labels: ArticleDomLabels): void {
  const doc = root.ownerDocument;
  for (const main of root.querySelectorAll('main')) {
    const div = doc.createElement('div');
    for (const attr of main.attributes) div.setAttribute(attr.name, attr.value);
    div.append(...main.childNodes);
    main.replaceWith(div);
  }
  for (const el of root.querySelectorAll('[role]')) {
    const roles = (el.getAttribute('role') ?? '').trim().toLowerCase().split(/\s+/);
    if (roles.some((role) => PAGE_LEVEL_ROLES.has(role))) el.removeAttribute('role');
  }
  for (const el of root.querySelectorAll('[aria-modal]')) el.removeAttribute('aria-modal');
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('rs-table-scroll')) continue;
    const wrapper = doc.createElement('div');
    wrapper.className = 'rs-table-scroll';
    wrapper.tabIndex = 0;
    wrapper.setAttribute('role', 'region');
    const caption = table.querySelector(':scope > caption')?.textContent?.trim();
    wrapper.setAttribute('aria-label', caption || labels.table);
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  for (const pre of root.querySelectorAll('pre')) {
    if (!pre.hasAttribute('tabindex')) pre.tabIndex = 0;
  }
}
