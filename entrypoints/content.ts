import { snapshotDocument } from '@/utils/page-snapshot';

/**
 * Injected on demand with `scripting.executeScript` (never declared for all URLs). It only
 * serialises the page; Readability and decluttering run in the extension page, off the page's
 * main thread.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return snapshotDocument(document, String(window.getSelection() ?? ''));
  },
});
