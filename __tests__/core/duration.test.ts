/** Durations as inputs say them (src/core/duration.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/core/duration.js';
import { InputError } from '../../src/core/errors.js';

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['0s', 0],
    [' 90s ', 90_000],
    ['2h', 7_200_000],
    ['1h1m1s1ms', 3_661_001],
    ['7s', 7000],
    ['9ms', 9],
  ])('%j is %i ms', (text, ms) => {
    expect(parseDuration(text, { input: 'monitor-interval' })).toBe(ms);
  });

  it('says why an empty or too long duration is refused', () => {
    expect(() => parseDuration('  ', { input: 'd' })).toThrowError(
      'input "d": found "  "; expected a duration such as 90s, 5m, 1h or 1h30m',
    );
    expect(() => parseDuration(`${'9'.repeat(20)}h`, { input: 'd' })).toThrowError(
      `input "d": found "${'9'.repeat(20)}h"; that duration is too long`,
    );
  });

  it.each(['', '5', '5 minutes', '1m1h', '-1s', 'soon'])('refuses %j naming the input', (text) => {
    expect(() => parseDuration(text, { input: 'monitor-interval' })).toThrowError(
      /^input "monitor-interval": found .*; expected a duration such as 90s, 5m, 1h or 1h30m$/,
    );
  });

  it('any string gives milliseconds or an InputError, and formatting reads back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const ms = parseDuration(text, { input: 'x' });
          expect(ms).toBeGreaterThanOrEqual(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds * 1000), { input: 'x' })).toBe(seconds * 1000);
      }),
    );
  });
});
