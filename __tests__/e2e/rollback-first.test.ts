/**
 * The rollback never waits on GitHub (README, "The rollback never waits on GitHub"), end to end
 * through `node dist/index.js` against the emulator with GitHub slowed down.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laneWorlds } from '../helpers/lane-worlds.js';
import { sequentialRoundTrips } from '../helpers/round-trips.js';

const { world } = laneWorlds();

/** Waits until the lane's deployment of the hotfix has its first status. */
async function untilDeployed(w: Awaited<ReturnType<typeof world>>): Promise<void> {
  const stop = Date.now() + 30_000;
  while (!w.emulator.deployments.some((d) => d.sha === w.sha && d.statuses.length > 0)) {
    if (Date.now() > stop) throw new Error('the lane never deployed');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the rollback command is the first thing that happens after a breach', () => {
  it('starts within 1 s of the decision while every deployment write of the rollback takes 5 s; the records catch up', async () => {
    const w = await world('bad-after 1500');
    const lane = w.run({ inputs: { ...w.inputs, 'monitor-duration': '30s' } });
    // Once the hotfix is deployed, GitHub turns slow for every deployment write.
    await untilDeployed(w);
    w.emulator.faults.push(
      { operationId: 'repos/create-deployment', status: 0, times: 99, delayMs: 5000 },
      { operationId: 'repos/create-deployment-status', status: 0, times: 99, delayMs: 5000 },
    );
    const run = await lane;
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    // The decision sent the rollback's create-deployment; the command started beside it.
    const creates = w.emulator.arrivals.filter((a) => a.operationId === 'repos/create-deployment');
    expect(creates).toHaveLength(2);
    const decidedAt = creates[1]!.at;
    const startedAt = Number(await readFile(path.join(w.workspace, '.rollback-at'), 'utf8'));
    expect(startedAt - decidedAt).toBeLessThan(1000);
    // The records caught up: the rollback deployment ends success, nothing left in_progress.
    const rollback = w.emulator.deployments.find(
      (d) => (d.payload as { rollbackOf?: unknown }).rollbackOf,
    );
    expect(rollback?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
  });
});

describe('GitHub failing during the rollback', () => {
  it('502 then a secondary rate limit on every rollback write: the command starts within 1 s of the decision and the records land once GitHub lets them', async () => {
    const w = await world('bad-after 1500');
    const lane = w.run({ inputs: { ...w.inputs, 'monitor-duration': '30s' } });
    await untilDeployed(w);
    const limited = {
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
      headers: { 'retry-after': '2' },
    };
    for (const operationId of ['repos/create-deployment', 'repos/create-deployment-status'])
      w.emulator.faults.push(
        { operationId, status: 502, times: 1, message: 'Bad Gateway' },
        { operationId, ...limited },
      );
    const run = await lane;
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    const creates = w.emulator.arrivals.filter((a) => a.operationId === 'repos/create-deployment');
    const decidedAt = creates[1]!.at;
    const startedAt = Number(await readFile(path.join(w.workspace, '.rollback-at'), 'utf8'));
    expect(startedAt - decidedAt).toBeLessThan(1000);
    expect(run.log).toMatch(/secondary rate limit/);
    const rollback = w.emulator.deployments.find(
      (d) => (d.payload as { rollbackOf?: unknown }).rollbackOf,
    );
    expect(rollback?.statuses.at(-1)?.state).toBe('success');
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
  });
});

describe('GitHub that never answers during the rollback', () => {
  it('the rollback command still starts within 1 s of the decision, the run ends with its outputs, each record is a warning, and the post step marks what was left in_progress', async () => {
    const w = await world('bad-after 1500');
    // The GitHub wait is cut to 3 s so that the test is short; the behaviour is the default's.
    const env = { HOTFIX_GITHUB_WAIT_MS: '3000' };
    const lane = w.run({ inputs: { ...w.inputs, 'monitor-duration': '30s' }, env });
    await untilDeployed(w);
    // From now on GitHub answers nothing at all.
    w.emulator.silent = true;
    const run = await lane;
    w.emulator.silent = false;
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    expect(run.outputs['deployment-id']).toMatch(/^\d+$/);
    expect(run.summary).toContain('Rolled back');
    // The rollback's create-deployment was sent at the decision; the command started beside it.
    const decided = w.emulator.unanswered.find(
      (u) => u.request.startsWith('POST') && u.request.endsWith('/deployments'),
    );
    expect(decided).toBeDefined();
    const startedAt = Number(await readFile(path.join(w.workspace, '.rollback-at'), 'utf8'));
    expect(startedAt - decided!.at).toBeLessThan(1000);
    expect(run.log).toMatch(
      /::warning::Could not record the rollback deployment: no answer within 3s/,
    );
    expect(run.log).toMatch(/::warning::could not write the PR comment: GitHub did not answer/);
    // The hotfix's deployment never got its failure: the post step, with GitHub back, marks it.
    const deployed = w.emulator.deployments.find((d) => d.sha === w.sha)!;
    expect(deployed.statuses.at(-1)?.state).toBe('in_progress');
    const post = await w.run({ state: { ...run.state, isPost: 'true' }, env });
    expect(post.code).toBe(0);
    expect(deployed.statuses.at(-1)?.state).toBe('error');
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
  });
});

describe('before the deploy', () => {
  it('makes at most 3 sequential GitHub round trips between the end of the gate and the deploy command', async () => {
    const w = await world('good-v2');
    w.emulator.delayAllMs = 150;
    const stamp = (file: string) => `node -e "process.stdout.write(String(Date.now()))" > ${file}`;
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'test-command': `grep -q . version.txt && ${stamp('.gate-at')}`,
        'deploy-command': `${stamp('.deploy-at')} && ${w.inputs['deploy-command']}`,
        'monitor-duration': '1s',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    const at = async (file: string) => Number(await readFile(path.join(w.workspace, file), 'utf8'));
    const trips = sequentialRoundTrips(
      w.emulator.spans,
      await at('.gate-at'),
      await at('.deploy-at'),
    );
    expect(trips).toBeGreaterThanOrEqual(1);
    expect(trips).toBeLessThanOrEqual(3);
  });
});

describe('the end of the run', () => {
  it('the T005-T007 issues do not wait for the sticky comment: with every comment write taking 3 s, the three issues are created before the comment write ends', async () => {
    const w = await world('good-v2');
    w.emulator.faults.push(
      { operationId: 'issues/create-comment', status: 0, times: 99, delayMs: 3000 },
      { operationId: 'issues/update-comment', status: 0, times: 99, delayMs: 3000 },
    );
    const run = await w.run({ inputs: { ...w.inputs, 'monitor-duration': '0s' } });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    const spans = (id: string) => w.emulator.spans.filter((s) => s.operationId === id);
    const created = spans('issues/create');
    expect(created).toHaveLength(3);
    const lastComment = [...spans('issues/create-comment'), ...spans('issues/update-comment')]
      .map((s) => s.end)
      .sort((a, b) => a - b)
      .at(-1)!;
    for (const issue of created) expect(issue.end).toBeLessThan(lastComment);
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
  });
});
