/** Resolves after `ms` milliseconds: the default timer of services whose tests pass their own. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
