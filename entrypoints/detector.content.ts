import { detectArticle } from '@/utils/extract/detect';
import { sendMessage } from '@/utils/messaging';

/**
 * Opt-in only: registered at runtime by the background when the user turns on "Detect articles
 * as I browse" and grants the optional host permission. Runs the cheap detector and reports.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const { readerable, score } = detectArticle(document, location.href);
    void sendMessage('articleDetected', { readerable, score }).catch(() => {
      // The background may be restarting; the badge is a hint, not a promise.
    });
  },
});
