import { runs } from '../helpers/fuzz.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHotfixBranch, parseHotfixNumber } from '../../src/core/branch.js';
import { formatDuration, parseDuration } from '../../src/core/duration.js';
import { HotfixError, InputError, SpecError } from '../../src/core/errors.js';
import { evaluateThreshold, parseThreshold, parseThresholds } from '../../src/core/thresholds.js';

describe('branch grammar', () => {
  it('pads to three digits and never truncates', () => {
    expect(parseHotfixBranch('hotfix/7-db')).toEqual({
      ok: true,
      id: { number: 7, padded: '007', slug: 'db' },
    });
    expect(parseHotfixBranch('refs/heads/hotfix/1234-x')).toEqual({
      ok: true,
      id: { number: 1234, padded: '1234', slug: 'x' },
    });
    expect(parseHotfixBranch('hotfix/042')).toEqual({
      ok: true,
      id: { number: 42, padded: '042', slug: '' },
    });
  });

  it('case-folds the slug', () => {
    const result = parseHotfixBranch('hotfix/042-Login-500');
    expect(result.ok && result.id.slug).toBe('login-500');
  });

  it.each([
    'main',
    'hotfix/',
    'hotfix/abc',
    'hotfix/1234567-too-long',
    'hotfix/42-',
    'hotfix/42-a b',
    'hotfix/42-$(id)',
    'feature/042-x',
    'hotfix/042-x/y',
  ])('refuses %j with the reason and the expected form', (ref) => {
    const result = parseHotfixBranch(ref);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(/^not a hotfix branch: .*expected hotfix\/<number>\[-<slug>\]/);
  });

  it('any string gives a hotfix or a reason, never a crash, and a hotfix is well formed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `hotfix/${s}`),
        ),
        (ref) => {
          const result = parseHotfixBranch(ref);
          if (result.ok) {
            expect(result.id.padded).toMatch(/^\d{3,6}$/);
            expect(Number(result.id.padded)).toBe(result.id.number);
            expect(result.id.slug).toMatch(/^[a-z0-9._-]*$/);
          } else {
            expect(result.reason).toContain('not a hotfix branch');
          }
        },
      ),
    );
  });

  it('reads a bare number for start and dispatch', () => {
    expect(parseHotfixNumber('42')?.padded).toBe('042');
    expect(parseHotfixNumber('x42')).toBeUndefined();
  });
});

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

describe('thresholds', () => {
  it('parses names, operators, units and baseline', () => {
    expect(parseThreshold('error_rate < 1%', { input: 'thresholds' })).toMatchObject({
      metric: 'error_rate',
      op: '<',
      value: { kind: 'absolute', value: 0.01 },
    });
    expect(parseThreshold('latency_p95_ms<=0.8s', { input: 't' }).value).toEqual({
      kind: 'absolute',
      value: 800,
    });
    expect(parseThreshold('latency_max_ms > 250ms', { input: 't' }).value).toEqual({
      kind: 'absolute',
      value: 250,
    });
    expect(
      parseThreshold('`histogram_quantile(0.95, rate(x[1m]))` < 300ms', { input: 't' }),
    ).toMatchObject({
      metric: 'histogram_quantile(0.95, rate(x[1m]))',
      promql: true,
      value: { kind: 'absolute', value: 0.3 },
    });
    expect(parseThreshold('latency_p95_ms < baseline * 1.5', { input: 't' }).value).toEqual({
      kind: 'baseline',
      factor: 1.5,
    });
    for (const op of ['<', '<=', '>', '>=', '==', '!=']) {
      expect(parseThreshold(`availability ${op} 1`, { input: 't' }).op).toBe(op);
    }
  });

  it('evaluates pass, breach and no data, against a baseline too', () => {
    const t = parseThreshold('error_rate < 1%', { input: 't' });
    expect(evaluateThreshold(t, { error_rate: 0 })).toEqual({
      verdict: 'pass',
      observed: 0,
      limit: 0.01,
    });
    expect(evaluateThreshold(t, { error_rate: 0.4 })).toEqual({
      verdict: 'breach',
      observed: 0.4,
      limit: 0.01,
    });
    expect(evaluateThreshold(t, {})).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(t, { error_rate: Number.NaN })).toEqual({ verdict: 'nodata' });
    const b = parseThreshold('latency_p95_ms < baseline * 2', { input: 't' });
    expect(evaluateThreshold(b, { latency_p95_ms: 150 }, { latency_p95_ms: 100 }).verdict).toBe(
      'pass',
    );
    expect(evaluateThreshold(b, { latency_p95_ms: 250 }, { latency_p95_ms: 100 }).verdict).toBe(
      'breach',
    );
    expect(evaluateThreshold(b, { latency_p95_ms: 250 }).verdict).toBe('nodata');
  });

  it('names the input line or file:line of a bad threshold, with the expected form', () => {
    expect(() =>
      parseThresholds('error_rate < 1%\nlatency_p95_ms ~ 3', { input: 'thresholds' }),
    ).toThrowError(
      /^input "thresholds" line 2: threshold "latency_p95_ms ~ 3": no comparison operator .*expected <metric> <op> <value>, e\.g\./,
    );
    expect(() => parseThresholds('x < 5 parsecs', { file: 'f/hotfix.md', line: 40 })).toThrowError(
      /^f\/hotfix\.md:40: threshold "x < 5 parsecs": unknown unit "parsecs"/,
    );
    expect(() => parseThreshold('`up < 1', { input: 'thresholds' })).toThrowError(
      /no closing backtick/,
    );
  });

  it('any string gives a threshold or a typed error, never a crash', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, fromFile) => {
        const origin = fromFile ? { file: 'h.md', line: 3 } : { input: 'thresholds' };
        try {
          for (const t of parseThresholds(text, origin)) {
            expect(['<', '<=', '>', '>=', '==', '!=']).toContain(t.op);
            expect(evaluateThreshold(t, { [t.metric]: 1 }, { [t.metric]: 1 }).verdict).toMatch(
              /pass|breach|nodata/,
            );
          }
        } catch (error) {
          expect(error).toBeInstanceOf(HotfixError);
          expect(error).toBeInstanceOf(fromFile ? SpecError : InputError);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
