/**
 * A lane state for tests of what reads one (the report, the run's end, the metrics file): hotfix
 * 042 on production, every step pending, with the overrides given.
 */
import { initialState, type LaneState } from '../../src/core/state.js';

export const STARTED = Date.UTC(2026, 10, 25, 3, 0, 0);

export function laneState(overrides: Partial<LaneState> = {}): LaneState {
  return {
    ...initialState({
      hotfix: { number: 42, padded: '042', slug: 'login-500' },
      branch: 'hotfix/042-login-500',
      sha: 'a'.repeat(40),
      environment: 'production',
      specPath: '.specswarm/features/042-hotfix/hotfix.md',
      tasksPath: '.specswarm/features/042-hotfix/tasks.md',
      startedAt: STARTED,
      thresholds: [],
      dryRun: false,
    }),
    ...overrides,
  };
}
