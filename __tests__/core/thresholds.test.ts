import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HotfixError,
  InputError,
  SpecError,
  errorAt,
  getErrorMessage,
  quote,
} from '../../src/core/errors.js';
import {
  evaluateThreshold,
  needsBaseline,
  parseThreshold,
  parseThresholds,
  thresholdLimit,
  type Operator,
} from '../../src/core/thresholds.js';
import { runs } from '../helpers/fuzz.js';

const EXPECTED =
  'expected <metric> <op> <value>, e.g. "error_rate < 1%", "latency_p95_ms <= 800ms", ' +
  '"`sum(rate(http_requests_total{code=~\\"5..\\"}[1m]))` < 0.5" or "latency_p95_ms < baseline * 1.5"';

const origin = { input: 'thresholds' };
const limitOf = (text: string) => thresholdLimit(parseThreshold(text, origin));
const problemOf = (text: string): string => {
  try {
    parseThreshold(text, origin);
  } catch (error) {
    return getErrorMessage(error);
  }
  throw new Error(`${text} parsed`);
};

describe('threshold values', () => {
  it.each([
    ['n < 1', 1],
    ['n < +1.5e3', 1500],
    ['n < -2', -2],
    ['n < .25', 0.25],
    ['n < 5.', 5],
    ['n < 12.25', 12.25],
    ['n < 1e-3', 0.001],
    ['n < 1E+2', 100],
    ['n < 2e10', 2e10],
    ['n < 25%', 0.25],
    ['n < 500ms', 0.5],
    ['n < 2s', 2],
    ['n_ms < 800ms', 800],
    ['n_ms < 1.5s', 1500],
    ['N_MS < 2s', 2000],
    ['n_ms_total < 2s', 2],
    ['n <3 %', 0.03],
  ])('%s limits at %d', (text, limit) => {
    expect(limitOf(text)).toBe(limit);
  });

  it('keeps the text trimmed, the metric, the operator and the unit as written', () => {
    expect(parseThreshold('  error_rate  <=  1%  ', origin)).toEqual({
      source: 'error_rate  <=  1%',
      metric: 'error_rate',
      promql: false,
      op: '<=',
      value: { kind: 'absolute', value: 0.01 },
      unit: '%',
    });
    expect(parseThreshold('latency_p95_ms < 0.8s', origin)).toMatchObject({ unit: 's' });
    expect(parseThreshold('latency_p95_ms < baseline * 2', origin).unit).toBeUndefined();
    expect(parseThreshold('svc.http:5xx-rate!=0', origin)).toMatchObject({
      metric: 'svc.http:5xx-rate',
      op: '!=',
    });
  });

  it('reads PromQL in backticks, trimmed', () => {
    expect(parseThreshold('` sum(up{job="x"}) ` >= 1', origin)).toEqual({
      source: '` sum(up{job="x"}) ` >= 1',
      metric: 'sum(up{job="x"})',
      promql: true,
      op: '>=',
      value: { kind: 'absolute', value: 1 },
    });
  });

  it.each([
    ['n < baseline', 1],
    ['n < BASELINE*2', 2],
    ['n < baseline *2', 2],
    ['n < baseline  *  1.5', 1.5],
  ])('%s is a multiple %d of the baseline', (text, factor) => {
    expect(parseThreshold(text, origin).value).toEqual({ kind: 'baseline', factor });
  });
});

describe('threshold errors name the input and the problem, with the expected form', () => {
  it.each([
    ['< 1', 'no metric name at the start'],
    ['-n < 1', 'no metric name at the start'],
    ['1n < 1', 'no metric name at the start'],
    ['n x< 1', 'no comparison operator after the metric'],
    ['n =< 1', 'no comparison operator after the metric'],
    ['n <', 'no value after the operator'],
    ['n < x1', 'the value is not a number'],
    ['n < mybaseline', 'the value is not a number'],
    ['n < baseline2', 'the value is not a number'],
    ['n < baseline *', 'the value is not a number'],
    ['n < baseline * x', 'the baseline factor is not a number'],
    ['n < baseline * 2x', 'the baseline factor is not a number'],
    ['n < 5 kb', 'unknown unit "kb" (use %, ms or s)'],
    ['n < 1 #', 'unknown unit "#" (use %, ms or s)'],
    ['`up < 1', 'the PromQL expression has no closing backtick'],
    ['`  ` < 1', 'the PromQL expression is empty'],
  ])('%s: %s', (text, problem) => {
    expect(problemOf(text)).toBe(
      `input "thresholds": threshold ${JSON.stringify(text.trim())}: ${problem}; ${EXPECTED}`,
    );
  });

  it('names the line of a multi-line input, and file:line for a spec', () => {
    expect(() => parseThresholds('a < 1\n\n   \n# note\nb <', origin)).toThrowError(
      /^input "thresholds" line 5: threshold "b <": no value after the operator/,
    );
    expect(() => parseThresholds('b <', origin)).toThrowError(/^input "thresholds": threshold/);
    expect(() => parseThresholds('b <', { file: 'hotfix.md', line: 12 })).toThrowError(
      /^hotfix\.md:12: threshold "b <"/,
    );
    expect(() => parseThresholds('a < 1\r\nb <', { file: 'hotfix.md', line: 12 })).toThrowError(
      /^hotfix\.md:13: /,
    );
    try {
      parseThresholds('a < 1\nb <', { file: 'hotfix.md' });
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect(error).toMatchObject({ file: 'hotfix.md', line: 2 });
    }
  });

  it('skips blank lines and comments, keeps the order', () => {
    expect(
      parseThresholds('# healthy when\n  \nb > 1\n\n  # x\na < 2', origin).map((t) => t.source),
    ).toEqual(['b > 1', 'a < 2']);
    expect(parseThresholds('', origin)).toEqual([]);
  });
});

