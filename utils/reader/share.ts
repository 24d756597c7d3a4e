/**
 * Sharing without any service of our own: the Web Share API where the browser has it, else the
 * link goes to the clipboard. The environment is passed in so the choice is testable.
 */
export interface ShareEnv {
  share?: (data: ShareData) => Promise<void>;
  writeText?: (text: string) => Promise<void>;
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export function browserShareEnv(nav: Navigator = navigator): ShareEnv {
  return {
    share: typeof nav.share === 'function' ? (data) => nav.share(data) : undefined,
    writeText: nav.clipboard ? (text) => nav.clipboard.writeText(text) : undefined,
  };
}

export async function copyText(text: string, env: ShareEnv): Promise<'copied' | 'failed'> {
  if (!env.writeText) return 'failed';
  try {
    await env.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export async function shareLink(link: { title: string; url: string }, env: ShareEnv): Promise<ShareOutcome> {
  if (env.share) {
    try {
      await env.share({ title: link.title, url: link.url });
      return 'shared';
    } catch (err) {
      // The user closed the share sheet: nothing to report.
      if ((err as { name?: string })?.name === 'AbortError') return 'cancelled';
    }
  }
  return copyText(link.url, env);
}
