/**
 * The lane's state (src/core/state.ts): the exit code of each status (README, "The CLI"), the
 * incident's clock (README, "The clock"), and the words the report and messages share.
 */
import { describe, expect, it } from 'vitest';
import {
  divergedWords,
  exitCodeOf,
  LANE_STATUSES,
  resolutionClock,
  sameEnvironment,
  stepOf,
} from '../../src/core/state.js';
import { laneState, STARTED } from '../helpers/lane-state.js';

const T0 = STARTED;
const fresh = (extra: { createdAt?: number; resolutionTargetMs?: number } = {}) => laneState(extra);

describe('state', () => {
  it('gives every status the exit code the README lists', () => {
    expect(Object.fromEntries(LANE_STATUSES.map((s) => [s, exitCodeOf(s)]))).toEqual({
      resolved: 0,
      skipped: 0,
      'dry-run': 0,
      'gate-failed': 10,
      'deploy-failed': 11,
      breached: 12,
      'rolled-back': 13,
      escalated: 14,
      blocked: 15,
      inconclusive: 16,
    });
  });

  it('starts running with every step pending, in order', () => {
    const state = fresh();
    expect(state.status).toBe('running');
    expect(state.steps.map((s) => `${s.name}:${s.state}`)).toEqual([
      'scaffold:pending',
      'gate:pending',
      'deploy:pending',
      'monitor:pending',
      'rollback:pending',
      'escalate:pending',
    ]);
    expect(stepOf(state, 'monitor')).toBe(state.steps[3]);
    expect(state.samples).toEqual([]);
    expect(state.plannedCommands).toEqual([]);
  });

  it("counts the clock from the hotfix's creation (else this run's start) to the run's end, against the target", () => {
    const created = fresh({ createdAt: T0 - 10 * 60_000, resolutionTargetMs: 15 * 60_000 });
    created.endedAt = T0 + 4 * 60_000;
    expect(resolutionClock(created, T0 + 99 * 60_000)).toEqual({
      seconds: 840,
      withinTarget: true,
    });
    created.endedAt = T0 + 6 * 60_000;
    expect(resolutionClock(created, 0)).toEqual({ seconds: 960, withinTarget: false });
    // Still running: up to now; no target: no verdict.
    expect(resolutionClock(fresh(), T0 + 30_000)).toEqual({ seconds: 30 });
  });

  it('says behind and diverged as a sentence does, and compares environments without case', () => {
    expect(`the hotfix is ${divergedWords('behind')} what runs`).toBe(
      'the hotfix is behind what runs',
    );
    expect(`the hotfix is ${divergedWords('diverged')} what runs`).toBe(
      'the hotfix is diverged from what runs',
    );
    expect(sameEnvironment('Production', 'production')).toBe(true);
    expect(sameEnvironment('production', 'production-eu')).toBe(false);
  });
});
