/**
 * The state of a hotfix rebuilt from its deployments' records, for `status` runs (dispatch,
 * `/hotfix status`, a PR opened) that re-render the report without running anything.
 */
import { hotfixBranchName, type HotfixId } from './branch.js';
import type { DeploymentRecord } from './ports.js';
import { isActiveState } from './rollback-target.js';
import { INCONCLUSIVE_STATUS, initialState, stepOf, type LaneState } from './state.js';

/** Rebuilds a report state from the environment's records (newest first); `branch` as recorded. */
export function stateFromRecords(
  hotfix: HotfixId,
  environment: string,
  records: readonly DeploymentRecord[],
  paths: { spec: string; tasks: string },
  now: number,
  branch: string = hotfixBranchName(hotfix),
): LaneState {
  const mine = records.filter((r) => r.payload.hotfix === hotfix.padded);
  const deployment = mine.find((r) => r.payload.rollbackOf === undefined);
  const rollback = mine.find((r) => r.payload.rollbackOf !== undefined);
  const state = initialState({
    hotfix,
    branch,
    sha: deployment?.ref ?? '',
    environment,
    specPath: paths.spec,
    tasksPath: paths.tasks,
    thresholds: [],
    startedAt: deployment ? Date.parse(deployment.createdAt) : now,
    dryRun: false,
  });
  for (const step of state.steps) step.state = 'skipped';
  state.endedAt = now;
  if (!deployment) {
    state.status = 'skipped';
    state.message = `No deployment of hotfix ${hotfix.padded} in ${environment} yet.`;
    return state;
  }
  state.deployment = {
    id: deployment.id,
    ref: deployment.ref,
    state: deployment.state,
    url: deployment.url,
  };
  state.rollbackTarget = deployment.payload.rollbackTarget ?? null;
  stepOf(state, 'deploy').state = isActiveState(deployment.state)
    ? 'running'
    : deployment.state === 'error'
      ? 'failed'
      : 'passed';
  if (rollback) {
    state.rollback = { id: rollback.id, ref: rollback.ref, state: rollback.state };
    stepOf(state, 'rollback').state =
      rollback.state === 'success' ? 'passed' : rollback.state === 'failure' ? 'failed' : 'running';
  }
  state.status = recordedStatus(deployment, rollback);
  state.message = `From the deployment records: deployment ${deployment.id} is ${deployment.state ?? 'created'}${deployment.description ? ` (${deployment.description})` : ''}.`;
  return state;
}

/**
 * The status a hotfix's records say it has in one environment: its newest deployment's latest
 * state, and the rollback of it, if any.
 */
export function recordedStatus(
  deployment: DeploymentRecord,
  rollback: DeploymentRecord | undefined,
): LaneState['status'] {
  if (rollback && isActiveState(rollback.state)) return 'running';
  if (rollback?.state === 'success') return 'rolled-back';
  if (rollback?.state === 'failure') return 'escalated';
  if (deployment.state === 'success') return 'resolved';
  if (deployment.state === 'error' && deployment.description?.startsWith(INCONCLUSIVE_STATUS))
    return 'inconclusive';
  if (deployment.state === 'failure' || deployment.state === 'error') return 'breached';
  return 'running';
}
