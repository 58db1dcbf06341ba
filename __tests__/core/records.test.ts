/**
 * What the lane reads from deployment records (the rollback target, a running deployment, the
 * subject of a manual rollback), what the monitor says of samples, and the metrics file.
 */
import { describe, expect, it } from 'vitest';
import { updateMetrics } from '../../src/core/metrics.js';
import { combineSources, describeSample, monitor, takeSample } from '../../src/core/monitor.js';
import type { DeploymentRecord, MetricSource } from '../../src/core/ports.js';
import {
  findRollbackTarget,
  isActiveState,
  isOfHotfix,
  rollbackSubject,
  scanDeployments,
} from '../../src/core/rollback-target.js';
import { initialState, type LaneState, type SampleRecord } from '../../src/core/state.js';
import { parseThresholds } from '../../src/core/thresholds.js';
import { FakeClock } from '../helpers/fakes.js';

const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

function rec(
  id: string | number,
  minutes: number,
  state: DeploymentRecord['state'],
  payload: DeploymentRecord['payload'] = {},
  ref = `ref-${id}`,
): DeploymentRecord {
  return {
    id,
    environment: 'production',
    ref,
    task: 'deploy:hotfix',
    payload,
    createdAt: new Date(T0 + minutes * 60_000).toISOString(),
    state,
  };
}

