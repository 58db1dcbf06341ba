/**
 * A LaneRecord (src/core/lane-record.ts) over the lane's fakes, opened as the lane opens one for a
 * new hotfix, for tests of the record and of the rollback ladder on their own.
 */
import { LaneRecord } from '../../src/core/lane-record.js';
import { planLane } from '../../src/core/plan.js';
import { readSpec, renderSpec } from '../../src/core/spec.js';
import { initialState, type LaneState } from '../../src/core/state.js';
import { renderTasks } from '../../src/core/tasks.js';
import { laneWorld, SPEC, TASKS, type LaneWorldOptions } from './lane-world.js';

/** A new hotfix's LaneRecord, with the world it writes to. */
export function recordOf(
  options: Partial<LaneWorldOptions> & { inputs?: Record<string, string> } = {},
) {
  const world = laneWorld({ ...options, inputs: options.inputs ?? {} });
  const { input, clock } = world;
  const specText = renderSpec({
    id: input.hotfix,
    environment: input.settings.environment,
    branch: input.branch,
    createdAt: clock.now(),
    version: input.version,
  });
  const tasksText = renderTasks({
    id: input.hotfix,
    createdAt: clock.now(),
    monitorDuration: '10m',
    rollbackPlan: 'redeploy',
  });
  const plan = planLane(input.settings, readSpec(specText, SPEC), SPEC);
  const state: LaneState = initialState({
    hotfix: input.hotfix,
    branch: input.branch,
    sha: input.sha,
    environment: plan.environment,
    specPath: SPEC,
    tasksPath: TASKS,
    startedAt: clock.now(),
    thresholds: plan.thresholds,
    dryRun: input.settings.dryRun,
  });
  const record = new LaneRecord(input, plan, state, specText, tasksText);
  return { ...world, record, state };
}
