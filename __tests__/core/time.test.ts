/** UTC times in the files the action writes (src/core/time.ts; README, "The clock"). */
import { describe, expect, it } from 'vitest';
import { formatMinuteUtc, formatSecondUtc } from '../../src/core/time.js';

describe('time', () => {
  it('formats UTC to the minute for **Created** and to the second for the Timeline', () => {
    const t = Date.UTC(2026, 10, 25, 3, 0, 39, 999);
    expect(formatMinuteUtc(t)).toBe('2026-11-25 03:00 UTC');
    expect(formatSecondUtc(t)).toBe('2026-11-25 03:00:39 UTC');
  });
});