describe('deployment records', () => {
  it('knows which states are still running', () => {
    expect(
      (
        [
          'in_progress',
          'queued',
          'pending',
          'success',
          'failure',
          'error',
          'inactive',
          undefined,
        ] as const
      ).map(isActiveState),
    ).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('a deployment is of the hotfix by its payload or by its SHA', () => {
    expect(isOfHotfix(rec(1, 0, 'success', { hotfix: '042' }), '042', 'x')).toBe(true);
    expect(isOfHotfix(rec(1, 0, 'success', {}, 'sha'), '042', 'sha')).toBe(true);
    expect(isOfHotfix(rec(1, 0, 'success', { hotfix: '041' }), '042', 'sha')).toBe(false);
  });

  it('the rollback target is the newest success not of this hotfix, whatever the order', () => {
    const records = [
      rec(1, 0, 'success'),
      rec(2, 10, 'success'),
      rec(3, 20, 'failure'),
      rec(4, 30, 'success', { hotfix: '042' }),
      rec(5, 40, 'success', {}, 'this-sha'),
      rec(6, 5, 'success'),
    ];
    expect(findRollbackTarget(records, '042', 'this-sha')?.id).toBe(2);
    expect(findRollbackTarget([...records].reverse(), '042', 'this-sha')?.id).toBe(2);
    expect(findRollbackTarget([rec(1, 0, 'failure')], '042', 'x')).toBeUndefined();
    expect(findRollbackTarget([], '042', 'x')).toBeUndefined();
  });

  it('breaks ties of creation time by id, numerically, else as text', () => {
    expect(findRollbackTarget([rec(9, 0, 'success'), rec(10, 0, 'success')], '1', 'x')?.id).toBe(
      10,
    );
    expect(findRollbackTarget([rec(10, 0, 'success'), rec(9, 0, 'success')], '1', 'x')?.id).toBe(
      10,
    );
    expect(findRollbackTarget([rec('a', 0, 'success'), rec('b', 0, 'success')], '1', 'x')?.id).toBe(
      'b',
    );
    expect(findRollbackTarget([rec('b', 0, 'success'), rec('a', 0, 'success')], '1', 'x')?.id).toBe(
      'b',
    );
  });

  it('a running deployment counts only when it is not older than the target', () => {
    const older = rec(1, 0, 'in_progress', { hotfix: '041' });
    const target = rec(2, 10, 'success');
    const same = rec(3, 10, 'queued', { hotfix: '040' });
    const newer = rec(4, 20, 'pending', { hotfix: '039' });
    const mine = rec(5, 30, 'in_progress', { hotfix: '042' });
    expect(scanDeployments([older, target], '042', 'x')).toEqual({ target, active: undefined });
    expect(scanDeployments([older, target, same], '042', 'x').active).toBe(same);
    expect(scanDeployments([older, target, same, newer, mine], '042', 'x').active).toBe(newer);
    expect(scanDeployments([older], '042', 'x')).toEqual({ target: undefined, active: older });
  });

  it('a manual rollback rolls back the named hotfix, else the current deployment', () => {
    const records = [
      rec(1, 0, 'success'),
      rec(2, 10, 'success', { hotfix: '042' }),
      rec(3, 20, 'success', { hotfix: '042', rollbackOf: 2 }),
      rec(4, 30, 'failure'),
      rec(5, 5, 'success', { hotfix: '042' }),
    ];
    expect(rollbackSubject(records, '042')?.id).toBe(2);
    expect(rollbackSubject(records, '041')).toBeUndefined();
    expect(rollbackSubject(records, undefined)?.id).toBe(3);
    expect(rollbackSubject([rec(1, 0, 'failure')], undefined)).toBeUndefined();
  });
});

describe('samples', () => {
  const thresholds = parseThresholds('error_rate < 1%\nlatency_p95_ms < 800ms', { input: 't' });
  const clock = new FakeClock(T0);
  const source = (values: Record<string, number> | Error, name = 'probe'): MetricSource => ({
    name,
    async sample() {
      if (values instanceof Error) throw values;
      return values;
    },
  });

  it('names each breach in plain numbers: the metric, what was seen and the limit in the threshold\'s unit, and when (README, "Thresholds")', async () => {
    const s = await takeSample(
      source({ error_rate: 0.123456, latency_p95_ms: 900.5 }),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(s).toMatchObject({ at: T0, phase: 'Failed' });
    expect(describeSample(s)).toBe(
      'error_rate 12.35% > limit 1% at 03:00:00 UTC; latency_p95_ms 900.5ms > limit 800ms at 03:00:00 UTC',
    );
    const half = await takeSample(
      source({ error_rate: 0.5, latency_p95_ms: 1 }),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(describeSample(half)).toBe('error_rate 50% > limit 1% at 03:00:00 UTC');
  });

  it('says no data per metric, and all hold when they do', async () => {
    const s = await takeSample(source({ error_rate: 0 }), thresholds, { onNoData: 'pass' }, clock);
    expect(s.verdicts[1]).toEqual({
      threshold: 'latency_p95_ms < 800ms',
      metric: 'latency_p95_ms',
      verdict: 'nodata',
    });
    expect(describeSample(s)).toBe('latency_p95_ms: no data');
    const ok = await takeSample(
      source({ error_rate: 0, latency_p95_ms: 10 }),
      thresholds,
      { onNoData: 'pass' },
      clock,
    );
    expect(ok.phase).toBe('Successful');
    expect(describeSample(ok)).toBe('all thresholds hold');
  });

  it('turns a failing source into an Error sample, unless the run was aborted', async () => {
    const s = await takeSample(
      source(new Error('ECONNREFUSED'), 'prometheus'),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(s).toEqual({
      at: T0,
      phase: 'Error',
      values: {},
      verdicts: [],
      note: 'prometheus: ECONNREFUSED',
    });
    expect(describeSample(s)).toBe('prometheus: ECONNREFUSED');
    expect(describeSample({ ...s, note: undefined })).toBe('the metric source failed');
    const controller = new AbortController();
    controller.abort();
    await expect(
      takeSample(
        source(new Error('aborted')),
        thresholds,
        { onNoData: 'inconclusive' },
        clock,
        undefined,
        controller.signal,
      ),
    ).rejects.toThrowError('aborted');
  });

  it('merges several sources; one failing fails the sample', async () => {
    const one = source({ a: 1 }, 'one');
    expect(combineSources([one])).toBe(one);
    const both = combineSources([one, source({ b: 2 }, 'two')]);
    expect(both.name).toBe('one+two');
    expect(await both.sample()).toEqual({ a: 1, b: 2 });
    await expect(combineSources([one, source(new Error('down'))]).sample()).rejects.toThrow('down');
  });
});

describe('the monitor window', () => {
  const thresholds = parseThresholds('error_rate < 1%', { input: 't' });
  const policy = {
    failureLimit: 0,
    consecutiveErrorLimit: 4,
    onMonitorError: 'rollback' as const,
    onNoData: 'inconclusive' as const,
    inconclusiveLimit: 0,
  };
  const run = async (
    values: (i: number) => Record<string, number> | Error,
    options: {
      initialDelayMs?: number;
      intervalMs?: number;
      durationMs?: number;
      onMonitorError?: 'fail';
    } = {},
  ) => {
    const clock = new FakeClock(T0);
    let i = 0;
    const seen: SampleRecord[] = [];
    const outcome = await monitor({
      thresholds,
      source: {
        name: 's',
        async sample() {
          const v = values(i++);
          if (v instanceof Error) throw v;
          return v;
        },
      },
      clock,
      durationMs: options.durationMs ?? 60_000,
      intervalMs: options.intervalMs ?? 30_000,
      initialDelayMs: options.initialDelayMs ?? 0,
      confirmSamples: 0,
      confirmIntervalMs: 1000,
      policy: {
        ...policy,
        ...(options.onMonitorError
          ? { onMonitorError: 'fail' as const, consecutiveErrorLimit: 1 }
          : {}),
      },
      onSample: (s) => {
        seen.push(s);
      },
    });
    return { outcome, times: seen.map((s) => (s.at - T0) / 1000), clock };
  };

  it('waits the initial delay, then samples at start, every interval, to the end', async () => {
    const { outcome, times } = await run(() => ({ error_rate: 0 }), { initialDelayMs: 10_000 });
    expect(outcome.verdict).toBe('pass');
    expect(times).toEqual([10, 40, 70]);
    const none = await run(() => ({ error_rate: 0 }), { durationMs: 0 });
    expect(none.times).toEqual([0]);
  });

  it('stops at once when the policy says stop (on-monitor-error fail)', async () => {
    const { outcome, times } = await run(() => new Error('x'), { onMonitorError: 'fail' });
    expect(outcome).toMatchObject({
      verdict: 'stop',
      reason: '2 monitoring errors in a row (consecutive-error-limit 1): s: x',
    });
    expect(times).toEqual([0, 30]);
  });

  it('ends inconclusive when no sample had data', async () => {
    const { outcome } = await run(() => ({}));
    expect(outcome.verdict).toBe('inconclusive');
  });
});

describe('workflow-metrics.json', () => {
  const base = (): LaneState =>
    initialState({
      hotfix: { number: 42, padded: '042', slug: 'x' },
      branch: 'hotfix/042-x',
      sha: 'a',
      environment: 'production',
      specPath: 's',
      tasksPath: 't',
      thresholds: [],
      startedAt: T0,
      dryRun: false,
    });

  it('times each phase, counts a rollback step as a rollback, keeps what humans recorded', () => {
    const s = base();
    s.status = 'rolled-back';
    s.endedAt = T0 + 90_000;
    s.steps[0] = { name: 'scaffold', state: 'passed', startedAt: T0, endedAt: T0 + 2_600 };
    s.steps[1] = { name: 'gate', state: 'running', startedAt: T0 };
    s.steps[4] = { name: 'rollback', state: 'failed', startedAt: T0, endedAt: T0 + 1000 };
    const existing = {
      features: {
        '042-hotfix': {
          hotfix_metrics: {
            post_mortem_done: true,
            root_cause_identified: true,
            permanent_fix_created: true,
          },
        },
      },
      summary: { last_30_days: { feature: { count: 3 } }, other: 1 },
    };
    const out = updateMetrics(existing, s, T0 + 100_000);
    const entry = out.features['042-hotfix']!;
    expect(entry.phases).toEqual({
      scaffold: { status: 'passed', duration_seconds: 3 },
      gate: { status: 'running', duration_seconds: 0 },
      deploy: { status: 'pending', duration_seconds: 0 },
      monitor: { status: 'pending', duration_seconds: 0 },
      rollback: { status: 'failed', duration_seconds: 1 },
      escalate: { status: 'pending', duration_seconds: 0 },
    });
    expect(entry.hotfix_metrics).toEqual({
      time_to_resolution_seconds: 90,
      rollback_triggered: true,
      post_mortem_done: true,
      root_cause_identified: true,
      permanent_fix_created: true,
    });
    expect(out.summary).toEqual({
      other: 1,
      last_30_days: {
        feature: { count: 3 },
        hotfix: { count: 1, avg_duration_hours: 0.025, rollback_rate: 1 },
      },
    });
  });

  // README, "The clock".
  it("keeps the time to resolution from hotfix.md's Created and the resolution target, with whether it was met", () => {
    const s = { ...base(), createdAt: T0 - 3_000_000, resolutionTargetMs: 3_600_000 };
    s.status = 'resolved';
    s.endedAt = T0 + 300_000;
    const entry = updateMetrics(undefined, s, T0 + 300_000).features['042-hotfix']!;
    expect(entry.hotfix_metrics).toMatchObject({
      time_to_resolution_seconds: 3300,
      resolution_target_seconds: 3600,
      within_target: true,
    });
    // The run itself took 5 minutes.
    expect(entry.total_duration_seconds).toBe(300);
    const late = { ...s, endedAt: T0 + 700_000 };
    expect(updateMetrics(undefined, late, T0).features['042-hotfix']!.hotfix_metrics).toMatchObject(
      { time_to_resolution_seconds: 3700, within_target: false },
    );
  });

  it('starts a file from nothing or from garbage, and leaves old and other entries out of the summary', () => {
    const s = base();
    s.status = 'resolved';
    for (const existing of [undefined, null, [], 'text', { features: [], summary: [] }]) {
      const out = updateMetrics(existing, s, T0 + 3_600_000);
      expect(out.features['042-hotfix']!.hotfix_metrics).toEqual({
        time_to_resolution_seconds: 3600,
        rollback_triggered: false,
        post_mortem_done: false,
        root_cause_identified: false,
        permanent_fix_created: false,
      });
      expect(out.summary.last_30_days.hotfix).toEqual({
        count: 1,
        avg_duration_hours: 1,
        rollback_rate: 0,
      });
    }
    const day = 86_400_000;
    const out = updateMetrics(
      {
        features: {
          '001-hotfix': {
            workflow: 'hotfix',
            timestamp: new Date(T0 - 30 * day).toISOString(),
            total_duration_seconds: 7200,
          },
          '002-hotfix': {
            workflow: 'hotfix',
            timestamp: new Date(T0 - 31 * day).toISOString(),
            total_duration_seconds: 7200,
          },
          '003-feature': { workflow: 'feature', timestamp: new Date(T0).toISOString() },
          broken: null,
        },
      },
      s,
      T0,
    );
    expect(out.summary.last_30_days.hotfix).toEqual({
      count: 2,
      avg_duration_hours: 1,
      rollback_rate: 0,
    });
  });
});
