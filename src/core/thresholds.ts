/**
 * Thresholds (README, "Thresholds"): `<metric> <op> <value>`, one a line.
 *
 * - metric: a name (`error_rate`, `latency_p95_ms`, a monitor command's key) or a PromQL
 *   expression in backticks;
 * - op: `<`, `<=`, `>`, `>=`, `==`, `!=`;
 * - value: a number with an optional unit (`%`, `ms`, `s`), or `baseline` / `baseline * k`.
 *
 * A threshold says what healthy looks like: a sample breaches it when the comparison is false.
 * Time units are converted to the metric's own unit: milliseconds for names ending in `_ms`,
 * seconds for everything else (PromQL durations are seconds).
 */
import { errorAt, quote, type Origin } from './errors.js';

/** A comparison operator. */
export type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** The right-hand side: a fixed number, or a multiple of the pre-deploy baseline. */
export type ThresholdValue =
  { kind: 'absolute'; value: number } | { kind: 'baseline'; factor: number };

/** One parsed threshold. */
export interface Threshold {
  /** The text as written, for reports. */
  source: string;
  /** The metric key looked up in a sample: a name, or the PromQL expression itself. */
  metric: string;
  /** Whether the metric is a PromQL expression (queried from Prometheus). */
  promql: boolean;
  op: Operator;
  value: ThresholdValue;
  /** The unit the limit was written in (`%`, `ms`, `s`), in which a breach is said. */
  unit?: ThresholdUnit;
}

/** A unit a threshold's limit may be written in. */
export type ThresholdUnit = '%' | 'ms' | 's';

/** How one threshold fared against one sample. */
export type ThresholdVerdict =
  { verdict: 'pass' | 'breach'; observed: number; limit: number } | { verdict: 'nodata' };

const EXPECTED =
  'expected <metric> <op> <value>, e.g. "error_rate < 1%", "latency_p95_ms <= 800ms", ' +
  '"`sum(rate(http_requests_total{code=~\\"5..\\"}[1m]))` < 0.5" or "latency_p95_ms < baseline * 1.5"';

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;
const OPERATOR = /^(<=|>=|==|!=|<|>)/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;

/** Parses one threshold, or throws a typed error naming `origin`. */
export function parseThreshold(text: string, origin: Origin): Threshold {
  const source = text.trim();
  const fail = (what: string) =>
    errorAt(origin, `threshold ${quote(source)}: ${what}; ${EXPECTED}`);
  let rest = source;
  let metric: string;
  let promql = false;
  if (rest.startsWith('`')) {
    const end = rest.indexOf('`', 1);
    if (end < 0) throw fail('the PromQL expression has no closing backtick');
    metric = rest.slice(1, end).trim();
    if (metric === '') throw fail('the PromQL expression is empty');
    promql = true;
    rest = rest.slice(end + 1);
  } else {
    const name = NAME.exec(rest);
    if (!name) throw fail('no metric name at the start');
    metric = name[0];
    rest = rest.slice(metric.length);
  }
  rest = rest.trimStart();
  const op = OPERATOR.exec(rest);
  if (!op) throw fail('no comparison operator after the metric');
  rest = rest.slice(op[0].length).trim();
  const { value, unit } = parseValue(rest, metric, fail);
  return { source, metric, promql, op: op[0] as Operator, value, ...(unit ? { unit } : {}) };
}

/** The limit, and the unit it was written in (none for a plain number or a baseline). */
function parseValue(
  text: string,
  metric: string,
  fail: (what: string) => Error,
): { value: ThresholdValue; unit?: ThresholdUnit } {
  const baseline = /^baseline(?:\s*\*\s*(.+))?$/i.exec(text);
  if (baseline) {
    if (baseline[1] === undefined) return { value: { kind: 'baseline', factor: 1 } };
    const factor = NUMBER.exec(baseline[1].trim());
    if (!factor || factor[0] !== baseline[1].trim())
      throw fail('the baseline factor is not a number');
    return { value: { kind: 'baseline', factor: Number(factor[0]) } };
  }
  const number = NUMBER.exec(text);
  if (!number)
    throw fail(text === '' ? 'no value after the operator' : 'the value is not a number');
  const unit = text.slice(number[0].length).trim();
  const n = Number(number[0]);
  const inMs = /_ms$/i.test(metric);
  switch (unit) {
    case '':
      return { value: { kind: 'absolute', value: n } };
    case '%':
      return { value: { kind: 'absolute', value: n / 100 }, unit };
    case 'ms':
      return { value: { kind: 'absolute', value: inMs ? n : n / 1000 }, unit };
    case 's':
      return { value: { kind: 'absolute', value: inMs ? n * 1000 : n }, unit };
    default:
      throw fail(`unknown unit ${quote(unit)} (use %, ms or s)`);
  }
}

/**
 * Parses thresholds one a line (blank lines and `#` comments skipped). Errors name the line:
 * for an input, as `thresholds` line N; for a file, as `file:line`.
 */
export function parseThresholds(text: string, origin: Origin): Threshold[] {
  const out: Threshold[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const line =
      text.includes('\n') || origin.line !== undefined ? (origin.line ?? 1) + index : undefined;
    out.push(parseThreshold(trimmed, { ...origin, line }));
  });
  return out;
}

/** The number the threshold compares against, given the baseline sample (if any). */
export function thresholdLimit(
  t: Threshold,
  baseline?: Readonly<Record<string, number>>,
): number | undefined {
  if (t.value.kind === 'absolute') return t.value.value;
  const base = baseline?.[t.metric];
  return base === undefined || !Number.isFinite(base) ? undefined : base * t.value.factor;
}

/**
 * Compares a sample against a threshold. A missing or NaN value is no data; ±Infinity is a number.
 */
export function evaluateThreshold(
  t: Threshold,
  sample: Readonly<Record<string, number>>,
  baseline?: Readonly<Record<string, number>>,
): ThresholdVerdict {
  const observed = sample[t.metric];
  const limit = thresholdLimit(t, baseline);
  if (observed === undefined || Number.isNaN(observed) || limit === undefined)
    return { verdict: 'nodata' };
  return { verdict: compare(observed, t.op, limit) ? 'pass' : 'breach', observed, limit };
}

function compare(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/** Whether any threshold needs a pre-deploy baseline sample. */
export function needsBaseline(thresholds: readonly Threshold[]): boolean {
  return thresholds.some((t) => t.value.kind === 'baseline');
}

/**
 * A value of `metric` in the unit its threshold was written in (README, "Thresholds"): `1` with
 * `%` is `100%`; seconds and milliseconds as written; a plain number as it is.
 */
export function inUnit(value: number, metric: string, unit: ThresholdUnit | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const inMs = /_ms$/i.test(metric);
  switch (unit) {
    case '%':
      return `${significant(value * 100)}%`;
    case 'ms':
      return `${significant(inMs ? value : value * 1000)}ms`;
    case 's':
      return `${significant(inMs ? value / 1000 : value)}s`;
    default:
      return significant(value);
  }
}

/** A finite number for humans: whole as it is, else to 4 significant digits (the report's too). */
export function significant(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}
