/**
 * The rollback ladder: roll back to the target, retry once, then the maintenance command, then
 * escalation. HEAD is never redeployed in place of a missing target.
 */
import { DEPLOY_TASK, short, type LaneRecord } from './lane-record.js';

/**
 * Samples the restored service after the rollback command: what still breaches, or `undefined`
 * when the service holds (or nothing is watched).
 */
export type RollbackCheck = () => Promise<string | undefined>;

/**
 * Rolls back to `target`: retry once, then the maintenance command, then escalation. The
 * rollback command is the first thing that happens (README, "The rollback never waits on
 * GitHub"): the rollback's deployment record, its statuses and the report are written beside
 * it, and their failures are warnings. The command's `HOTFIX_DEPLOYMENT_ID` is the deployment
 * it rolls back, known before any request.
 */
export async function rollBack(
  record: LaneRecord,
  target: string | undefined,
  reason: string,
  verify?: RollbackCheck,
): Promise<'rolled-back' | 'escalated'> {
  const { plan, settings } = record;
  record.step('rollback', 'running', reason);
  record.event(`Rollback started: ${reason}`);
  const published = record.beside(record.publish(), 'update the report');
  if (!target) {
    await published;
    record.step('rollback', 'failed', 'no earlier successful deployment to roll back to');
    return escalate(
      record,
      'There is no earlier successful deployment to roll back to (HEAD is never redeployed instead).',
    );
  }
  const rollbackOf = record.state.deployment?.id ?? record.replaces;
  const recorded = record.beside(
    (async () => {
      const deployment = await record.createDeployment({
        environment: plan.environment,
        ref: target,
        task: DEPLOY_TASK,
        payload: { ...record.payload(target), rollbackOf },
        description: `Rollback of hotfix ${record.input.hotfix.padded}`,
      });
      record.state.rollback = {
        id: deployment.id,
        ref: target,
        url: deployment.url,
        state: 'in_progress',
      };
      await record.deploymentStatus(
        deployment.id,
        'in_progress',
        `Rolling back to ${short(target)}`,
      );
      return deployment;
    })(),
    'record the rollback deployment',
  );
  /** The rollback deployment's final status, once its record exists. */
  const settle = async (state: 'success' | 'failure', description: string) => {
    await published;
    const deployment = await recorded;
    if (deployment)
      await record.beside(
        record.deploymentStatus(deployment.id, state, description),
        `set the rollback deployment ${deployment.id} to ${state}`,
      );
  };
  let detail = 'record-only (no rollback command)';
  if (plan.rollbackCommand) {
    const env = record.rollbackEnv(target, rollbackOf ?? '');
    let result = await record.command(
      'rollback',
      plan.rollbackCommand.command,
      env,
      settings.deployTimeoutMs,
    );
    if (!result.ok) {
      record.event(`Rollback failed (${result.detail}): retrying once`);
      result = await record.command(
        'rollback (retry)',
        plan.rollbackCommand.command,
        env,
        settings.deployTimeoutMs,
      );
    }
    if (!result.ok) {
      await settle('failure', `Rollback failed twice: ${result.detail}`);
      record.step('rollback', 'failed', `failed twice: ${result.detail}`);
      return escalate(record, `The rollback to ${short(target)} failed twice (${result.detail}).`);
    }
    detail = `rolled back to ${short(target)}`;
  }
  // A rollback is verified (README, "After a rollback"): the restored service is sampled against
  // the same thresholds before the rollback counts as done.
  const still = await verify?.();
  if (still) {
    await settle('failure', `Service still breaching after rollback: ${still}`.slice(0, 140));
    record.step('rollback', 'failed', `service still breaching after rollback: ${still}`);
    return escalate(
      record,
      `The rollback to ${short(target)} did not restore the service: still breaching after rollback (${still}).`,
    );
  }
  await settle('success', `Rolled back to ${short(target)}`);
  record.step('rollback', 'passed', detail);
  record.tick('T004');
  record.setStatus('Rolled back');
  record.event(`Rolled back to ${short(target)}`);
  return 'rolled-back';
}

/** Runs the maintenance command (if any) and calls for a human, naming who. */
export async function escalate(record: LaneRecord, why: string): Promise<'escalated'> {
  const { settings } = record;
  record.step('escalate', 'running', why);
  let detail = why;
  if (settings.maintenanceCommand) {
    record.event('Running the maintenance command');
    const result = await record.command(
      'maintenance',
      settings.maintenanceCommand,
      record.commandEnv(record.state.rollbackTarget ?? record.input.sha),
      settings.deployTimeoutMs,
    );
    detail += result.ok
      ? ' The maintenance command ran.'
      : ` The maintenance command failed too (${result.detail}).`;
  }
  const mentions = settings.escalationMentions.join(' ');
  record.state.message = `${detail} Manual intervention required${mentions ? `: ${mentions}` : ''}.`;
  record.step('escalate', 'failed', detail);
  record.setStatus('Escalated');
  record.event(`Escalated: ${detail}`);
  return 'escalated';
}
