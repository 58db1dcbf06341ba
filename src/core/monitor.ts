/**
 * The monitor: samples the sources every interval, confirms a breach at once with quick
 * samples, and stops as soon as the policy says roll back, not at the end of the window.
 */
import { getErrorMessage } from './errors.js';
import { decide, freshCounters, phaseOf, unmeasured, type PolicySettings } from './policy.js';
import type { Clock, MetricSource } from './ports.js';
import type { SampleRecord, SampleVerdict } from './state.js';
import { evaluateThreshold, inUnit, type Threshold } from './thresholds.js';
import { formatSecondUtc } from './time.js';

/** What the monitor needs. */
export interface MonitorOptions {
  thresholds: readonly Threshold[];
  source: MetricSource;
  clock: Clock;
  durationMs: number;
  intervalMs: number;
  initialDelayMs: number;
  confirmSamples: number;
  confirmIntervalMs: number;
  policy: PolicySettings;
  baseline?: Record<string, number>;
  signal?: AbortSignal;
  /** Called with every sample as it is taken (confirmation samples too). */
  onSample?: (sample: SampleRecord) => void | Promise<void>;
  /**
   * Asked before each regular sample: a reason to stop watching at once (a human rolled the
   * deployment back), or `undefined` to go on.
   */
  interrupted?: () => Promise<string | undefined>;
}

/** How the window ended. */
export type MonitorOutcome =
  | { verdict: 'pass'; samples: SampleRecord[] }
  | { verdict: 'inconclusive'; reason: string; samples: SampleRecord[] }
  | { verdict: 'rollback'; reason: string; samples: SampleRecord[] }
  | { verdict: 'stop'; reason: string; samples: SampleRecord[] }
  | { verdict: 'yielded'; reason: string; samples: SampleRecord[] };

/** Takes one sample and judges it against every threshold. */
export async function takeSample(
  source: MetricSource,
  thresholds: readonly Threshold[],
  policy: Pick<PolicySettings, 'onNoData'>,
  clock: Clock,
  baseline?: Record<string, number>,
  signal?: AbortSignal,
): Promise<SampleRecord> {
  const at = clock.now();
  let values: Record<string, number>;
  try {
    values = await source.sample(signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      at,
      phase: 'Error',
      values: {},
      verdicts: [],
      note: `${source.name}: ${getErrorMessage(error)}`,
    };
  }
  const verdicts: SampleVerdict[] = thresholds.map((t) => {
    const result = evaluateThreshold(t, values, baseline);
    const unit = t.unit ? { unit: t.unit } : {};
    return result.verdict === 'nodata'
      ? { threshold: t.source, metric: t.metric, verdict: 'nodata' }
      : { threshold: t.source, metric: t.metric, ...result, ...unit };
  });
  return { at, phase: phaseOf(verdicts, policy.onNoData), values, verdicts };
}

/** Describes a sample's breaches for humans: `error_rate 0.4 (limit < 0.01)`. */
export function describeSample(sample: SampleRecord): string {
  if (sample.phase === 'Error') return sample.note ?? 'the metric source failed';
  const bad = sample.verdicts.filter((v) => v.verdict !== 'pass');
  if (bad.length === 0) return 'all thresholds hold';
  // The reason in plain numbers (README, "Thresholds"): the metric, what was seen and the limit
  // in the threshold's own unit, and when: `error_rate 50% > limit 1% at 03:04:05 UTC`.
  const at = formatSecondUtc(sample.at).slice(11);
  return bad
    .map((v) => {
      if (v.verdict === 'nodata') return `${v.metric}: no data`;
      const observed = v.observed!;
      const limit = v.limit!;
      const relation = observed > limit ? '>' : observed < limit ? '<' : '=';
      return `${v.metric} ${inUnit(observed, v.metric, v.unit)} ${relation} limit ${inUnit(limit, v.metric, v.unit)} at ${at}`;
    })
    .join('; ');
}

/** Watches the service for the window, or until the policy says roll back or stop. */
export async function monitor(options: MonitorOptions): Promise<MonitorOutcome> {
  const { clock, signal, thresholds, source, policy, baseline } = options;
  const samples: SampleRecord[] = [];
  const record = async (sample: SampleRecord) => {
    samples.push(sample);
    await options.onSample?.(sample);
  };
  let counters = freshCounters();
  if (options.initialDelayMs > 0) await clock.sleep(options.initialDelayMs, signal);
  const start = clock.now();
  // Samples keep a fixed cadence (start + k * interval), so slow probes and confirmation
  // samples do not stretch the time between two regular samples.
  for (let k = 1; ; k += 1) {
    const yielded = await options.interrupted?.();
    if (yielded !== undefined) return { verdict: 'yielded', reason: yielded, samples };
    const sample = await takeSample(source, thresholds, policy, clock, baseline, signal);
    let phase = sample.phase;
    if (phase === 'Failed' && options.confirmSamples > 0) {
      await record(sample);
      let confirmed = true;
      for (let i = 0; i < options.confirmSamples && confirmed; i += 1) {
        await clock.sleep(options.confirmIntervalMs, signal);
        const check = await takeSample(source, thresholds, policy, clock, baseline, signal);
        check.confirmation = true;
        if (check.phase !== 'Failed') {
          confirmed = false;
          check.note = 'breach not confirmed: a blip';
        }
        await record(check);
      }
      if (!confirmed) {
        phase = 'Successful';
        sample.note = 'breach not confirmed by the quick samples: counted as a blip';
      }
    } else {
      await record(sample);
    }
    const step = decide(counters, phase, policy, () => describeSample(sample));
    counters = step.counters;
    if (step.decision.action !== 'continue') {
      const { action, reason } = step.decision;
      return { verdict: action, reason, samples };
    }
    const nextAt = start + k * options.intervalMs;
    if (nextAt - start > options.durationMs || options.intervalMs <= 0) break;
    await clock.sleep(Math.max(0, nextAt - clock.now()), signal);
  }
  const missing = unmeasured(
    samples,
    thresholds.map((t) => t.source),
    policy.onNoData,
  );
  return missing.length === 0
    ? { verdict: 'pass', samples }
    : {
        verdict: 'inconclusive',
        reason: `never measured in the window: ${missing.join(', ')}`,
        samples,
      };
}

/** Several sources read as one: values merged; any source failing makes the sample an Error. */
export function combineSources(sources: readonly MetricSource[]): MetricSource {
  if (sources.length === 1) return sources[0]!;
  return {
    name: sources.map((s) => s.name).join('+'),
    async sample(signal) {
      const parts = await Promise.all(sources.map((s) => s.sample(signal)));
      return Object.assign({}, ...parts) as Record<string, number>;
    },
  };
}
