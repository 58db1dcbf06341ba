/**
 * `.specswarm/workflow-metrics.json` in the seed's schema (README, "Inputs and outputs").
 */
import { resolutionClock, type LaneState } from './state.js';

/** One feature's entry. */
export interface FeatureMetrics {
  workflow: 'hotfix';
  status: string;
  phases: Record<string, { status: string; duration_seconds: number }>;
  hotfix_metrics: {
    time_to_resolution_seconds: number;
    /** `resolution-target` in seconds, and whether the time to resolution is within it. */
    resolution_target_seconds?: number;
    within_target?: boolean;
    rollback_triggered: boolean;
    post_mortem_done: boolean;
    root_cause_identified: boolean;
    permanent_fix_created: boolean;
  };
  total_duration_seconds: number;
  timestamp: string;
}

/** The whole file. */
export interface WorkflowMetrics {
  features: Record<string, FeatureMetrics>;
  summary: {
    last_30_days: { hotfix: { count: number; avg_duration_hours: number; rollback_rate: number } };
  };
  [key: string]: unknown;
}

/** Adds (or replaces) this hotfix's entry and recomputes the 30-day summary. Other keys stay. */
export function updateMetrics(existing: unknown, state: LaneState, now: number): WorkflowMetrics {
  const base = isObject(existing) ? existing : {};
  const features = isObject(base.features)
    ? { ...(base.features as Record<string, FeatureMetrics>) }
    : {};
  const seconds = Math.round(((state.endedAt ?? now) - state.startedAt) / 1000);
  // The time to resolution runs from the hotfix's creation, across re-runs (README, "The clock").
  const clock = resolutionClock(state, now);
  const phases: FeatureMetrics['phases'] = {};
  for (const step of state.steps) {
    phases[step.name] = {
      status: step.state,
      duration_seconds:
        step.startedAt !== undefined && step.endedAt !== undefined
          ? Math.round((step.endedAt - step.startedAt) / 1000)
          : 0,
    };
  }
  const previous = features[`${state.hotfix.padded}-hotfix`]?.hotfix_metrics;
  features[`${state.hotfix.padded}-hotfix`] = {
    workflow: 'hotfix',
    status: state.status,
    phases,
    hotfix_metrics: {
      time_to_resolution_seconds: clock.seconds,
      ...(state.resolutionTargetMs !== undefined
        ? {
            resolution_target_seconds: Math.round(state.resolutionTargetMs / 1000),
            within_target: clock.withinTarget,
          }
        : {}),
      rollback_triggered:
        state.rollback !== undefined ||
        state.steps.some(
          (s) => s.name === 'rollback' && s.state !== 'skipped' && s.state !== 'pending',
        ),
      post_mortem_done: previous?.post_mortem_done ?? false,
      root_cause_identified: previous?.root_cause_identified ?? false,
      permanent_fix_created: previous?.permanent_fix_created ?? false,
    },
    total_duration_seconds: seconds,
    timestamp: new Date(now).toISOString(),
  };
  const recent = Object.values(features).filter(
    (f) =>
      isObject(f) && f.workflow === 'hotfix' && now - Date.parse(f.timestamp) <= 30 * 86_400_000,
  );
  const count = recent.length;
  const avgHours =
    count === 0
      ? 0
      : recent.reduce((sum, f) => sum + (f.total_duration_seconds ?? 0), 0) / count / 3600;
  const rollbacks = recent.filter((f) => f.hotfix_metrics?.rollback_triggered).length;
  const summary = isObject(base.summary) ? { ...base.summary } : {};
  const last30 = isObject(summary.last_30_days) ? { ...summary.last_30_days } : {};
  last30.hotfix = {
    count,
    avg_duration_hours: Math.round(avgHours * 1000) / 1000,
    rollback_rate: count === 0 ? 0 : Math.round((rollbacks / count) * 1000) / 1000,
  };
  summary.last_30_days = last30;
  return { ...base, features, summary } as WorkflowMetrics;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
