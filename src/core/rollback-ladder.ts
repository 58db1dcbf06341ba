/**
 * The rollback ladder: roll back to the target, retry once, then the maintenance command, then
 * escalation. HEAD is never redeployed in place of a missing target.
 */
import { DEPLOY_TASK, short, type LaneRecord } from './lane-record.js';

/** Rolls back to `target`: retry once, then the maintenance command, then escalation. */
export async function rollBack(
  record: LaneRecord,
  target: string | undefined,
  reason: string,
): Promise<'rolled-back' | 'escalated'> {
  const { plan, settings } = record;
  record.step('rollback', 'running', reason);
  record.event(`Rollback started: ${reason}`);
  await record.publish();
  if (!target) {
    record.step('rollback', 'failed', 'no earlier successful deployment to roll back to');
    return escalate(
      record,
      'There is no earlier successful deployment to roll back to (HEAD is never redeployed instead).',
    );
  }
  const deployment = await record.createDeployment({
    environment: plan.environment,
    ref: target,
    task: DEPLOY_TASK,
    payload: {
      ...record.payload(target),
      rollbackOf: record.state.deployment?.id ?? record.replaces,
    },
    description: `Rollback of hotfix ${record.input.hotfix.padded}`,
  });
  record.state.rollback = {
    id: deployment.id,
    ref: target,
    url: deployment.url,
    state: 'in_progress',
  };
  await record.deploymentStatus(deployment.id, 'in_progress', `Rolling back to ${short(target)}`);
  let detail = 'record-only (no rollback command)';
  if (plan.rollbackCommand) {
    const env = record.rollbackEnv(target, deployment.id);
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
      await record.deploymentStatus(
        deployment.id,
        'failure',
        `Rollback failed twice: ${result.detail}`,
      );
      record.step('rollback', 'failed', `failed twice: ${result.detail}`);
      return escalate(record, `The rollback to ${short(target)} failed twice (${result.detail}).`);
    }
    detail = `rolled back to ${short(target)}`;
  }
  await record.deploymentStatus(deployment.id, 'success', `Rolled back to ${short(target)}`);
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
