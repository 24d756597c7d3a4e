/**
 * What the toolbar button shows after "Save page": a badge and a tooltip on that tab, for a few
 * seconds. The reader is not open, so the button is where the user looks (Pocket's habit too).
 */
import type { SavePageFailure, SavePageOutcome } from './types';

export const SAVED_BADGE = { text: '✓', color: '#1a7f37' } as const;
export const FAILED_BADGE = { text: '!', color: '#b3261e' } as const;
/** How long the badge stays before the button shows what it showed before. */
export const FEEDBACK_MS = 4000;

/** The `_locales` key that explains each failure (underscores: keys allow no hyphens). */
export function failureMessageKey(reason: SavePageFailure): string {
  // With `force` a page is never refused as "not an article"; should it be, it had no article text.
  const key = reason === 'not-readerable' ? 'empty' : reason;
  return `savePageFailed_${key.replace(/-/g, '_')}`;
}

export interface Feedback {
  ok: boolean;
  text: string;
  color: string;
  /** `_locales` key and substitutions of the tooltip. */
  messageKey: string;
  substitutions: string[];
}

export function feedbackFor(outcome: SavePageOutcome): Feedback {
  if (outcome.ok) {
    return {
      ok: true,
      ...SAVED_BADGE,
      messageKey: outcome.updated ? 'savePageUpdated' : 'savePageSaved',
      substitutions: [outcome.title.trim() || '…'],
    };
  }
  return { ok: false, ...FAILED_BADGE, messageKey: failureMessageKey(outcome.reason), substitutions: [] };
}
