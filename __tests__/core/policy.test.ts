import { describe, expect, it } from 'vitest';
import { monitor } from '../../src/core/monitor.js';
import {
  decide,
  freshCounters,
  phaseOf,
  windowVerdict,
  type PolicySettings,
} from '../../src/core/policy.js';
import { parseThresholds } from '../../src/core/thresholds.js';
import { FakeClock, scriptedSource } from '../helpers/fakes.js';

const policy: PolicySettings = {
  failureLimit: 0,
  consecutiveErrorLimit: 4,
  onMonitorError: 'rollback',
  onNoData: 'inconclusive',
  inconclusiveLimit: 0,
};
const pass = { threshold: 't', metric: 'm', verdict: 'pass' as const, observed: 0, limit: 1 };
const breach = { ...pass, verdict: 'breach' as const };
const nodata = { threshold: 't', metric: 'm', verdict: 'nodata' as const };

describe('phases', () => {
  it('a breach wins over missing data; missing data follows on-no-data', () => {
    expect(phaseOf([pass, breach, nodata], 'pass')).toBe('Failed');
    expect(phaseOf([pass], 'rollback')).toBe('Successful');
    expect(phaseOf([pass, nodata], 'inconclusive')).toBe('Inconclusive');
    expect(phaseOf([nodata], 'pass')).toBe('Successful');
    expect(phaseOf([nodata], 'rollback')).toBe('Failed');
    expect(phaseOf([], 'inconclusive')).toBe('Inconclusive');
  });
});

describe('limits', () => {
  const run = (phases: Parameters<typeof decide>[1][], settings: PolicySettings) => {
    let counters = freshCounters();
    const decisions: string[] = [];
    for (const phase of phases) {
      const step = decide(counters, phase, settings, () => 'x');
      counters = step.counters;
      decisions.push(step.decision.action);
    }
    return { decisions, counters };
  };

  it('rolls back on the first Failed sample beyond failure-limit', () => {
    expect(run(['Successful', 'Failed'], policy).decisions).toEqual(['continue', 'rollback']);
    expect(
      run(['Failed', 'Successful', 'Failed', 'Failed'], { ...policy, failureLimit: 2 }).decisions,
    ).toEqual(['continue', 'continue', 'continue', 'rollback']);
  });

  it('tolerates consecutive-error-limit errors in a row, and a success resets the streak', () => {
    const errors = ['Error', 'Error', 'Successful', 'Error', 'Error', 'Error'] as const;
    expect(run([...errors], { ...policy, consecutiveErrorLimit: 2 }).decisions).toEqual([
      'continue',
      'continue',
      'continue',
      'continue',
      'continue',
      'rollback',
    ]);
  });

  it('on-monitor-error: fail stops without rollback; ignore goes on', () => {
    expect(
      run(['Error', 'Error'], { ...policy, consecutiveErrorLimit: 1, onMonitorError: 'fail' })
        .decisions,
    ).toEqual(['continue', 'stop']);
    expect(
      run(['Error', 'Error', 'Error'], {
        ...policy,
        consecutiveErrorLimit: 0,
        onMonitorError: 'ignore',
      }).decisions,
    ).toEqual(['continue', 'continue', 'continue']);
  });
});

