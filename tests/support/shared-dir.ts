import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The read-only shared folder (corpus, XSS vectors, seed). Overridable with READSIDE_SHARED_DIR;
 * defaults to `../shared` beside the repository. Missing material is an error, never a skip.
 */
// vitest provides __dirname; Playwright loads this file as an ES module, where only import.meta.url exists.
const HERE = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');

export function sharedDir(): string {
  return path.resolve(REPO_ROOT, process.env.READSIDE_SHARED_DIR ?? '../shared');
}

export function requireShared(...segments: string[]): string {
  const p = path.join(sharedDir(), ...segments);
  if (!existsSync(p)) {
    throw new Error(
      `Shared test material is missing: ${p}. Put the shared folder beside the repository or set READSIDE_SHARED_DIR.`,
    );
  }
  return p;
}
