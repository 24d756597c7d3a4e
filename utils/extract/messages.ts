/** Plain-language failure messages for the user, one per reason (English; the UI may localise by reason). */
import type { FailureReason } from './types';

export const FAILURE_MESSAGES: Record<FailureReason, string> = {
  'not-readerable': 'This page does not look like an article. You can try reader view anyway.',
  'too-large': 'This page is too large or too deeply nested to show in reader view.',
  empty: 'No article text was found on this page.',
  unsupported: 'Reader view cannot show this kind of page (for example, pages made of frames).',
  error: 'Something went wrong while preparing this page for reading.',
};
