/**
 * The rollback ladder (src/core/rollback-ladder.ts): roll back to the target, retry once, then the
 * maintenance command, then escalation; HEAD is never redeployed in place of a missing target
 * (README, "Rollback readiness", "After a rollback", "The rollback never waits on GitHub").
 */
import { describe, expect, it } from 'vitest';
import { escalate, rollBack } from '../../src/core/rollback-ladder.js';
import { stepOf } from '../../src/core/state.js';
import { recordOf } from '../helpers/lane-record.js';
import { GOOD, SHA, SPEC, TASKS } from '../helpers/lane-world.js';

const COMMANDS = {
  'rollback-command': './rollback.sh',
  'maintenance-command': './maintenance.sh',
  'escalation-mentions': '@org/oncall',
};

/** The statuses of the deployment of `ref` the ladder made, as `state: description`. */
function statusesOf(world: ReturnType<typeof recordOf>, ref: string): string[] {
  const made = world.store.records.filter((r) => r.ref === ref && r.description !== 'seeded');
  expect(made).toHaveLength(1);
  return made[0]!.statuses.map((s) => `${s.state}: ${s.description}`);
}

describe('rollBack()', () => {
  it('runs the rollback command with HOTFIX_ROLLBACK=1 for the target, records the rollback deployment in_progress then success, and sets the spec to Rolled back', async () => {
    const world = recordOf({ inputs: COMMANDS });
    const { record, runner, files, state } = world;
    state.deployment = { id: 41, ref: SHA, state: 'in_progress' };

    const outcome = await rollBack(record, GOOD, 'error_rate 20% > limit 1%');

    expect(outcome).toBe('rolled-back');
    expect(runner.calls.map((c) => [c.label, c.command])).toEqual([['rollback', './rollback.sh']]);
    expect(runner.calls[0]!.env).toMatchObject({
      HOTFIX_REF: GOOD,
      HOTFIX_ROLLBACK: '1',
      HOTFIX_DEPLOYMENT_ID: '41',
    });
    const made = world.store.records.find((r) => r.ref === GOOD && r.description !== 'seeded')!;
    expect(made.payload).toMatchObject({ rollbackTarget: GOOD, rollbackOf: 41 });
    expect(statusesOf(world, GOOD)).toEqual([
      'in_progress: Rolling back to bbbbbbb',
      'success: Rolled back to bbbbbbb',
    ]);
    expect(state.rollback).toMatchObject({ ref: GOOD, state: 'success' });
    expect(stepOf(state, 'rollback')).toMatchObject({
      state: 'passed',
      detail: 'rolled back to bbbbbbb',
    });
    await record.journal.save();
    expect(files.files.get(SPEC)).toMatch(/^\*\*Status\*\*: Rolled back/m);
    expect(files.files.get(SPEC)).toMatch(/— Rollback started: error_rate 20% > limit 1%$/m);
    expect(files.files.get(TASKS)).toMatch(/### T004[^\n]*\n[\s\S]*?- \[x\]/);
  });

  it('retries a failed rollback command once, and a retry that passes rolls back', async () => {
    const world = recordOf({
      inputs: COMMANDS,
      exit: (spec) => (spec.label === 'rollback' ? 1 : 0),
    });
    expect(await rollBack(world.record, GOOD, 'breach')).toBe('rolled-back');
    expect(world.runner.labels()).toEqual(['rollback', 'rollback (retry)']);
    expect(statusesOf(world, GOOD).at(-1)).toBe('success: Rolled back to bbbbbbb');
  });

  it('a rollback that fails twice: the rollback deployment failure, the maintenance command for the target, escalated naming who', async () => {
    const world = recordOf({
      inputs: COMMANDS,
      exit: (spec) => (spec.label.startsWith('rollback') ? 3 : 0),
    });
    world.state.rollbackTarget = GOOD;
    expect(await rollBack(world.record, GOOD, 'breach')).toBe('escalated');
    expect(world.runner.labels()).toEqual(['rollback', 'rollback (retry)', 'maintenance']);
    expect(world.runner.calls[2]!.env.HOTFIX_REF).toBe(GOOD);
    expect(statusesOf(world, GOOD).at(-1)).toBe('failure: Rollback failed twice: exited with 3');
    expect(stepOf(world.state, 'rollback').state).toBe('failed');
    expect(stepOf(world.state, 'escalate').state).toBe('failed');
    expect(world.state.message).toBe(
      'The rollback to bbbbbbb failed twice (exited with 3). The maintenance command ran. Manual intervention required: @org/oncall.',
    );
  });

  it('without a target escalates at once: no command, no deployment, HEAD never redeployed', async () => {
    const world = recordOf({ inputs: COMMANDS });
    const before = world.store.records.length;
    expect(await rollBack(world.record, undefined, 'breach')).toBe('escalated');
    expect(world.runner.labels()).toEqual(['maintenance']);
    expect(world.store.records).toHaveLength(before);
    expect(stepOf(world.state, 'rollback')).toMatchObject({
      state: 'failed',
      detail: 'no earlier successful deployment to roll back to',
    });
    expect(world.state.message).toMatch(
      /^There is no earlier successful deployment to roll back to \(HEAD is never redeployed instead\)\./,
    );
  });

  it('a restored service that still breaches: the rollback deployment failure "Service still breaching after rollback", escalated', async () => {
    const world = recordOf({ inputs: COMMANDS });
    const outcome = await rollBack(world.record, GOOD, 'breach', async () => 'error_rate 20% > 1%');
    expect(outcome).toBe('escalated');
    expect(statusesOf(world, GOOD).at(-1)).toBe(
      'failure: Service still breaching after rollback: error_rate 20% > 1%',
    );
    expect(world.state.message).toMatch(
      /^The rollback to bbbbbbb did not restore the service: still breaching after rollback \(error_rate 20% > 1%\)\./,
    );
  });

  it('record-only (no rollback command): the rollback is recorded as done, no command runs', async () => {
    const world = recordOf();
    expect(await rollBack(world.record, GOOD, 'breach')).toBe('rolled-back');
    expect(world.runner.calls).toEqual([]);
    expect(stepOf(world.state, 'rollback').detail).toBe('record-only (no rollback command)');
    expect(statusesOf(world, GOOD).at(-1)).toBe('success: Rolled back to bbbbbbb');
  });

  it('runs the rollback command before GitHub has answered for the rollback deployment, and still rolls back when it never answers', async () => {
    const world = recordOf({ inputs: COMMANDS, recordWaitMs: 20 });
    const created = world.store.create.bind(world.store);
    let answered = false;
    world.store.create = (input) =>
      new Promise((resolve) => {
        setTimeout(() => {
          answered = true;
          resolve(created(input));
        }, 200);
      });
    let answeredAtCommand: boolean | undefined;
    const run = world.runner.run.bind(world.runner);
    world.runner.run = async (spec) => {
      answeredAtCommand = answered;
      return run(spec);
    };
    expect(await rollBack(world.record, GOOD, 'breach')).toBe('rolled-back');
    expect(answeredAtCommand).toBe(false);
    expect(world.reporter.warnings).toContain(
      'Could not record the rollback deployment: no answer within 20ms; the run goes on without it (it may still land later)',
    );
  });
});

describe('escalate()', () => {
  it('a maintenance command that fails too is said so; without one the reason stands alone', async () => {
    const failing = recordOf({ inputs: COMMANDS, exit: () => 2 });
    await escalate(failing.record, 'Why.');
    expect(failing.state.message).toBe(
      'Why. The maintenance command failed too (exited with 2). Manual intervention required: @org/oncall.',
    );
    const bare = recordOf();
    await escalate(bare.record, 'Why.');
    expect(bare.runner.calls).toEqual([]);
    expect(bare.state.message).toBe('Why. Manual intervention required.');
    await bare.record.journal.save();
    expect(bare.files.files.get(SPEC)).toMatch(/^\*\*Status\*\*: Escalated/m);
  });
});
