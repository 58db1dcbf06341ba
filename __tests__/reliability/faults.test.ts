import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLane } from '../../src/core/lane.js';
import type { CommandSpec } from '../../src/core/ports.js';
import { readSpec } from '../../src/core/spec.js';
import { processRunner } from '../../src/node/command-runner.js';
import { SPEC, laneWorld } from '../helpers/lane-world.js';
import {
  DEPLOY_COMMAND,
  git,
  hotfixBranch,
  makeRepo,
  runCli,
  startVersionService,
  terminate,
  waitUntil,
} from '../helpers/repo.js';

/** The lane over fakes (helpers/lane-world.ts), with a real process runner when `real` is set. */
async function lane(
  inputs: Record<string, string>,
  options: {
    real?: boolean;
    exit?: (s: CommandSpec) => number;
    metrics?: () => Record<string, number>;
    spec?: string;
  } = {},
) {
  const w = laneWorld({
    inputs: {
      'probe-url': 'http://127.0.0.1:9/h',
      'monitor-duration': '1m',
      'confirm-samples': '0',
      ...inputs,
    },
    exit: options.exit,
    metrics: options.metrics,
  });
  if (options.spec !== undefined) w.files.files.set(SPEC, options.spec);
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'hotfix-fault-'));
  if (options.real) {
    w.input.ports.runner = processRunner({
      cwd,
      writeLine: (l) => w.reporter.progress(l),
      killGraceMs: 200,
    });
  }
  const result = await runLane(w.input);
  return { result, store: w.store, files: w.files, fake: w.runner, cwd };
}

