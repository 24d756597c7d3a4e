import { describe, expect, it } from 'vitest';
import { isQuotaError, newId, writeFailure } from './connection';

describe('connection helpers', () => {
  it('recognises a full disk', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('Quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(writeFailure(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(writeFailure(new TypeError('x'))).toBe('error');
  });

  it('makes distinct ids', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
  });
});
