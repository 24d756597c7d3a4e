import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { FAILED_BADGE, failureMessageKey, feedbackFor, SAVED_BADGE } from './feedback';
import type { SavePageFailure } from './types';

const FAILURES: SavePageFailure[] = [
  'restricted',
  'no-tab',
  'no-access',
  'failed',
  'not-readerable',
  'too-large',
  'empty',
  'unsupported',
  'error',
  'quota',
  'unavailable',
];

describe('save-page feedback', () => {
  it('shows a tick and names the article when it was saved, and says when it was only refreshed', () => {
    const saved = feedbackFor({ ok: true, id: 'a', updated: false, title: '  Lighthouses  ' });
    expect(saved).toMatchObject({ ...SAVED_BADGE, messageKey: 'savePageSaved', substitutions: ['Lighthouses'] });
    expect(feedbackFor({ ok: true, id: 'a', updated: true, title: 'X' }).messageKey).toBe('savePageUpdated');
    expect(feedbackFor({ ok: true, id: 'a', updated: false, title: ' ' }).substitutions).toEqual(['…']);
  });

  it('shows "!" and a reason for every failure, each worded in every locale', () => {
    for (const reason of FAILURES) {
      const feedback = feedbackFor({ ok: false, reason });
      expect(feedback).toMatchObject(FAILED_BADGE);
      expect(feedback.messageKey).toBe(failureMessageKey(reason));
      for (const messages of [en, fr] as Array<Record<string, { message: string }>>) {
        expect(messages[feedback.messageKey]?.message, `${reason}`).toBeTruthy();
      }
    }
  });

  it('words a page without article text and a refused "not an article" alike', () => {
    expect(failureMessageKey('not-readerable')).toBe(failureMessageKey('empty'));
    expect(failureMessageKey('too-large')).toBe('savePageFailed_too_large');
  });
});
