/** workflow-metrics.json (src/core/metrics.ts). */
import { describe, expect, it } from 'vitest';
import { updateMetrics } from '../../src/core/metrics.js';
import { initialState, type LaneState } from '../../src/core/state.js';

const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

/** A run's state, its figures set by each test. */
const base = (overrides: Partial<LaneState> = {}): LaneState => ({
  ...initialState({
    hotfix: { number: 42, padded: '042', slug: 'x' },
    branch: 'hotfix/042-x',
    sha: 'a',
    environment: 'production',
    specPath: 's',
    tasksPath: 't',
    thresholds: [],
    startedAt: T0,
    dryRun: false,
  }),
  ...overrides,
});

describe('workflow-metrics.json', () => {
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

describe('workflow-metrics.json', () => {
  it('keeps the seed schema, other keys, and computes the 30-day summary', () => {
    const now = Date.UTC(2026, 10, 25, 4, 0, 0);
    const existing = {
      other_tool: { keep: true },
      features: {
        '041-hotfix': {
          workflow: 'hotfix',
          status: 'resolved',
          phases: {},
          hotfix_metrics: {
            time_to_resolution_seconds: 3600,
            rollback_triggered: false,
            post_mortem_done: true,
            root_cause_identified: true,
            permanent_fix_created: false,
          },
          total_duration_seconds: 3600,
          timestamp: new Date(now - 86_400_000).toISOString(),
        },
        '001-feature': { workflow: 'feature', timestamp: new Date(now).toISOString() },
      },
    };
    const s = base({
      status: 'rolled-back',
      endedAt: Date.UTC(2026, 10, 25, 3, 30, 0),
      rollback: { id: 1, ref: 'b' },
    });
    const out = updateMetrics(existing, s, now);
    expect(out.other_tool).toEqual({ keep: true });
    expect(out.features['042-hotfix']).toMatchObject({
      workflow: 'hotfix',
      status: 'rolled-back',
      hotfix_metrics: {
        time_to_resolution_seconds: 1800,
        rollback_triggered: true,
        post_mortem_done: false,
      },
      total_duration_seconds: 1800,
      timestamp: new Date(now).toISOString(),
    });
    expect(Object.keys(out.features['042-hotfix']!.phases)).toEqual([
      'scaffold',
      'gate',
      'deploy',
      'monitor',
      'rollback',
      'escalate',
    ]);
    expect(out.summary.last_30_days.hotfix).toEqual({
      count: 2,
      avg_duration_hours: 0.75,
      rollback_rate: 0.5,
    });
  });
});
