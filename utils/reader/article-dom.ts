/**
 * Presentation wrappers added around the sanitised article once it is in the page (nothing is
 * re-serialised): wide tables scroll inside a labelled, focusable region, and code blocks can take
 * focus, so keyboard users can scroll them sideways.
 */
export interface ArticleDomLabels {
  /** Accessible name of a table region when the table has no caption. */
  table: string;
}

export function enhanceArticleDom(root: HTMLElement, labels: ArticleDomLabels): void {
  const doc = root.ownerDocument;
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
