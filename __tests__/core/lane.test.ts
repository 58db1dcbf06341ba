import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/core/errors.js';
import { renderReport } from '../../src/core/report.js';
import { runLane, runManualRollback } from '../../src/core/lane.js';
import { readSpec } from '../../src/core/spec.js';
import { resolutionClock } from '../../src/core/state.js';
import { tickedTasks } from '../../src/core/tasks.js';
import type { CommandSpec } from '../../src/core/ports.js';
import { GOOD, SHA, SPEC, TASKS, laneWorld, type LaneWorldOptions } from '../helpers/lane-world.js';

interface Options extends Omit<LaneWorldOptions, 'inputs' | 'exit'> {
  inputs?: Record<string, string>;
  exitCode?: (spec: CommandSpec, call: number) => number;
}

function setup(options: Options = {}) {
  return laneWorld({
    ...options,
    exit: options.exitCode,
    inputs: {
      'test-command': 'npm test',
      'deploy-command': './deploy.sh',
      'probe-url': 'http://127.0.0.1:9/healthz',
      'monitor-duration': '10m',
      'monitor-interval': '30s',
      ...options.inputs,
    },
  });
}

describe('the lane', () => {
  it('resolves a healthy hotfix: scaffold, gate, deploy, watch the whole window, success', async () => {
    const t = setup();
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(result.exitCode).toBe(0);
    expect(t.runner.labels()).toEqual(['test 1/1', 'deploy']);
    // 10m window every 30s: samples at 0, 30, ..., 600 s.
    expect(t.source.calls).toHaveLength(21);
    const hotfix = t.store.records.at(-1)!;
    expect(hotfix).toMatchObject({
      ref: SHA,
      task: 'deploy:hotfix',
      environment: 'production',
      payload: { hotfix: '042', slug: 'login-500', spec: SPEC, rollbackTarget: GOOD },
    });
    expect(hotfix.statuses[0]?.state).toBe('in_progress');
    expect(hotfix.statuses.at(-1)?.state).toBe('success');
    const spec = t.files.files.get(SPEC)!;
    expect(readSpec(spec, SPEC).status).toBe('Resolved');
    expect(spec).toMatch(/## Timeline[\s\S]*Essential tests passed[\s\S]*Finished: resolved/);
    expect([...tickedTasks(t.files.files.get(TASKS)!)]).toEqual(['T001', 'T002', 'T003', 'T004']);
    // One flush: the scaffold and the final state are made durable together.
    expect(t.files.flushes).toEqual(['hotfix 042: resolved']);
  });

  it('rolls back within one interval when error_rate breaches, with confirmation off', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 95 ? 0.5 : 0 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    const rollback = t.commandTimes.find((c) => c.label === 'rollback')!;
    const breachAt = t.deployedAt()! + 95_000;
    expect(rollback.at - breachAt).toBeGreaterThan(0);
    expect(rollback.at - breachAt).toBeLessThanOrEqual(30_000);
    expect(rollback.env).toMatchObject({
      HOTFIX_REF: GOOD,
      HOTFIX_ROLLBACK: '1',
      HOTFIX_NUMBER: '042',
    });
    const [, hotfix, rb] = t.store.records;
    expect(hotfix!.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(hotfix!.statuses.at(-1)!.description).toMatch(
      /^Breached: error_rate 50% > limit 1% at \d\d:\d\d:\d\d UTC/,
    );
    expect(rb).toMatchObject({ ref: GOOD, payload: { rollbackOf: hotfix!.id } });
    expect(rb!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Rolled back');
  });

  it('yields to a human rollback before its next sample: no second rollback, its deployment failure "Rolled back by hand" (README, "Concurrency in an incident")', async () => {
    let human: number | undefined;
    const t = setup({
      inputs: {},
      metrics: (s) => {
        // During the sample at 120 s, someone rolls the hotfix back by hand.
        if (s >= 95 && human === undefined) {
          const lane = t.store.records[1]!;
          t.store.seed({
            ref: GOOD,
            state: 'success',
            payload: { hotfix: '042', rollbackOf: lane.id },
          });
          human = t.store.records.at(-1)!.id as number;
        }
        return { error_rate: 0 };
      },
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    expect(result.state.samples).toHaveLength(5);
    expect(t.commandTimes.map((c) => c.label)).not.toContain('rollback');
    expect(t.store.records).toHaveLength(3);
    const lane = t.store.records[1]!;
    expect(lane.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: 'Rolled back by hand',
    });
    expect(result.state.rollback).toMatchObject({ id: human, ref: GOOD });
    expect(result.state.message).toBe(
      `Stopped watching: rolled back by hand (deployment ${human} of ${GOOD.slice(0, 7)}).`,
    );
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Rolled back');
  });

  it('starts the rollback command before GitHub has recorded anything of the rollback, and the records catch up (README, "The rollback never waits on GitHub")', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const atCommand: string[] = [];
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 95 ? 0.5 : 0 }),
      exitCode: (spec) => {
        if (spec.label === 'rollback') {
          // What GitHub holds when the rollback command starts: no rollback deployment yet,
          // the breached one not marked yet.
          atCommand.push(`${t.store.records.length} ${t.store.records[1]!.statuses.at(-1)!.state}`);
          release();
        }
        return 0;
      },
    });
    const { create, setStatus } = t.store;
    let creates = 0;
    // From the breach on, every write waits until the command has started.
    t.store.create = async (input) => {
      creates += 1;
      if (creates > 1) await gate;
      return create.call(t.store, input);
    };
    t.store.setStatus = async (id, state, ...rest) => {
      if (state === 'failure') await gate;
      return setStatus.call(t.store, id, state, ...rest);
    };
    const result = await runLane(t.input);
    expect(atCommand).toEqual(['2 in_progress']);
    expect(result.status).toBe('rolled-back');
    expect(t.commandTimes.find((c) => c.label === 'rollback')!.env.HOTFIX_DEPLOYMENT_ID).toBe(
      String(t.store.records[1]!.id),
    );
    expect(t.store.records[1]!.statuses.at(-1)!.state).toBe('failure');
    expect(t.store.records[2]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  it('a store whose calls never resolve from the breach on: the rollback command runs, the run ends, every record is a warning (README, "The rollback never waits on GitHub")', async () => {
    let hung = false;
    const never = new Promise<never>(() => {});
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => {
        // From the first breaching sample on, GitHub answers nothing at all.
        if (s >= 95) hung = true;
        return { error_rate: s >= 95 ? 0.5 : 0 };
      },
    });
    t.input.recordWaitMs = 30;
    const store = t.store;
    for (const name of ['create', 'setStatus', 'list', 'scan'] as const) {
      const real = store[name].bind(store) as (...args: unknown[]) => Promise<unknown>;
      (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
        hung ? never : real(...args);
    }
    const publish = t.input.ports.reporter.publish.bind(t.input.ports.reporter);
    t.input.ports.reporter.publish = (state) => (hung ? never : publish(state));
    const flush = t.files.flush.bind(t.files);
    t.files.flush = (message) => (hung ? never : flush(message));

    const result = await runLane(t.input);

    expect(result.status).toBe('rolled-back');
    expect(t.commandTimes.map((c) => c.label)).toEqual(['test 1/1', 'deploy', 'rollback']);
    const late = t.reporter.warnings.filter((w) => w.includes('no answer within 30ms'));
    expect(late.map((w) => w.split(':')[0])).toEqual(
      expect.arrayContaining([
        'Could not set deployment 101 to failure',
        'Could not record the rollback deployment',
        'Could not commit .specswarm/features/042-hotfix/hotfix.md and .specswarm/features/042-hotfix/tasks.md to hotfix/042-login-500 (the outputs, the report and the follow-up issues are written all the same)',
        'Could not publish the report',
        // Its failure status never landed: the end of the run marks it error, and waits no
        // longer for that either.
        'Could not mark deployment 101 as error',
      ]),
    );
    // What GitHub holds is what it held at the breach: the last status it accepted.
    expect(t.store.records[1]!.statuses.at(-1)!.state).toBe('in_progress');
    expect(t.store.records).toHaveLength(2);
  });

  it('a rollback whose records GitHub refuses still rolls back: each record is a warning', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 95 ? 0.5 : 0 }),
    });
    const { create } = t.store;
    let creates = 0;
    t.store.create = async (input) => {
      creates += 1;
      if (creates > 1) throw new Error('GitHub answered 502');
      return create.call(t.store, input);
    };
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    expect(t.commandTimes.map((c) => c.label)).toContain('rollback');
    expect(t.reporter.warnings).toContain(
      'Could not record the rollback deployment: GitHub answered 502',
    );
  });

  it('confirms a breach at once with quick samples, then rolls back', async () => {
    const t = setup({ metrics: (s) => ({ error_rate: s >= 95 ? 0.5 : 0 }) });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    const confirmations = result.state.samples.filter((s) => s.confirmation);
    expect(confirmations).toHaveLength(2);
    expect(confirmations.every((s) => s.phase === 'Failed')).toBe(true);
    const rollback = t.commandTimes.find((c) => c.label === 'rollback')!;
    const firstFailed = result.state.samples.find((s) => s.phase === 'Failed')!;
    expect(rollback.at - firstFailed.at).toBe(2 * 2000);
  });

  it('does not roll back for a single-sample blip', async () => {
    // One bad instant at 120 s; the confirmation samples 2 s later see a healthy service.
    const t = setup({ metrics: (s) => ({ error_rate: s === 120 ? 0.3 : 0 }) });
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(t.runner.labels()).not.toContain('rollback');
    const blip = result.state.samples.find((s) => s.phase === 'Failed' && !s.confirmation);
    expect(blip?.note).toMatch(/not confirmed/);
  });

  it('never deploys when an essential test fails', async () => {
    const t = setup({ exitCode: (spec) => (spec.label.startsWith('test') ? 1 : 0) });
    const result = await runLane(t.input);
    expect(result.status).toBe('gate-failed');
    expect(result.exitCode).not.toBe(0);
    expect(t.runner.labels()).toEqual(['test 1/1']);
    expect(t.store.records).toHaveLength(1);
    expect(t.source.calls).toHaveLength(0);
    expect(result.state.message).toMatch(/npm test \(input test-command\) exited with 1/);
  });

  it('retries a failing rollback once, runs the maintenance command, then escalates', async () => {
    const t = setup({
      inputs: {
        'maintenance-command': './maintenance.sh on',
        'escalation-mentions': '@org/oncall',
        'confirm-samples': '0',
      },
      metrics: () => ({ error_rate: 1 }),
      exitCode: (spec) => (spec.label.startsWith('rollback') ? 3 : 0),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('escalated');
    expect(t.runner.labels()).toEqual([
      'test 1/1',
      'deploy',
      'rollback',
      'rollback (retry)',
      'maintenance',
    ]);
    expect(result.state.message).toMatch(/failed twice.*@org\/oncall/);
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Escalated');
    for (const record of t.store.records.slice(1)) expect(record.state).not.toBe('in_progress');
  });

  // README, "After a rollback".
  it('verifies the rollback: rollback-verify-samples samples of the restored service, confirm-interval apart, then success', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0', 'confirm-interval': '5s' },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    const after = result.state.samples.filter((s) => s.afterRollback);
    expect(after.map((s) => s.phase)).toEqual(['Successful', 'Successful', 'Successful']);
    const rolledAt = t.commandTimes.find((c) => c.label === 'rollback')!.at;
    expect(after.map((s) => (s.at - rolledAt) / 1000)).toEqual([5, 10, 15]);
    const rb = t.store.records.at(-1)!;
    expect(rb.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(t.files.files.get(SPEC)).toMatch(/Rollback verified: 3 sample\(s\) of the restored/);
  });

  it('a rollback that does not restore the service: the rollback deployment failure "Service still breaching after rollback", maintenance, escalated', async () => {
    const t = setup({
      inputs: {
        'confirm-samples': '0',
        'maintenance-command': './maintenance.sh on',
        'escalation-mentions': '@org/oncall',
      },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
      afterRollback: (s) => ({ error_rate: s >= 4 ? 0.2 : 0 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('escalated');
    expect(result.exitCode).toBe(14);
    expect(t.runner.labels()).toEqual(['test 1/1', 'deploy', 'rollback', 'maintenance']);
    // Default 3 samples 2 s apart: the first holds, the second breaches and ends the check.
    expect(result.state.samples.filter((s) => s.afterRollback).map((s) => s.phase)).toEqual([
      'Successful',
      'Failed',
    ]);
    const rb = t.store.records.at(-1)!;
    expect(rb.state).toBe('failure');
    expect(rb.statuses.at(-1)!.description).toMatch(
      /^Service still breaching after rollback: error_rate 20% > limit 1% at /,
    );
    expect(result.state.message).toMatch(
      /did not restore the service: still breaching after rollback \(error_rate 20% > limit 1%.*@org\/oncall/,
    );
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Escalated');
  });

  it('rollback-verify-samples 0 turns the check off: no sample after the rollback', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0', 'rollback-verify-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
      afterRollback: () => ({ error_rate: 1 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    expect(result.state.samples.some((s) => s.afterRollback)).toBe(false);
  });

  it('with nothing watched the rollback check is skipped with a note', async () => {
    const t = setup({
      inputs: { 'probe-url': '' },
      exitCode: (spec) => (spec.label === 'deploy' ? 3 : 0),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('deploy-failed');
    expect(t.source.calls).toHaveLength(0);
    expect(t.files.files.get(SPEC)).toMatch(/The rollback was not verified: nothing is watched/);
  });

  // README, "Keeping people informed".
  it('notifies each event once: deploying and resolved; deploying, breached and rolled-back', async () => {
    const good = setup();
    await runLane(good.input);
    expect(good.notified.map((n) => n.event)).toEqual(['deploying', 'resolved']);
    expect(good.notified[0]).toMatchObject({
      number: '042',
      environment: 'production',
      sha: SHA,
      status: 'running',
      text: 'Hotfix 042 (login-500) deploying in production: deploying aaaaaaa',
    });
    const bad = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
    });
    await runLane(bad.input);
    expect(bad.notified.map((n) => [n.event, n.status])).toEqual([
      ['deploying', 'running'],
      ['breached', 'running'],
      ['rolled-back', 'rolled-back'],
    ]);
    expect(bad.notified[1]!.text).toMatch(
      /^Hotfix 042 \(login-500\) breached in production: error_rate 50% > limit 1% at \d\d:\d\d:\d\d UTC/,
    );
  });

  it('an escalation notification carries escalation-mentions; a gate failure, a block and a dry run say what they are', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0', 'escalation-mentions': '@org/oncall @alice' },
      metrics: () => ({ error_rate: 1 }),
      exitCode: (spec) => (spec.label.startsWith('rollback') ? 3 : 0),
    });
    await runLane(t.input);
    expect(t.notified.map((n) => n.event)).toEqual(['deploying', 'breached', 'escalated']);
    expect(t.notified[2]!.text).toMatch(/@org\/oncall @alice/);
    const gate = setup({ exitCode: (spec) => (spec.label.startsWith('test') ? 1 : 0) });
    await runLane(gate.input);
    expect(gate.notified.map((n) => n.event)).toEqual(['gate-failed']);
    const blocked = setup({ seedGood: false });
    await runLane(blocked.input);
    expect(blocked.notified.map((n) => n.event)).toEqual(['blocked']);
    const dry = setup({ inputs: { 'dry-run': 'true' } });
    await runLane(dry.input);
    expect(dry.notified).toEqual([]);
  });

  it('a notifier that never answers does not hold the rollback, and the run ends within the record wait', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
      notifier: { notify: () => new Promise<void>(() => {}) },
      recordWaitMs: 200,
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    expect(t.runner.labels()).toContain('rollback');
    expect(t.reporter.warnings).toContainEqual(
      expect.stringMatching(/^Could not send the notifications: no answer within 200ms/),
    );
  });

  // README, "Never roll production back by accident".
  it('a hotfix behind or diverged from what runs is blocked: no deployment, exit 15, the running SHA and the fix named', async () => {
    for (const relation of ['behind', 'diverged'] as const) {
      const asked: [string, string][] = [];
      const t = setup({
        history: {
          relation: async (running, hotfix) => {
            asked.push([running, hotfix]);
            return relation;
          },
        },
      });
      const result = await runLane(t.input);
      expect(asked).toEqual([[GOOD, SHA]]);
      expect(result.status).toBe('blocked');
      expect(result.exitCode).toBe(15);
      expect(t.runner.labels()).toEqual(['test 1/1']);
      expect(t.store.records).toHaveLength(1);
      expect(result.state.message).toContain(
        `the hotfix aaaaaaa is ${relation === 'behind' ? 'behind' : 'diverged from'} what production runs (bbbbbbb)`,
      );
      expect(result.state.message).toContain(
        `Merge or rebase ${GOOD.slice(0, 12)} into hotfix/042-login-500`,
      );
      expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Active');
      expect(renderReport(result.state)).toContain('set `allow-diverged` to a written reason');
    }
  });

  it('allow-diverged deploys anyway, stamped in the payload, the Timeline and the report; ahead deploys as usual', async () => {
    const t = setup({
      inputs: { 'allow-diverged': 'the release since is reverted in this branch' },
      history: { relation: async () => 'diverged' },
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(t.store.records.at(-1)!.payload).toMatchObject({
      allowDiverged: 'the release since is reverted in this branch',
    });
    expect(t.files.files.get(SPEC)).toContain(
      'Deploying although the hotfix aaaaaaa is diverged from what production runs (bbbbbbb): the release since is reverted in this branch',
    );
    expect(renderReport(result.state)).toContain('**Deployed although diverged from what runs:**');
    const ahead = setup({ history: { relation: async () => 'ahead' } });
    expect((await runLane(ahead.input)).status).toBe('resolved');
    expect(ahead.store.records.at(-1)!.payload).not.toHaveProperty('allowDiverged');
  });

  it('a history that cannot tell is a warning, and the lane deploys; a dry run says a real run would be blocked', async () => {
    const t = setup({
      history: {
        relation: async () => {
          throw new Error('Not Found');
        },
      },
    });
    expect((await runLane(t.input)).status).toBe('resolved');
    expect(t.reporter.warnings).toContainEqual(
      expect.stringMatching(
        /^Could not compare the hotfix with what production runs \(bbbbbbb\): Not Found/,
      ),
    );
    const dry = setup({
      inputs: { 'dry-run': 'true' },
      history: { relation: async () => 'behind' },
    });
    const result = await runLane(dry.input);
    expect(result.status).toBe('dry-run');
    expect(dry.reporter.lines.join('\n')).toMatch(
      /A real run would be blocked: the hotfix aaaaaaa is behind/,
    );
  });

  // README, "Rollback readiness".
  it('without a rollback target is blocked: no deployment, no deploy command, Status Active with a Timeline line, exit 15', async () => {
    const t = setup({ seedGood: false });
    const result = await runLane(t.input);
    expect(result.status).toBe('blocked');
    expect(result.exitCode).toBe(15);
    expect(t.runner.labels()).toEqual(['test 1/1']);
    expect(t.store.records).toHaveLength(0);
    expect(result.state.rollbackTarget).toBeNull();
    const spec = readSpec(t.files.files.get(SPEC)!, SPEC);
    expect(spec.status).toBe('Active');
    expect(t.files.files.get(SPEC)).toMatch(
      /Blocked: no rollback target in production \(no earlier successful deployment\); nothing deployed/,
    );
    expect(result.state.message).toMatch(/set allow-no-rollback to a written reason/);
  });

  it('with allow-no-rollback deploys anyway, stamped in the payload, the report and the Timeline; a breach then escalates and never deploys HEAD instead', async () => {
    const t = setup({
      seedGood: false,
      inputs: { 'confirm-samples': '0', 'allow-no-rollback': 'first deploy of a new service' },
      metrics: () => ({ error_rate: 1 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('escalated');
    expect(t.runner.labels()).not.toContain('rollback');
    expect(t.store.records).toHaveLength(1);
    expect(t.store.records[0]!.payload).toMatchObject({
      allowNoRollback: 'first deploy of a new service',
    });
    expect(result.state.allowNoRollback).toBe('first deploy of a new service');
    expect(t.files.files.get(SPEC)).toMatch(
      /Deploying without a rollback target: first deploy of a new service/,
    );
    expect(renderReport(result.state)).toContain(
      '**Deployed without a rollback target:** first deploy of a new service',
    );
  });

  it('picks the latest successful deployment that is not of this hotfix, not the previous one', async () => {
    const t = setup({
      seedGood: false,
      inputs: { 'confirm-samples': '0' },
      metrics: () => ({ error_rate: 1 }),
    });
    t.store.seed({ ref: 'c'.repeat(40), state: 'success' });
    t.store.seed({ ref: 'd'.repeat(40), state: 'failure' });
    t.store.seed({ ref: 'e'.repeat(40), state: 'success', payload: { hotfix: '042' } });
    t.store.seed({ ref: SHA, state: 'success' });
    t.store.seed({ ref: 'f'.repeat(40), state: 'in_progress' });
    const result = await runLane(t.input);
    expect(result.state.rollbackTarget).toBe('c'.repeat(40));
  });

  it('reports a breach and stops when auto-rollback is false', async () => {
    const t = setup({
      inputs: { 'auto-rollback': 'false', 'confirm-samples': '0' },
      metrics: () => ({ error_rate: 1 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('breached');
    expect(t.runner.labels()).not.toContain('rollback');
    expect(t.store.records.at(-1)?.state).toBe('failure');
  });

  it('rolls back when the deploy command fails half-way', async () => {
    const t = setup({ exitCode: (spec) => (spec.label === 'deploy' ? 2 : 0) });
    const result = await runLane(t.input);
    expect(result.status).toBe('deploy-failed');
    expect(t.runner.labels()).toEqual(['test 1/1', 'deploy', 'rollback']);
    expect(t.store.records[1]?.state).toBe('failure');
    expect(t.store.records[2]?.state).toBe('success');
  });

  it('counts monitoring errors and rolls back past consecutive-error-limit', async () => {
    const t = setup({
      inputs: { 'consecutive-error-limit': '2' },
      metrics: () => new Error('connection refused'),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('rolled-back');
    const watched = result.state.samples.filter((s) => !s.afterRollback);
    expect(watched.map((s) => s.phase)).toEqual(['Error', 'Error', 'Error']);
    expect(t.files.files.get(SPEC)).toMatch(
      /The rollback could not be verified: no data in 3 sample\(s\) after it/,
    );
  });

  // README, "Decisions people trust".
  it('a no-data sample beyond inconclusive-limit 0 ends the run inconclusive at once: deployment error, no rollback, exit 16', async () => {
    const t = setup({ inputs: { 'monitor-duration': '1m' }, metrics: () => ({}) });
    const result = await runLane(t.input);
    expect(result.status).toBe('inconclusive');
    expect(result.exitCode).toBe(16);
    expect(result.state.samples).toHaveLength(1);
    expect(result.state.message).toMatch(/^Monitoring was inconclusive \(error_rate: no data/);
    expect(t.runner.labels()).toEqual(['test 1/1', 'deploy']);
    const hotfix = t.store.records.at(-1)!;
    expect(hotfix.state).toBe('error');
    expect(hotfix.statuses.at(-1)!.description).toMatch(/^inconclusive: a human decides/);
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Active');
    expect(renderReport(result.state)).toContain('Inconclusive: a human decides');
  });

  it('no-data samples within inconclusive-limit are tolerated, and one more ends the run inconclusive', async () => {
    const late = setup({
      inputs: { 'monitor-duration': '2m', 'inconclusive-limit': '2' },
      metrics: (s): Record<string, number> => (s < 60 ? {} : { error_rate: 0 }),
    });
    expect((await runLane(late.input)).status).toBe('resolved');
    const never = setup({
      inputs: { 'monitor-duration': '2m', 'inconclusive-limit': '2' },
      metrics: () => ({}),
    });
    const result = await runLane(never.input);
    expect(result.status).toBe('inconclusive');
    expect(result.state.samples).toHaveLength(3);
    expect(result.state.message).toContain('3 inconclusive sample(s), inconclusive-limit 2');
  });

  it('resolved only when every threshold was measured: a threshold never measured in the window is inconclusive', async () => {
    const t = setup({
      inputs: {
        'monitor-duration': '1m',
        'inconclusive-limit': '100',
        thresholds: 'error_rate < 1%\nlatency_p95_ms < 800',
      },
      metrics: () => ({ error_rate: 0 }),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('inconclusive');
    expect(result.state.message).toContain('never measured in the window: latency_p95_ms < 800');
    expect(t.store.records.at(-1)?.state).toBe('error');
  });

  it('dry run: runs the gate, prints the commands with HOTFIX_*, deploys and writes nothing', async () => {
    const t = setup({ inputs: { 'dry-run': 'true' } });
    const result = await runLane(t.input);
    expect(result.status).toBe('dry-run');
    expect(result.exitCode).toBe(0);
    expect(t.runner.labels()).toEqual(['test 1/1']);
    expect(t.store.records).toHaveLength(1);
    expect(t.files.writes).toBe(0);
    expect(t.files.flushes).toEqual([]);
    expect(result.state.plannedCommands.map((c) => [c.label, c.command, c.env.HOTFIX_REF])).toEqual(
      [
        ['deploy', './deploy.sh', SHA],
        ['rollback', './deploy.sh', GOOD],
      ],
    );
  });

  it('lets the spec replace the inputs: tests, rollback command, thresholds, target', async () => {
    const t = setup({
      inputs: { 'confirm-samples': '0' },
      metrics: (s) => ({ error_rate: s >= 0 ? 0.03 : 0 }),
    });
    t.store.seed({ ref: GOOD, state: 'success', environment: 'staging-eu' });
    t.files.files.set(
      SPEC,
      [
        '# Hotfix 042: x',
        '**Status**: Active',
        '**Testing Strategy**: `make smoke`',
        '**3. Rollback Plan**: `./rollback.sh --fast`',
        '',
        '## Deployment Plan',
        '',
        '**Target**: staging-eu',
        '**Rollback Trigger**:',
        '- `error_rate < 5%`',
        '',
      ].join('\n'),
    );
    const result = await runLane(t.input);
    // 3% would breach the input's default 1%, but the spec's 5% replaces it.
    expect(result.status).toBe('resolved');
    expect(t.runner.calls[0]?.command).toBe('make smoke');
    expect(t.store.records.at(-1)?.environment).toBe('staging-eu');
    expect(result.state.thresholds.map((th) => th.source)).toEqual(['error_rate < 5%']);
  });

  it('refuses a spec threshold that does not parse, naming file:line, before anything is deployed', async () => {
    const t = setup();
    t.files.files.set(SPEC, '# Hotfix 042: x\n\n**Rollback Trigger**:\n- `error rate is high`\n');
    await expect(runLane(t.input)).rejects.toThrowError(SpecError);
    await expect(runLane(t.input)).rejects.toThrowError(
      /hotfix\.md:4: threshold "error rate is high"/,
    );
    expect(t.runner.calls).toHaveLength(0);
    expect(t.store.records).toHaveLength(1);
    expect(t.files.writes).toBe(0);
  });

  it('never overwrites an existing spec: a human edit survives the run', async () => {
    const t = setup();
    const human = '# Hotfix 042: x\n\n**Status**: Active\n\nMy notes, do not touch.\n';
    t.files.files.set(SPEC, human);
    await runLane(t.input);
    const after = t.files.files.get(SPEC)!;
    expect(
      after.startsWith('# Hotfix 042: x\n\n**Status**: Resolved\n\nMy notes, do not touch.\n'),
    ).toBe(true);
  });

  // README, "The clock".
  it("counts the time to resolution from hotfix.md's Created across re-runs, against resolution-target", async () => {
    const t = setup({ inputs: { 'monitor-duration': '1m', 'resolution-target': '1h' } });
    // The first run was 50 minutes ago.
    t.files.files.set(
      SPEC,
      '# Hotfix 042: x\n\n**Status**: Active\n**Created**: 2026-11-25 02:10 UTC\n',
    );
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    // 50 minutes before this run, plus this run's minute of watching.
    expect(resolutionClock(result.state, 0)).toEqual({ seconds: 51 * 60, withinTarget: true });
    expect(renderReport(result.state)).toContain(
      "**Time to resolution:** 51m since hotfix.md's Created (target 1h: within)",
    );
    const late = setup({ inputs: { 'monitor-duration': '1m', 'resolution-target': '45m' } });
    late.files.files.set(SPEC, t.files.files.get(SPEC)!);
    const over = await runLane(late.input);
    expect(resolutionClock(over.state, 0).withinTarget).toBe(false);
    expect(renderReport(over.state)).toContain('(target 45m: over)');
  });

  it('a **Created** line that is not a time is a warning naming file and line; the clock runs from this run', async () => {
    const t = setup({ inputs: { 'monitor-duration': '1m' } });
    t.files.files.set(SPEC, '# Hotfix 042: x\n\n**Status**: Active\n**Created**: yesterday\n');
    const result = await runLane(t.input);
    expect(t.reporter.warnings).toContainEqual(
      expect.stringMatching(
        /^\.specswarm\/features\/042-hotfix\/hotfix\.md:4: \*\*Created\*\* is "yesterday"; expected the time the hotfix was created, such as 2026-11-25 03:00 UTC/,
      ),
    );
    expect(resolutionClock(result.state, 0).seconds).toBe(60);
  });

  it('severity fills the emergency line of a new hotfix.md', async () => {
    const t = setup({ inputs: { severity: 'SEV1 (login down)' } });
    await runLane(t.input);
    expect(t.files.files.get(SPEC)).toContain('**🚨 EMERGENCY**: SEV1 (login down)\n');
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).severity).toBe('SEV1 (login down)');
  });

  it('marks the open deployment error (cancelled) when the run is aborted mid-monitor', async () => {
    const controller = new AbortController();
    const t = setup({
      signal: controller.signal,
      metrics: (s) => {
        if (s >= 60) controller.abort(new Error('cancelled by SIGTERM'));
        return { error_rate: 0 };
      },
    });
    await expect(runLane(t.input)).rejects.toThrowError(/cancelled/);
    expect(t.files.flushes).toEqual(['hotfix 042: run stopped']);
    const hotfix = t.store.records.at(-1)!;
    expect(hotfix.statuses.at(-1)).toEqual({
      state: 'error',
      description: 'Cancelled: the run was stopped',
    });
    expect(t.files.files.get(SPEC)).toMatch(/Run cancelled/);
  });

  it('cancelled during the escalation (maintenance command): nothing in_progress, the spec says so', async () => {
    const controller = new AbortController();
    const t = setup({
      signal: controller.signal,
      inputs: {
        'rollback-command': './rollback.sh',
        'maintenance-command': './maintenance.sh on',
        'confirm-samples': '0',
      },
      metrics: (s) => ({ error_rate: s >= 30 ? 0.5 : 0 }),
      exitCode: (spec) => {
        if (spec.label === 'maintenance') controller.abort(new Error('cancelled by SIGTERM'));
        return spec.label.startsWith('rollback') ? 1 : 0;
      },
    });
    await expect(runLane(t.input)).rejects.toThrowError(/cancelled by SIGTERM/);
    expect(t.runner.labels()).toEqual([
      'test 1/1',
      'deploy',
      'rollback',
      'rollback (retry)',
      'maintenance',
    ]);
    for (const record of t.store.records) expect(record.state).not.toBe('in_progress');
    const [hotfix, rollback] = t.store.records.slice(-2);
    expect(hotfix!.statuses.at(-1)?.state).toBe('failure');
    expect(rollback!.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(t.files.flushes).toEqual(['hotfix 042: run stopped']);
    const spec = t.files.files.get(SPEC)!;
    expect(readSpec(spec, SPEC).status).toBe('Active');
    expect(spec).toMatch(/Running the maintenance command\n.*Run cancelled/);
  });

  it('skip-tests skips the gate and stamps the justification into the timeline and the payload', async () => {
    const t = setup({ inputs: { 'skip-tests': 'CI is down; change is a config revert' } });
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(t.runner.labels()).toEqual(['deploy']);
    expect(t.store.records.at(-1)?.payload).toMatchObject({
      skipTests: 'CI is down; change is a config revert',
    });
    expect(t.files.files.get(SPEC)).toMatch(
      /Essential tests skipped: CI is down; change is a config revert/,
    );
    expect(result.state.steps.find((s) => s.name === 'gate')).toMatchObject({ state: 'skipped' });
  });

  it('waits while another hotfix deploys to the environment, then goes on', async () => {
    const t = setup();
    t.store.seed({
      ref: 'c'.repeat(40),
      state: 'in_progress',
      payload: { hotfix: '041' },
      createdAt: new Date(t.clock.now() - 60_000).toISOString(),
    });
    const other = t.store.records.at(-1)!;
    const sleep = t.clock.sleep.bind(t.clock);
    let waits = 0;
    t.clock.sleep = async (ms, signal) => {
      if (ms === 15_000 && ++waits === 3) other.state = 'success';
      return sleep(ms, signal);
    };
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(waits).toBe(3);
    expect(
      t.reporter.lines.filter((l) => l.startsWith('Waiting: hotfix 041 (deployment')),
    ).toHaveLength(3);
    // The other hotfix's deployment finished first and is now the rollback target.
    expect(result.state.rollbackTarget).toBe('c'.repeat(40));
  });

  it('refuses after deploy-timeout, naming the hotfix that is still deploying, and deploys nothing', async () => {
    const t = setup({ inputs: { 'deploy-timeout': '1m' } });
    t.store.seed({
      ref: 'c'.repeat(40),
      state: 'in_progress',
      payload: { hotfix: '041' },
      createdAt: new Date(t.clock.now() - 60_000).toISOString(),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('deploy-failed');
    expect(result.state.message).toMatch(
      /^hotfix 041 \(deployment \d+ of c{7}, in_progress: seeded\) is still deploying to production after 1m; nothing was deployed/,
    );
    expect(t.runner.labels()).toEqual(['test 1/1']);
    expect(t.store.records).toHaveLength(2);
  });

  it('does not wait for a deployment left in_progress long ago (stale), but warns', async () => {
    const t = setup();
    t.store.seed({
      ref: 'c'.repeat(40),
      state: 'in_progress',
      payload: { hotfix: '041' },
      createdAt: new Date(t.clock.now() - 50 * 60_000).toISOString(),
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('resolved');
    expect(t.reporter.warnings.join('\n')).toMatch(/hotfix 041 .* taken as stale, not waited for/);
  });

  it('takes a running deployment as stale only after deploy-timeout + monitor-duration + 10m', async () => {
    // deploy-timeout 1m + monitor-duration 10m + 10m = 21m.
    const other = (t: ReturnType<typeof setup>, ageMs: number) =>
      t.store.seed({
        ref: 'c'.repeat(40),
        state: 'in_progress',
        payload: { hotfix: '041' },
        createdAt: new Date(t.clock.now() - ageMs).toISOString(),
      });
    const waited = setup({ inputs: { 'deploy-timeout': '1m' } });
    // Waited for: still 21m old (not more) when deploy-timeout runs out.
    other(waited, 20 * 60_000);
    expect((await runLane(waited.input)).status).toBe('deploy-failed');
    const stale = setup({ inputs: { 'deploy-timeout': '1m' } });
    other(stale, 21 * 60_000 + 1000);
    expect((await runLane(stale.input)).status).toBe('resolved');
    expect(stale.reporter.warnings.join('\n')).toMatch(/taken as stale/);
  });

  it('cuts a long monitoring status description to the 140 characters GitHub keeps', async () => {
    const query = `sum(rate(http_requests_total{code=~"5..",service="${'login-api-'.repeat(12)}"}[5m]))`;
    const t = setup({
      inputs: {
        thresholds: `\`${query}\` < 1`,
        'prometheus-url': 'http://127.0.0.1:9/',
        'failure-limit': '100',
        'confirm-samples': '0',
      },
      metrics: () => ({ [query]: 5 }),
    });
    await runLane(t.input);
    const monitoring = t.store.records
      .at(-1)!
      .statuses.filter((st) => st.description.startsWith('Monitoring:'));
    expect(monitoring.length).toBeGreaterThan(0);
    for (const st of monitoring) {
      expect(st.description).toHaveLength(140);
      expect(st.description.startsWith(`Monitoring: Failed, ${query.slice(0, 40)}`)).toBe(true);
    }
  });

  it('manual rollback redeploys the target with HOTFIX_ROLLBACK=1', async () => {
    const t = setup();
    const result = await runManualRollback(t.input);
    expect(result.status).toBe('rolled-back');
    expect(t.runner.calls.map((c) => [c.label, c.env.HOTFIX_REF, c.env.HOTFIX_ROLLBACK])).toEqual([
      ['rollback', GOOD, '1'],
    ]);
  });
});