describe('monitor with a fake clock', () => {
  const thresholds = parseThresholds('error_rate < 1%', { input: 'thresholds' });
  const base = {
    thresholds,
    durationMs: 60_000,
    intervalMs: 10_000,
    initialDelayMs: 0,
    confirmSamples: 0,
    confirmIntervalMs: 1000,
    policy,
  };

  it('samples on a fixed cadence for the whole window', async () => {
    const clock = new FakeClock(0);
    const source = scriptedSource(clock, () => ({ error_rate: 0 }));
    const outcome = await monitor({ ...base, clock, source });
    expect(outcome.verdict).toBe('pass');
    expect(source.calls).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
  });

  it('waits monitor-initial-delay before the first sample', async () => {
    const clock = new FakeClock(0);
    const source = scriptedSource(clock, () => ({ error_rate: 0 }));
    await monitor({ ...base, clock, source, initialDelayMs: 5000, durationMs: 10_000 });
    expect(source.calls).toEqual([5000, 15_000]);
  });

  it('stops at the breach, not at the end of the window', async () => {
    const clock = new FakeClock(0);
    const source = scriptedSource(clock, (t) => ({ error_rate: t >= 25_000 ? 0.2 : 0 }));
    const outcome = await monitor({ ...base, clock, source });
    expect(outcome.verdict).toBe('rollback');
    expect(clock.now()).toBe(30_000);
  });

  it('confirms with confirm-samples quick samples, confirm-interval apart, and keeps the cadence', async () => {
    const clock = new FakeClock(0);
    // Bad only at t=20 s: confirmation at 21 s and 22 s sees it healthy.
    const source = scriptedSource(clock, (t) => ({ error_rate: t === 20_000 ? 0.5 : 0 }));
    const outcome = await monitor({
      ...base,
      clock,
      source,
      confirmSamples: 2,
      confirmIntervalMs: 1000,
    });
    expect(outcome.verdict).toBe('pass');
    expect(source.calls).toEqual([0, 10_000, 20_000, 21_000, 30_000, 40_000, 50_000, 60_000]);
    expect(outcome.samples.find((s) => s.at === 21_000)?.note).toMatch(/not confirmed/);
  });

  it('rolls back a confirmed breach right after the last confirmation sample', async () => {
    const clock = new FakeClock(0);
    const source = scriptedSource(clock, (t) => ({ error_rate: t >= 20_000 ? 0.5 : 0 }));
    const outcome = await monitor({
      ...base,
      clock,
      source,
      confirmSamples: 2,
      confirmIntervalMs: 2000,
    });
    expect(outcome.verdict).toBe('rollback');
    expect(source.calls).toEqual([0, 10_000, 20_000, 22_000, 24_000]);
    expect(outcome.samples.filter((s) => s.confirmation)).toHaveLength(2);
  });

  it('maps a failing source to Error and the policy to rollback past the limit', async () => {
    const clock = new FakeClock(0);
    const source = scriptedSource(clock, () => new Error('ECONNREFUSED'));
    const outcome = await monitor({
      ...base,
      clock,
      source,
      policy: { ...policy, consecutiveErrorLimit: 1 },
    });
    expect(outcome.verdict).toBe('rollback');
    expect(outcome.samples.map((s) => s.phase)).toEqual(['Error', 'Error']);
    expect(outcome.samples[0]?.note).toBe('scripted: ECONNREFUSED');
  });
});

describe('policy counters', () => {
  const policy = {
    failureLimit: 1,
    consecutiveErrorLimit: 1,
    onMonitorError: 'rollback' as const,
    onNoData: 'inconclusive' as const,
    inconclusiveLimit: 1,
  };

  it('counts every phase and rolls back past the failure limit', () => {
    let c = freshCounters();
    const step = (phase: 'Successful' | 'Failed' | 'Error' | 'Inconclusive') => {
      const r = decide(c, phase, policy, () => 'why');
      c = r.counters;
      return r.decision;
    };
    expect(step('Inconclusive')).toEqual({ action: 'continue' });
    expect(step('Error')).toEqual({ action: 'continue' });
    expect(step('Successful')).toEqual({ action: 'continue' });
    expect(step('Failed')).toEqual({ action: 'continue' });
    expect(c).toEqual({
      successful: 1,
      failed: 1,
      errors: 1,
      consecutiveErrors: 0,
      inconclusive: 1,
    });
    expect(step('Error')).toEqual({ action: 'continue' });
    expect(step('Error')).toEqual({
      action: 'rollback',
      reason: '2 monitoring errors in a row (consecutive-error-limit 1): why',
    });
    expect(step('Failed')).toEqual({
      action: 'rollback',
      reason: 'why (2 failed sample(s), failure-limit 1)',
    });
  });

  // README, "Decisions people trust".
  it('inconclusive samples beyond inconclusive-limit end the window inconclusive', () => {
    let c = freshCounters();
    const step = (limit: number) => {
      const r = decide(c, 'Inconclusive', { ...policy, inconclusiveLimit: limit }, () => 'why');
      c = r.counters;
      return r.decision;
    };
    expect(step(1)).toEqual({ action: 'continue' });
    expect(step(1)).toEqual({
      action: 'inconclusive',
      reason: 'why (2 inconclusive sample(s), inconclusive-limit 1)',
    });
    c = freshCounters();
    expect(step(0)).toMatchObject({ action: 'inconclusive' });
  });

  it('a window passes only when every threshold was measured at least once', () => {
    const sample = (...verdicts: [string, 'pass' | 'breach' | 'nodata'][]) => ({
      at: 0,
      phase: 'Successful' as const,
      values: {},
      verdicts: verdicts.map(([threshold, verdict]) => ({ threshold, metric: threshold, verdict })),
    });
    const both = ['error_rate < 1%', 'p95_latency_ms < 800'];
    const rate = sample(['error_rate < 1%', 'pass'], ['p95_latency_ms < 800', 'nodata']);
    const latency = sample(['error_rate < 1%', 'nodata'], ['p95_latency_ms < 800', 'pass']);
    expect(windowVerdict([rate, latency], both, 'inconclusive')).toBe('pass');
    expect(windowVerdict([rate, rate], both, 'inconclusive')).toBe('inconclusive');
    expect(windowVerdict([], both, 'rollback')).toBe('inconclusive');
    expect(windowVerdict([], both, 'pass')).toBe('pass');
  });
});
