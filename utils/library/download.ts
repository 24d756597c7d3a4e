/**
 * Saves a generated file (an export) to the user's downloads: a Blob behind an object URL, a
 * temporary `<a download>` clicked once, and the URL revoked after the browser has taken it.
 * No `downloads` permission is needed.
 */
export interface DownloadableFile {
  filename: string;
  mime: string;
  text: string;
}

export interface DownloadEnv {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  setTimeout(fn: () => void, ms: number): unknown;
}

/** Some browsers read the object URL after the click returns: give them a moment before revoking. */
export const REVOKE_DELAY_MS = 1000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/** A file name without path separators or characters file systems refuse. */
export function safeFilename(name: string, fallback = 'readside-export.txt'): string {
  const cleaned = name.replace(UNSAFE, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.slice(0, 150) || fallback;
}

export function browserDownloadEnv(): DownloadEnv {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  };
}

export function downloadFile(file: DownloadableFile, env: DownloadEnv = browserDownloadEnv()): void {
  const blob = new Blob([file.text], { type: file.mime });
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = safeFilename(file.filename);
  link.rel = 'noopener';
  link.hidden = true;
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    env.setTimeout(() => env.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
