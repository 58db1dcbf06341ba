/**
 * An incident is several events at once (README, "Concurrency in an incident"), end to end
 * through `node dist/index.js` against the emulator: the end of a run always happens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../helpers/action.js';
import { git } from '../helpers/repo.js';
import { laneWorlds } from '../helpers/lane-worlds.js';

/** Polls `check` every 50 ms until it holds (at most `ms`). */
async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const stop = Date.now() + ms;
  while (!check()) {
    if (Date.now() > stop) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const BRANCH = 'hotfix/042-login-500';
const { world } = laneWorlds(BRANCH);

describe('the end of a run always happens', () => {
  it('an escalated run whose branch was deleted and whose first issue fails still sets its outputs, finishes the comment and the summary, and opens the rest and the escalation issue', async () => {
    const w = await world('bad');
    // The PR was merged and its branch deleted while the lane watched: every ref update is
    // refused and the ref is gone. Opening the first issue is refused too.
    w.emulator.faults.push(
      {
        operationId: 'git/update-ref',
        status: 422,
        times: 99,
        message: 'Reference does not exist',
      },
      { operationId: 'git/get-ref', status: 404, times: 99, message: 'Not Found' },
      { operationId: 'issues/create', status: 403, times: 1, message: 'Issues are disabled' },
    );
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'rollback-command': 'echo "registry down"; exit 3',
        'escalation-mentions': '@org/oncall',
      },
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ 'hotfix-number': '042', status: 'escalated' });
    expect(run.outputs['deployment-id']).not.toBe('');
    expect(run.log).toMatch(
      /::warning::Could not commit \S+hotfix\.md and \S+tasks\.md to hotfix\/042-login-500/,
    );
    expect(run.log).toMatch(/::warning::could not open the issue "T005/);
    expect(run.summary).toContain('## 🚑 Hotfix 042');
    const comment = w.emulator.comments.find((c) => c.issue === w.pr)!;
    expect(comment.body).toMatch(/Escalated/);
    const titles = w.emulator.issues.filter((i) => !i.pull).map((i) => i.title);
    expect(titles.some((t) => t.startsWith('T005'))).toBe(false);
    expect(titles.filter((t) => /^T00[67]/.test(t))).toHaveLength(2);
    expect(titles.some((t) => t.includes('escalated'))).toBe(true);
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
  });

  it('a comment that cannot be written is a warning: the run resolves with its outputs and issues', async () => {
    const w = await world('good-v2');
    w.emulator.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      times: 99,
      message: 'Forbidden',
    });
    const run = await w.run();
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('resolved');
    expect(run.log).toMatch(/::warning::could not update the PR comment/);
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
  });
});

describe('a running lane and a human acting at once', () => {
  it('a dispatch rollback does not wait for the watching lane; the lane yields within one interval and never rolls back twice', async () => {
    const w = await world('good-v2');
    const inputs = { ...w.inputs, 'monitor-duration': '5m', 'monitor-interval': '2s' };
    const laneStarted = Date.now();
    let laneEnded = 0;
    const lane = w.run({ inputs }).then((run) => ((laneEnded = Date.now()), run));
    // The lane is watching: its deploy command ran (the service runs the hotfix) and its
    // deployment is in_progress.
    await until(
      () =>
        existsSync(path.join(w.workspace, '.deployed')) &&
        readFileSync(path.join(w.workspace, '.deployed'), 'utf8').includes(w.sha) &&
        w.emulator.deployments.some(
          (d) => d.sha === w.sha && d.statuses.at(-1)?.state === 'in_progress',
        ),
    );
    const payload = examplePayload('workflow_dispatch');
    payload.inputs = { operation: 'rollback', hotfix: '42' };
    let seenAt = 0;
    const rollbackSeen = until(() => {
      if (!w.emulator.deployments.some((d) => (d.payload as { rollbackOf?: unknown }).rollbackOf))
        return false;
      seenAt = Date.now();
      return true;
    });
    const rollback = await w.run({ event: 'workflow_dispatch', payload, inputs });
    await rollbackSeen;
    const watched = await lane;
    expect(w.emulator.violations).toEqual([]);
    // The rollback finished while the lane was still watching its 5-minute window.
    expect(rollback.outputs.status).toBe('rolled-back');
    expect(rollback.code).toBe(0);
    expect(watched.outputs.status).toBe('rolled-back');
    expect(watched.log).toMatch(
      /Stopped watching: rolled back by hand \(deployment \d+ of [0-9a-f]{7}\)/,
    );
    // Exactly one rollback deploy: one deployment with rollbackOf, the good SHA deployed once.
    expect(
      w.emulator.deployments.filter((d) => (d.payload as { rollbackOf?: unknown }).rollbackOf),
    ).toHaveLength(1);
    const deployed = (await readFile(path.join(w.workspace, '.deployed'), 'utf8'))
      .trim()
      .split('\n');
    expect(deployed).toEqual([w.sha, w.mainSha]);
    const mine = w.emulator.deployments.find((d) => d.sha === w.sha)!;
    expect(mine.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: 'Rolled back by hand',
    });
    // The lane left within one interval (2 s) of the rollback's deployment, plus its finish.
    expect(laneEnded - seenAt).toBeLessThan(2000 + 3000);
    expect(laneEnded - laneStarted).toBeLessThan(60_000);
  });
});

describe('two hotfixes, one environment', () => {
  it('the second lane waits for the first, still watching, then refuses naming it and deploys nothing', async () => {
    const w = await world('good-v2');
    // The second lane judges whether the first is stale by the deployment's age: real time.
    w.emulator.clock = Date.now();
    let firstPid = 0;
    const first = w.run({
      inputs: { ...w.inputs, 'monitor-duration': '5m', 'monitor-interval': '2s' },
      onSpawn: (pid) => (firstPid = pid),
    });
    await until(() => w.emulator.deployments.some((d) => d.sha === w.sha));
    // A second hotfix, pushed from main, in its own runner workspace.
    git(w.dev, 'checkout', '-q', 'main');
    git(w.dev, 'checkout', '-q', '-b', 'hotfix/043-other');
    await writeFile(path.join(w.dev, 'version.txt'), 'good-v3\n');
    git(w.dev, 'commit', '-q', '-am', 'Other fix');
    git(w.dev, 'push', '-q', 'origin', 'hotfix/043-other');
    const sha = git(w.dev, 'rev-parse', 'HEAD');
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'hotfix-ws2-'));
    git(workspace, 'clone', '-q', w.emulator.bare, '.');
    git(workspace, 'checkout', '-q', '--detach', sha);
    const payload = structuredClone(w.payload);
    Object.assign(payload, { ref: 'refs/heads/hotfix/043-other', after: sha });
    Object.assign(payload.head_commit as Record<string, unknown>, {
      id: sha,
      message: 'Other fix',
    });
    const second = await w.run({
      workspace,
      payload,
      inputs: { ...w.inputs, 'deploy-timeout': '3s' },
    });
    process.kill(firstPid, 'SIGTERM');
    await first;
    expect(w.emulator.violations).toEqual([]);
    expect(second.outputs.status).toBe('deploy-failed');
    expect(second.code).not.toBe(0);
    expect(second.log).toMatch(/Waiting: hotfix 042 \(deployment \d+ of [0-9a-f]{7}, in_progress/);
    expect(second.log).toMatch(
      /hotfix 042 .* is still deploying to production after 3s; nothing was deployed/,
    );
    expect(w.emulator.deployments.some((d) => d.sha === sha)).toBe(false);
  });
});
