/**
 * The monitoring policy, in Argo Rollouts' words: each sample is Successful, Failed, Error or
 * Inconclusive; limits decide when to roll back.
 */
import type { Phase, SampleRecord, SampleVerdict } from './state.js';

export type { Phase } from './state.js';

/** The inputs that shape the policy. */
export interface PolicySettings {
  /** Confirmed Failed samples tolerated before rollback. */
  failureLimit: number;
  /** Error samples in a row tolerated. */
  consecutiveErrorLimit: number;
  onMonitorError: 'rollback' | 'fail' | 'ignore';
  onNoData: 'rollback' | 'inconclusive' | 'pass';
  /** Inconclusive samples tolerated; one more ends the window inconclusive (a human decides). */
  inconclusiveLimit: number;
}

/** Counts kept across samples. */
export interface PolicyCounters {
  successful: number;
  failed: number;
  errors: number;
  consecutiveErrors: number;
  inconclusive: number;
}

/** What to do after a sample. */
export type Decision =
  | { action: 'continue' }
  | { action: 'rollback'; reason: string }
  | { action: 'stop'; reason: string }
  | { action: 'inconclusive'; reason: string };

/** Zero counters. */
export function freshCounters(): PolicyCounters {
  return { successful: 0, failed: 0, errors: 0, consecutiveErrors: 0, inconclusive: 0 };
}

/** The phase of a sample from its thresholds' verdicts (a breach wins over missing data). */
export function phaseOf(
  verdicts: readonly SampleVerdict[],
  onNoData: PolicySettings['onNoData'],
): Phase {
  if (verdicts.some((v) => v.verdict === 'breach')) return 'Failed';
  if (verdicts.length === 0 || verdicts.some((v) => v.verdict === 'nodata')) {
    if (onNoData === 'rollback') return 'Failed';
    return onNoData === 'pass' ? 'Successful' : 'Inconclusive';
  }
  return 'Successful';
}

/** Counts one (confirmed) sample and decides what happens next. */
export function decide(
  counters: PolicyCounters,
  phase: Phase,
  policy: PolicySettings,
  describe: () => string,
): { counters: PolicyCounters; decision: Decision } {
  const next = { ...counters };
  if (phase === 'Error') {
    next.errors += 1;
    next.consecutiveErrors += 1;
  } else {
    next.consecutiveErrors = 0;
    if (phase === 'Successful') next.successful += 1;
    if (phase === 'Failed') next.failed += 1;
    if (phase === 'Inconclusive') next.inconclusive += 1;
  }
  if (phase === 'Failed' && next.failed > policy.failureLimit) {
    return {
      counters: next,
      decision: {
        action: 'rollback',
        reason: `${describe()} (${next.failed} failed sample(s), failure-limit ${policy.failureLimit})`,
      },
    };
  }
  if (phase === 'Inconclusive' && next.inconclusive > policy.inconclusiveLimit) {
    return {
      counters: next,
      decision: {
        action: 'inconclusive',
        reason: `${describe()} (${next.inconclusive} inconclusive sample(s), inconclusive-limit ${policy.inconclusiveLimit})`,
      },
    };
  }
  if (
    phase === 'Error' &&
    next.consecutiveErrors > policy.consecutiveErrorLimit &&
    policy.onMonitorError !== 'ignore'
  ) {
    const reason = `${next.consecutiveErrors} monitoring errors in a row (consecutive-error-limit ${policy.consecutiveErrorLimit}): ${describe()}`;
    return {
      counters: next,
      decision:
        policy.onMonitorError === 'rollback'
          ? { action: 'rollback', reason }
          : { action: 'stop', reason },
    };
  }
  return { counters: next, decision: { action: 'continue' } };
}

/**
 * The thresholds a window never measured (README, "Decisions people trust"): a window is `pass`
 * only when every threshold was measured at least once (and, having ended without a rollback,
 * held). With `on-no-data: pass` a threshold without data counts as held, as the input says.
 */
export function unmeasured(
  samples: readonly SampleRecord[],
  thresholds: readonly string[],
  onNoData: PolicySettings['onNoData'],
): string[] {
  if (onNoData === 'pass') return [];
  const measured = new Set<string>();
  for (const sample of samples)
    for (const v of sample.verdicts) if (v.verdict !== 'nodata') measured.add(v.threshold);
  return thresholds.filter((t) => !measured.has(t));
}

/** The verdict of a whole window that ended without a rollback (see {@link unmeasured}). */
export function windowVerdict(
  samples: readonly SampleRecord[],
  thresholds: readonly string[],
  onNoData: PolicySettings['onNoData'],
): 'pass' | 'inconclusive' {
  return unmeasured(samples, thresholds, onNoData).length === 0 ? 'pass' : 'inconclusive';
}
