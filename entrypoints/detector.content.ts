import { detectArticle } from '@/utils/extract/detect';
import { sendMessage } from '@/utils/messaging';

/**
 * Opt-in only: registered at runtime by the background when the user turns on "Detect articles
 * as I browse" and grants the optional host permission. Runs the cheap detector and reports.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    let verdict = { readerable: false, score: 0 };
    try {
      verdict = detectArticle(document, location.href);
    } catch {
      // A hostile page can shadow the DOM's methods (`<input name=getAttribute>` in a form): no badge.
    }
    const { readerable, score } = verdict;
    void sendMessage('articleDetected', { readerable, score }).catch(() => {
      // The background may be restarting; the badge is a hint, not a promise.
    });
  },
});