describe('commands that misbehave', () => {
  it('a test command that does not exist fails the gate (exit 127), nothing deployed', async () => {
    const t = await lane(
      { 'test-command': 'definitely-not-installed --run', 'deploy-command': 'touch deployed' },
      { real: true },
    );
    expect(t.result.status).toBe('gate-failed');
    expect(t.result.state.message).toMatch(
      /definitely-not-installed --run \(input test-command\) exited with 127/,
    );
    expect(t.store.records).toHaveLength(1);
    expect(existsSync(path.join(t.cwd, 'deployed'))).toBe(false);
  });

  it('a test command hanging past test-timeout is killed and fails the gate', async () => {
    const started = Date.now();
    const t = await lane(
      { 'test-command': 'sleep 30', 'test-timeout': '500ms', 'deploy-command': 'touch deployed' },
      { real: true },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(t.result.status).toBe('gate-failed');
    expect(t.result.state.message).toMatch(/sleep 30 \(input test-command\) timed out after 500ms/);
    expect(existsSync(path.join(t.cwd, 'deployed'))).toBe(false);
  });

  it('a deploy command hanging past deploy-timeout is killed, marked failure and rolled back', async () => {
    const t = await lane(
      {
        'deploy-command': 'if [ -n "$HOTFIX_ROLLBACK" ]; then touch rolled-back; else sleep 30; fi',
        'deploy-timeout': '500ms',
      },
      { real: true },
    );
    expect(t.result.status).toBe('deploy-failed');
    expect(existsSync(path.join(t.cwd, 'rolled-back'))).toBe(true);
    expect(t.store.records.map((r) => r.state)).toEqual(['success', 'failure', 'success']);
  });

  it('maintenance failing too still escalates, exits non-zero, and leaves nothing in_progress', async () => {
    const t = await lane(
      {
        'deploy-command': './deploy',
        'maintenance-command': './maintenance',
        'escalation-mentions': '@org/oncall',
      },
      {
        exit: (s) => (s.label.startsWith('rollback') || s.label === 'maintenance' ? 1 : 0),
        metrics: () => ({ error_rate: 1 }),
      },
    );
    expect(t.result.status).toBe('escalated');
    expect(t.result.exitCode).not.toBe(0);
    expect(t.result.state.message).toMatch(
      /The maintenance command failed too \(exited with 1\)\. Manual intervention required: @org\/oncall/,
    );
    for (const record of t.store.records) expect(record.state).not.toBe('in_progress');
    expect(readSpec(t.files.files.get(SPEC)!, SPEC).status).toBe('Escalated');
  });
});

describe('specs that are empty or broken', () => {
  it('an empty hotfix.md is kept (never overwritten) and the inputs stay in force', async () => {
    const t = await lane(
      { 'test-command': 'make smoke', 'deploy-command': './deploy', 'monitor-duration': '0s' },
      { spec: '' },
    );
    expect(t.result.status).toBe('resolved');
    expect(t.fake.calls.map((c) => c.command)).toEqual(['make smoke', './deploy']);
    // Nothing of the human's (empty) file was replaced: only a Timeline was appended.
    expect(t.files.files.get(SPEC)!.startsWith('## Timeline\n\n- ')).toBe(true);
  });
});

describe('SIGTERM in each step of the CLI lane', () => {
  it.each([
    ['gate', 'sleep 30', DEPLOY_COMMAND, 'test'],
    ['deploy', 'true', 'sleep 30', 'deploy'],
  ])(
    'during the %s: stops the child, leaves no deployment in_progress, the store whole',
    async (_step, test, deploy, label) => {
      const repo = await makeRepo();
      const service = await startVersionService(repo);
      await hotfixBranch(repo, 'hotfix/048-term', 'good');
      let pid = 0;
      const running = runCli(
        [
          'run',
          '--test-command',
          test,
          '--deploy-command',
          deploy,
          '--probe-url',
          service.url,
          '--monitor-interval',
          '1s',
          '--monitor-duration',
          '2s',
          '--allow-no-rollback',
          'the first deploy of this service',
        ],
        { cwd: repo, onSpawn: (p) => (pid = p) },
      );
      await waitUntil(async () => {
        const spec = await readFile(path.join(repo, SPEC.replace('042', '048')), 'utf8').catch(
          () => '',
        );
        const store = await readFile(path.join(repo, '.specswarm/deployments.json'), 'utf8').catch(
          () => '',
        );
        return label === 'test' ? spec.includes('Hotfix 048') : store.includes('in_progress');
      });
      await new Promise((r) => setTimeout(r, 300));
      const { run, ms } = await terminate(pid, running);
      await service.close();
      expect(ms).toBeLessThan(7000);
      expect(run.code).toBe(130);
      const text = await readFile(path.join(repo, '.specswarm/deployments.json'), 'utf8').catch(
        () => '{"deployments":[]}',
      );
      const store = JSON.parse(text) as {
        deployments: { statuses: { state: string; description: string }[] }[];
      };
      for (const d of store.deployments) expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
      if (label === 'deploy')
        expect(store.deployments.at(-1)?.statuses.at(-1)).toMatchObject({
          state: 'error',
          description: 'Cancelled: the run was stopped',
        });
      else expect(store.deployments).toHaveLength(0);
    },
  );
});

describe('SIGTERM during the rollback step', () => {
  it('stops the rollback command, marks the rollback deployment error, keeps the store and spec whole', async () => {
    const repo = await makeRepo();
    const service = await startVersionService(repo);
    const common = [
      '--probe-url',
      service.url,
      '--monitor-interval',
      '1s',
      '--confirm-samples',
      '0',
    ];
    // A good deployment first, so that there is a rollback target.
    await hotfixBranch(repo, 'hotfix/041-warmup', 'good');
    const warmup = await runCli(
      [
        'run',
        '--deploy-command',
        DEPLOY_COMMAND,
        '--monitor-duration',
        '1s',
        '--allow-no-rollback',
        'the first deploy of this service',
        ...common,
      ],
      { cwd: repo },
    );
    expect(warmup.code).toBe(0);
    // The warm-up goes home, so the next hotfix, cut from main, keeps it.
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--ff-only', 'hotfix/041-warmup');
    // Then a bad one whose rollback command hangs.
    await hotfixBranch(repo, 'hotfix/049-bad', 'bad');
    let pid = 0;
    const running = runCli(
      [
        'run',
        '--deploy-command',
        DEPLOY_COMMAND,
        '--rollback-command',
        'sleep 30',
        '--monitor-duration',
        '30s',
        ...common,
      ],
      { cwd: repo, onSpawn: (p) => (pid = p) },
    );
    const storePath = path.join(repo, '.specswarm/deployments.json');
    type Stored = {
      deployments: {
        payload: { rollbackOf?: unknown };
        statuses: { state: string; description: string }[];
      }[];
    };
    const rollbackRunning = (store: Stored) =>
      store.deployments.some(
        (d) => d.payload.rollbackOf !== undefined && d.statuses.at(-1)?.state === 'in_progress',
      );
    const started = await waitUntil(
      async () => {
        const text = await readFile(storePath, 'utf8').catch(() => '{"deployments":[]}');
        return rollbackRunning(JSON.parse(text) as Stored);
      },
      { tries: 200 },
    );
    expect(started).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const { run, ms } = await terminate(pid, running);
    await service.close();
    expect(ms).toBeLessThan(7000);
    expect(run.code).toBe(130);
    const store = JSON.parse(await readFile(storePath, 'utf8')) as Stored;
    for (const d of store.deployments) expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
    const rollback = store.deployments.at(-1)!;
    expect(rollback.payload.rollbackOf).toBeDefined();
    expect(rollback.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(rollback.statuses.at(-1)?.description).toBe('Cancelled: the run was stopped');
    // The hotfix's own deployment was marked failed by the breach before the rollback began.
    expect(store.deployments.at(-2)?.statuses.at(-1)?.state).toBe('failure');
    const spec = await readFile(path.join(repo, SPEC.replace('042', '049')), 'utf8');
    expect(spec).toMatch(/Rollback started: .*\n.*Run cancelled/);
    // Nothing watches any more: the spec says the hotfix is open, not "Monitoring".
    expect(readSpec(spec, 'hotfix.md').status).toBe('Active');
  }, 60_000);
});
