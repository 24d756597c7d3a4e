/** Statistics shared by the benchmarks. */

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (`p` in 0..100). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export interface TimedRow {
  oursMs: number;
  plainMs: number;
  /** Plain Readability plus our sanitiser (see ./measure-extraction). */
  sanitizedMs: number;
  /** Plain Readability plus one bare DOMPurify call with our config: the floor (./measure-extraction). */
  bareMs: number;
  detectMs: number;
}

/** Ours against plain Readability over the same pages: medians, p95 and the two ratios. */
export function timingSummary(rows: TimedRow[]) {
  const ours = rows.map((r) => r.oursMs);
  const plain = rows.map((r) => r.plainMs);
  const detect = rows.map((r) => r.detectMs);
  const sanitized = rows.map((r) => r.sanitizedMs);
  const bare = rows.map((r) => r.bareMs);
  return {
    oursMedianMs: median(ours),
    oursP95Ms: percentile(ours, 95),
    plainMedianMs: median(plain),
    plainP95Ms: percentile(plain, 95),
    ratioTotal: sum(ours) / sum(plain),
    ratioMedian: median(rows.map((r) => r.oursMs / r.plainMs)),
    /** Readability plus the sanitiser against plain: the part of the ratio no decluttering change can remove. */
    sanitizedRatioTotal: sum(sanitized) / sum(plain),
    /** Readability plus bare DOMPurify against plain: no sanitised extraction gets under it. */
    bareRatioTotal: sum(bare) / sum(plain),
    /** Ours against Readability plus the sanitiser: what decluttering, detection and post-processing add. */
    oursOverSanitizedTotal: sum(ours) / sum(sanitized),
    detectMedianMs: median(detect),
    detectP95Ms: percentile(detect, 95),
  };
}