describe('threshold verdicts', () => {
  const table: [Operator, [number, boolean][]][] = [
    [
      '<',
      [
        [0, true],
        [1, false],
        [2, false],
      ],
    ],
    [
      '<=',
      [
        [0, true],
        [1, true],
        [2, false],
      ],
    ],
    [
      '>',
      [
        [0, false],
        [1, false],
        [2, true],
      ],
    ],
    [
      '>=',
      [
        [0, false],
        [1, true],
        [2, true],
      ],
    ],
    [
      '==',
      [
        [0, false],
        [1, true],
        [2, false],
      ],
    ],
    [
      '!=',
      [
        [0, true],
        [1, false],
        [2, true],
      ],
    ],
  ];
  it.each(table)('%s against 1', (op, cases) => {
    const t = parseThreshold(`m ${op} 1`, origin);
    for (const [observed, pass] of cases) {
      expect(evaluateThreshold(t, { m: observed })).toEqual({
        verdict: pass ? 'pass' : 'breach',
        observed,
        limit: 1,
      });
    }
  });

  it('is no data for a missing or NaN value, or a baseline that is missing; ±Infinity is a value that breaches', () => {
    const t = parseThreshold('m < 1', origin);
    expect(evaluateThreshold(t, {})).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(t, { m: Number.NaN })).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(t, { m: Number.POSITIVE_INFINITY })).toEqual({
      verdict: 'breach',
      observed: Number.POSITIVE_INFINITY,
      limit: 1,
    });
    expect(evaluateThreshold(parseThreshold('m > 0', origin), { m: -Infinity }).verdict).toBe(
      'breach',
    );
    const b = parseThreshold('m < baseline * 2', origin);
    expect(evaluateThreshold(b, { m: 1 })).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(b, { m: 1 }, { m: Number.NaN })).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(b, { m: 1 }, { other: 1 })).toEqual({ verdict: 'nodata' });
    expect(evaluateThreshold(b, { m: 3 }, { m: 1 })).toEqual({
      verdict: 'breach',
      observed: 3,
      limit: 2,
    });
    expect(thresholdLimit(b, { m: 4 })).toBe(8);
  });

  it('knows when a baseline is needed', () => {
    const abs = parseThreshold('m < 1', origin);
    const rel = parseThreshold('m < baseline', origin);
    expect(needsBaseline([])).toBe(false);
    expect(needsBaseline([abs])).toBe(false);
    expect(needsBaseline([abs, rel])).toBe(true);
    expect(needsBaseline([rel, abs])).toBe(true);
  });
});

describe('errors', () => {
  it('say where: an input (and line), or a file (and line)', () => {
    expect(errorAt({ input: 'x' }, 'bad').message).toBe('input "x": bad');
    expect(errorAt({ input: 'x', line: 3 }, 'bad').message).toBe('input "x" line 3: bad');
    expect(errorAt({ file: 'a.md' }, 'bad').message).toBe('a.md: bad');
    expect(errorAt({ file: 'a.md', line: 7 }, 'bad').message).toBe('a.md:7: bad');
    const input = errorAt({ input: 'x' }, 'bad');
    expect(input).toBeInstanceOf(InputError);
    expect(input.name).toBe('InputError');
    const spec = errorAt({ file: 'a.md' }, 'bad');
    expect(spec).toBeInstanceOf(SpecError);
    expect(spec.name).toBe('SpecError');
  });

  it('read the message of anything thrown', () => {
    expect(getErrorMessage(new Error('boom'))).toBe('boom');
    expect(getErrorMessage('plain')).toBe('plain');
    expect(getErrorMessage({ code: 1 })).toBe('{"code":1}');
  });

  it('quote untrusted text escaped and cut short', () => {
    expect(quote('a"b\n')).toBe('"a\\"b\\n"');
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`);
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quote('abcdef', 3)).toBe('"abc…"');
  });
});

// README, "Thresholds": a breach is said in the unit the threshold was written in.
describe('values in the threshold unit', () => {
  it('says a share in %, durations in the unit written, plain numbers as they are', async () => {
    const { inUnit } = await import('../../src/core/thresholds.js');
    expect(inUnit(1, 'error_rate', '%')).toBe('100%');
    expect(inUnit(0.012346, 'error_rate', '%')).toBe('1.235%');
    expect(inUnit(900.5, 'latency_p95_ms', 'ms')).toBe('900.5ms');
    expect(inUnit(1500, 'latency_p95_ms', 's')).toBe('1.5s');
    expect(inUnit(0.25, 'request_seconds', 'ms')).toBe('250ms');
    expect(inUnit(7, 'queue_depth', undefined)).toBe('7');
    expect(inUnit(Infinity, 'x', '%')).toBe('Infinity');
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
