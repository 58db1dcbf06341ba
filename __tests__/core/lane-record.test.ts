/**
 * One run's record (src/core/lane-record.ts): deployment statuses in the order they were decided,
 * nothing left `in_progress`, records that never hold the run, each notification once, commands
 * and their `HOTFIX_*` environment, and the run's end (README, "The rollback never waits on
 * GitHub", "Keeping people informed", "Deployments and your job's environment:").
 */
import { describe, expect, it } from 'vitest';
import { formatValues, short } from '../../src/core/lane-record.js';
import type { DeploymentState, Notification } from '../../src/core/ports.js';
import { stepOf, type LaneState } from '../../src/core/state.js';
import { GOOD, SHA, SPEC } from '../helpers/lane-world.js';
import { recordOf } from '../helpers/lane-record.js';

/** A deployment of `ref` this run opened. */
function deploymentOf(record: ReturnType<typeof recordOf>['record'], ref: string) {
  return record.createDeployment({
    environment: 'production',
    ref,
    task: 'deploy:hotfix',
    payload: record.payload(null),
    description: `Hotfix 042 at ${ref.slice(0, 7)}`,
  });
}

describe('LaneRecord', () => {
  it("writes a deployment's statuses in the order they were decided, even when GitHub answers the first one last", async () => {
    const { record, store } = recordOf();
    const created = await deploymentOf(record, SHA);
    const setStatus = store.setStatus.bind(store);
    let first = true;
    store.setStatus = async (id, state, description, urls) => {
      // The first write answers after the second was decided.
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return setStatus(id, state, description, urls);
    };
    await Promise.all([
      record.deploymentStatus(created.id, 'in_progress', 'Deploying'),
      record.deploymentStatus(created.id, 'success', 'Deployed'),
    ]);
    const states = store.records.find((r) => r.id === created.id)!.statuses.map((s) => s.state);
    expect(states).toEqual<DeploymentState[]>(['in_progress', 'success']);
  });

  it('on a cancelled run marks each deployment still open error "Cancelled", leaves a finished one alone, and sets the spec to Active with a Timeline line', async () => {
    const controller = new AbortController();
    const { record, store, files, state } = recordOf({ signal: controller.signal });
    const open = await deploymentOf(record, SHA);
    const done = await deploymentOf(record, GOOD);
    await record.deploymentStatus(open.id, 'in_progress', 'Watching');
    await record.deploymentStatus(done.id, 'success', 'Rolled back');
    controller.abort(new Error('cancelled by SIGTERM'));
    await record.closeOpenDeployments();

    const statusesOf = (id: number | string) =>
      store.records.find((r) => r.id === id)!.statuses.map((s) => `${s.state}: ${s.description}`);
    expect(statusesOf(open.id)).toEqual([
      'in_progress: Watching',
      'error: Cancelled: the run was stopped',
    ]);
    expect(statusesOf(done.id)).toEqual(['success: Rolled back']);
    expect(state.endedAt).toBeDefined();
    const spec = files.files.get(SPEC)!;
    expect(spec).toMatch(/^\*\*Status\*\*: Active/m);
    expect(spec).toMatch(/— Run cancelled$/m);
  });

  it('an open deployment at an error (not a cancel) is marked "The run ended with an error before this deployment finished"', async () => {
    const { record, store } = recordOf();
    const open = await deploymentOf(record, SHA);
    await record.closeOpenDeployments();
    expect(store.records.find((r) => r.id === open.id)!.statuses).toEqual([
      {
        state: 'error',
        description: 'The run ended with an error before this deployment finished',
      },
    ]);
  });

  it('beside() turns a failed record into a warning naming what was not done; bounded() lets a record that never answers go after the record wait', async () => {
    const { record, reporter } = recordOf({ recordWaitMs: 20 });
    await expect(
      record.beside(Promise.reject(new Error('GitHub answered 502')), 'update the report'),
    ).resolves.toBeUndefined();
    await expect(
      record.beside(new Promise<never>(() => {}), 'record the rollback deployment'),
    ).resolves.toBeUndefined();
    await expect(record.beside(Promise.resolve(7), 'count')).resolves.toBe(7);
    expect(reporter.warnings).toEqual([
      'Could not update the report: GitHub answered 502',
      'Could not record the rollback deployment: no answer within 20ms; the run goes on without it (it may still land later)',
    ]);
    // bounded() passes a failure on: its caller decides.
    await expect(record.bounded(Promise.reject(new Error('boom')), 'x')).rejects.toThrow('boom');
  });

  it('notifies each event once, adds the escalation mentions not already in the text, and a notifier that fails is a warning', async () => {
    const sent: Notification[] = [];
    const { record, reporter } = recordOf({
      inputs: { 'escalation-mentions': '@org/oncall @alice' },
      notifier: {
        notify: async (n) => {
          sent.push(n);
          if (n.event === 'breached') throw new Error('webhook answered 500');
        },
      },
    });
    record.notify('deploying', 'deploying  a\n b');
    record.notify('deploying', 'again');
    record.notify('breached', 'error_rate 20%');
    record.notify('escalated', 'rollback failed; @alice is on it');
    record.state.status = 'escalated';
    await record.finish('escalated', 'Manual intervention required');

    expect(sent.map((n) => n.event)).toEqual(['deploying', 'breached', 'escalated']);
    expect(sent[0]).toMatchObject({
      number: '042',
      environment: 'production',
      sha: SHA,
      text: 'Hotfix 042 (login-500) deploying in production: deploying a b',
    });
    expect(sent[2]!.text).toBe(
      'Hotfix 042 (login-500) escalated in production: rollback failed; @alice is on it @org/oncall',
    );
    expect(reporter.warnings).toEqual([
      'Could not send the breached notification: webhook answered 500',
    ]);
  });

  it('sends nothing in a dry run', async () => {
    const sent: Notification[] = [];
    const { record } = recordOf({
      inputs: { 'dry-run': 'true' },
      notifier: { notify: async (n) => void sent.push(n) },
    });
    record.notify('deploying', 'x');
    await record.finish('dry-run', 'nothing written');
    expect(sent).toEqual([]);
  });

  it('says why a command did not pass: its exit code, a signal or the timeout; a cancelled run throws', async () => {
    const controller = new AbortController();
    const { record } = recordOf({
      signal: controller.signal,
      exit: (spec) =>
        spec.label === 'code'
          ? 3
          : spec.label === 'signal'
            ? null
            : spec.label === 'slow'
              ? 'timeout'
              : 0,
    });
    const env = record.commandEnv(SHA);
    await expect(record.command('ok', 'true', env, 60_000)).resolves.toEqual({
      ok: true,
      detail: 'passed in 5ms',
    });
    await expect(record.command('code', 'false', env, 60_000)).resolves.toEqual({
      ok: false,
      detail: 'exited with 3',
    });
    await expect(record.command('signal', 'kill', env, 60_000)).resolves.toEqual({
      ok: false,
      detail: 'exited with a signal',
    });
    await expect(record.command('slow', 'sleep', env, 120_000)).resolves.toEqual({
      ok: false,
      detail: 'timed out after 2m',
    });
    controller.abort(new Error('cancelled by SIGINT'));
    await expect(record.command('ok', 'true', env, 60_000)).rejects.toThrow('cancelled by SIGINT');
  });

  it('gives a command the HOTFIX_* environment, and a rollback HOTFIX_ROLLBACK=1 with the deployment it rolls back (README, "Deployments and your job\'s environment:")', () => {
    const { record } = recordOf({ inputs: { environment: 'staging' } });
    expect(record.commandEnv(SHA)).toEqual({
      HOTFIX_NUMBER: '042',
      HOTFIX_SLUG: 'login-500',
      HOTFIX_REF: SHA,
      HOTFIX_ENVIRONMENT: 'staging',
      HOTFIX_DEPLOYMENT_ID: '',
      HOTFIX_SPEC: SPEC,
    });
    expect(record.rollbackEnv(GOOD, 7)).toMatchObject({
      HOTFIX_REF: GOOD,
      HOTFIX_DEPLOYMENT_ID: '7',
      HOTFIX_ROLLBACK: '1',
    });
  });

  it('stamps skip-tests, allow-no-rollback (only without a target) and allow-diverged into the payload', () => {
    const { record } = recordOf({
      inputs: { 'skip-tests': 'INC-9 gate down', 'allow-no-rollback': 'first deploy' },
    });
    record.state.allowDiverged = 'CHG-1';
    expect(record.payload(null)).toEqual({
      hotfix: '042',
      slug: 'login-500',
      spec: SPEC,
      rollbackTarget: null,
      branch: 'hotfix/042-login-500',
      skipTests: 'INC-9 gate down',
      allowNoRollback: 'first deploy',
      allowDiverged: 'CHG-1',
    });
    expect(record.payload(GOOD)).not.toHaveProperty('allowNoRollback');
    const plain = recordOf().record.payload(GOOD);
    expect(Object.keys(plain)).toEqual(['hotfix', 'slug', 'spec', 'rollbackTarget', 'branch']);
  });

  it("finish(): pending steps skipped, the face's end told the final state, and a commit that fails is a warning while the report is still published", async () => {
    const told: LaneState['status'][] = [];
    const { record, files, reporter, input, state } = recordOf();
    input.onEnd = (s) => told.push(s.status);
    record.step('gate', 'running');
    record.step('gate', 'passed', '1 test');
    files.flush = async () => {
      throw new Error('the branch was deleted');
    };
    const result = await record.finish('resolved', 'All thresholds held.');

    expect(result).toMatchObject({ status: 'resolved', exitCode: 0 });
    expect(told).toEqual(['resolved']);
    expect(stepOf(state, 'gate').state).toBe('passed');
    expect(stepOf(state, 'deploy').state).toBe('skipped');
    expect(reporter.published).toEqual(['resolved']);
    expect(reporter.warnings).toEqual([
      expect.stringMatching(
        /^Could not commit .*hotfix\.md and .*tasks\.md to hotfix\/042-login-500 \(the outputs, the report and the follow-up issues are written all the same\): the branch was deleted$/,
      ),
    ]);
    expect(files.files.get(SPEC)).toMatch(/— Finished: resolved\. All thresholds held\.$/m);
  });
});

describe('short() and formatValues()', () => {
  it('shortens a full SHA only, and prints sample values compactly', () => {
    expect(short(SHA)).toBe('aaaaaaa');
    expect(short('v1.2.3')).toBe('v1.2.3');
    expect(formatValues({})).toBe('no values');
    expect(formatValues({ error_rate: 0.123456, latency_p95_ms: 120 })).toBe(
      'error_rate=0.123 latency_p95_ms=120',
    );
  });
});
