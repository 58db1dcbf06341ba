import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../src/core/spec.js';
import { examplePayload } from '../helpers/action.js';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { laneWorlds } from '../helpers/lane-worlds.js';
import { commentPayload } from '../helpers/world.js';
import { git } from '../helpers/repo.js';

const BRANCH = 'hotfix/042-login-500';
const SPEC = '.specswarm/features/042-hotfix/hotfix.md';
const { world } = laneWorlds(BRANCH);

/** The bookkeeping commits on the branch since `since`, newest first. */
function bookkeeping(emulator: GitHubEmulator, since: string): string[] {
  return emulator
    .git(['log', '--format=%H %s', `${since}..refs/heads/${BRANCH}`])
    .split('\n')
    .filter(Boolean);
}

describe('the Action on push, end to end against the emulator', () => {
  it('resolves a good hotfix: deployment, statuses, one sticky comment, spec commits, follow-up issues', async () => {
    const w = await world('good-v2');
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      'hotfix-number': '042',
      'hotfix-slug': 'login-500',
      'spec-path': SPEC,
      'tasks-path': '.specswarm/features/042-hotfix/tasks.md',
      status: 'resolved',
      'rollback-target': w.mainSha,
    });
    expect(Number(run.outputs['time-to-resolution-seconds'])).toBeGreaterThanOrEqual(2);
    const deployment = w.emulator.deployments.at(-1)!;
    expect(String(deployment.id)).toBe(run.outputs['deployment-id']);
    expect(deployment).toMatchObject({
      sha: w.sha,
      task: 'deploy:hotfix',
      environment: 'production',
      payload: { hotfix: '042', slug: 'login-500', spec: SPEC, rollbackTarget: w.mainSha },
    });
    expect(deployment.statuses[0]).toMatchObject({
      state: 'in_progress',
      log_url: 'https://github.com/Codertocat/Hello-World/actions/runs/4242',
    });
    expect(deployment.statuses.at(-1)?.state).toBe('success');
    // One sticky comment, by the token's user, with the marker and the chart.
    const comments = w.emulator.comments.filter((c) => c.issue === w.pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- hotfix-action:042 -->\n')).toBe(true);
    expect(comments[0]!.body).toContain('✅ Resolved');
    expect(comments[0]!.body).toContain('xychart-beta');
    // The spec and tasks were committed on top of the pushed head, at most twice, never forced.
    const commits = bookkeeping(w.emulator, w.sha);
    expect(commits.length).toBeGreaterThanOrEqual(1);
    expect(commits.length).toBeLessThanOrEqual(2);
    expect(w.emulator.git(['log', '-1', '--format=%B', `refs/heads/${BRANCH}`])).toContain(
      'Hotfix-Action: bookkeeping',
    );
    // Committed as the action's own identity: what, with the trailer, marks a bookkeeping push.
    expect(w.emulator.git(['log', '-1', '--format=%cn <%ce>', `refs/heads/${BRANCH}`])).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    const spec = w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]);
    expect(readSpec(spec, SPEC)).toMatchObject({
      status: 'Resolved',
      title: 'Login returns 500 for legacy cookies',
    });
    expect(spec).toMatch(/## Timeline[\s\S]*Finished: resolved/);
    // T005-T007, labelled, with due dates and the spec's link.
    const issues = w.emulator.issues.filter((i) => !i.pull);
    expect(issues.map((i) => i.title.slice(0, 4))).toEqual(['T005', 'T006', 'T007']);
    for (const issue of issues) expect(issue.labels).toEqual(['hotfix']);
    expect(issues[0]!.body).toMatch(
      /^<!-- hotfix-action:042:T005 -->\n[\s\S]*\*\*Due\*\*: \d{4}-\d{2}-\d{2} \(within 48 hours\)/,
    );
    expect(issues[2]!.body).toMatch(/\*\*Due\*\*: \d{4}-\d{2}-\d{2} \(within 7 days\)/);
    expect(issues[0]!.body).toContain(`blob/${BRANCH}/${SPEC}`);
    expect(run.summary).toContain('## 🚑 Hotfix 042');
    expect(run.log).toMatch(/::group::gate[\s\S]*::endgroup::/);
    expect(w.emulator.log.length).toBeGreaterThan(0);
  });

  // README, "Any history, any window": counted at the HTTP layer, retries included.
  it('a resolved run with a PR, an earlier successful deployment and T005-T007 makes at most 15 GitHub requests', async () => {
    const w = await world('good-v2');
    const run = await w.run({ inputs: { ...w.inputs, 'monitor-duration': '0s' } });
    expect(run.outputs.status).toBe('resolved');
    expect(w.emulator.violations).toEqual([]);
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
    const sent = w.emulator.log.map((l) => l.operationId);
    expect(sent.length, sent.join(', ')).toBeLessThanOrEqual(15);
  });

  it("what the run's end logs comes after the lane's last log group, even while the lane's last commit is still on its way", async () => {
    const w = await world('good-v2');
    // The bookkeeping commit's ref update answers late: the follow-up issues are opened first.
    w.emulator.faults.push({ operationId: 'git/update-ref', status: 200, times: 5, delayMs: 1500 });
    const run = await w.run({ inputs: { ...w.inputs, 'monitor-duration': '0s' } });
    expect(run.outputs.status).toBe('resolved');
    const followUps = run.log.indexOf('Follow-up issues: ');
    expect(followUps).toBeGreaterThan(-1);
    expect(followUps).toBeGreaterThan(run.log.lastIndexOf('::endgroup::'));
  });

  // README, "Rollback readiness".
  it('without a rollback target: blocked, no deployment, Status Active with a Timeline line, a failed step', async () => {
    const w = await world('good-v2');
    w.emulator.deployments.length = 0;
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('blocked');
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/::error::hotfix 042: blocked\./);
    expect(w.emulator.deployments).toEqual([]);
    const spec = w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]);
    expect(readSpec(spec, SPEC).status).toBe('Active');
    expect(spec).toMatch(/Blocked: no rollback target in production/);
    expect(w.emulator.comments.at(-1)?.body).toContain('Blocked: nothing deployed');
  });

  it('with allow-no-rollback: deploys without a target, stamped in the payload and the T007 issue', async () => {
    const w = await world('good-v2');
    w.emulator.deployments.length = 0;
    const run = await w.run({
      inputs: { ...w.inputs, 'allow-no-rollback': 'first deploy of the login service' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    expect(w.emulator.deployments).toHaveLength(1);
    expect(w.emulator.deployments[0]!.payload).toMatchObject({
      allowNoRollback: 'first deploy of the login service',
    });
    const t007 = w.emulator.issues.find((i) => i.title.startsWith('T007'));
    expect(t007?.body).toContain(
      '**Deployed without a rollback target**: first deploy of the login service',
    );
  });

  it('a human commit that carries the bookkeeping trailer runs the lane, with a warning (README, "Loops and the bookkeeping trailer")', async () => {
    const w = await world('good-v2');
    Object.assign(w.payload.head_commit as Record<string, unknown>, {
      message: 'sneak past the gate\n\nHotfix-Action: bookkeeping',
    });
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.log).toMatch(
      /::warning::the head commit carries the bookkeeping trailer but was not committed by the action's identity/,
    );
    expect(run.outputs.status).toBe('resolved');
    expect(run.log).toMatch(/::group::gate/);
  });

  it('rolls a breach back to the last successful deployment, with its own deployment and statuses', async () => {
    const w = await world('bad');
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).not.toBe(0);
    expect(run.outputs.status).toBe('rolled-back');
    expect(run.log).toMatch(/::error::hotfix 042: rolled-back/);
    const [, hotfix, rollback] = w.emulator.deployments;
    expect(hotfix!.statuses.at(-1)?.state).toBe('failure');
    expect(rollback).toMatchObject({
      sha: w.mainSha,
      payload: { hotfix: '042', rollbackOf: hotfix!.id },
    });
    expect(rollback!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect((await readFile(path.join(w.workspace, '.live-version'), 'utf8')).trim()).toBe('good');
    expect(readSpec(w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]), SPEC).status).toBe(
      'Rolled back',
    );
    expect(w.emulator.comments[0]?.body).toContain('↩️ Rolled back');
  });

  it('never deploys when the gate fails, and says so in the comment', async () => {
    const w = await world('good-v2');
    const run = await w.run({
      inputs: { ...w.inputs, 'test-command': 'echo "2 tests failed"; exit 1' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).not.toBe(0);
    expect(run.outputs.status).toBe('gate-failed');
    expect(w.emulator.deployments).toHaveLength(1);
    expect(w.emulator.issues.filter((i) => !i.pull)).toEqual([]);
    expect(w.emulator.comments[0]?.body).toContain('Essential tests failed: nothing deployed');
  });

  it('is idempotent on a re-run: one comment, one set of issues, and a human edit kept', async () => {
    const w = await world('good-v2');
    const first = await w.run();
    expect(first.code).toBe(0);
    // A human edits the spec on the branch between the runs.
    git(w.dev, 'pull', '-q', 'origin', BRANCH);
    const specFile = path.join(w.dev, SPEC);
    const edited = (await readFile(specFile, 'utf8')).replace(
      '- Users affected: [scope]',
      '- Users affected: every EU login (human note)',
    );
    await writeFile(specFile, edited);
    git(w.dev, 'commit', '-q', '-am', 'spec: impact');
    git(w.dev, 'push', '-q', 'origin', BRANCH);
    const humanCommit = git(w.dev, 'rev-parse', 'HEAD');
    const second = await w.run({
      runAttempt: 2,
    });
    expect(w.emulator.violations).toEqual([]);
    expect(second.code).toBe(0);
    expect(w.emulator.comments.filter((c) => c.issue === w.pr)).toHaveLength(1);
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
    const spec = w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]);
    expect(spec).toContain('- Users affected: every EU login (human note)');
    // Never forced: the human's commit is in the branch's history.
    expect(() =>
      w.emulator.git(['merge-base', '--is-ancestor', humanCommit, `refs/heads/${BRANCH}`]),
    ).not.toThrow();
  });

  it('escalates when the rollback fails: retry, maintenance command, escalation issue with mentions', async () => {
    const w = await world('bad');
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'rollback-command': 'echo "registry down"; exit 3',
        'maintenance-command': 'echo on > .maintenance',
        'escalation-mentions': '@org/oncall',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).not.toBe(0);
    expect(run.outputs.status).toBe('escalated');
    expect(existsSync(path.join(w.workspace, '.maintenance'))).toBe(true);
    expect((run.log.match(/\[rollback[^\]]*\] registry down/g) ?? []).length).toBe(2);
    const escalation = w.emulator.issues.find((i) => i.title.includes('escalated'));
    expect(escalation?.body).toMatch(/^<!-- hotfix-action:042:escalation -->\n@org\/oncall/);
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
    expect(readSpec(w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]), SPEC).status).toBe(
      'Escalated',
    );
  });

  it('on SIGTERM mid-monitor marks the deployment error (cancelled) and exits within 5 s', async () => {
    const w = await world('good-v2');
    let pid = 0;
    const running = w.run({
      inputs: { ...w.inputs, 'monitor-duration': '60s' },
      onSpawn: (p) => (pid = p),
    });
    for (
      let i = 0;
      i < 200 && !w.emulator.deployments[1]?.statuses.some((s) => s.state === 'in_progress');
      i += 1
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1500));
    const sentAt = Date.now();
    process.kill(pid, 'SIGTERM');
    const run = await running;
    expect(Date.now() - sentAt).toBeLessThan(5000);
    expect(run.code).not.toBe(0);
    expect(w.emulator.deployments[1]?.statuses.at(-1)).toMatchObject({
      state: 'error',
      description: 'Cancelled: the run was stopped',
    });
    expect(w.emulator.violations).toEqual([]);
  });
});

describe('manual rollback and chat-ops', () => {
  it('workflow_dispatch operation: rollback redeploys the last good SHA with HOTFIX_ROLLBACK=1', async () => {
    const w = await world('good-v2');
    expect((await w.run()).code).toBe(0);
    const payload = examplePayload('workflow_dispatch');
    payload.inputs = { operation: 'rollback', hotfix: '42' };
    const run = await w.run({
      event: 'workflow_dispatch',
      payload,
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('rolled-back');
    expect(w.emulator.deployments.at(-1)).toMatchObject({
      sha: w.mainSha,
      payload: { hotfix: '042' },
    });
    expect(existsSync(path.join(w.workspace, '.rollback-at'))).toBe(true);
    expect(readSpec(w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]), SPEC).status).toBe(
      'Rolled back',
    );
  });

  it("refuses a non-collaborator's /hotfix rollback politely, runs nothing, exits 0", async () => {
    const w = await world('good-v2');
    const payload = commentPayload(w.pr, 'mallory', '/hotfix rollback');
    const run = await w.run({
      event: 'issue_comment',
      payload,
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(w.emulator.deployments).toHaveLength(1);
    const reply = w.emulator.comments.find((c) => c.issue === w.pr);
    expect(reply?.body).toMatch(
      /Sorry @\u200bmallory, `\/hotfix rollback` needs write, maintain or admin permission/,
    );
    // Asking again does not post a second copy of the same refusal.
    await w.run({
      event: 'issue_comment',
      payload,
    });
    expect(w.emulator.comments.filter((c) => c.issue === w.pr)).toHaveLength(1);
  });

  it('lets a maintainer run /hotfix rollback on the hotfix PR', async () => {
    const w = await world('good-v2');
    expect((await w.run()).code).toBe(0);
    w.emulator.permissions.set('maint', 'maintain');
    const payload = commentPayload(w.pr, 'maint', '/hotfix rollback');
    const run = await w.run({
      event: 'issue_comment',
      payload,
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(w.emulator.deployments.at(-1)?.sha).toBe(w.mainSha);
    expect(w.emulator.comments.filter((c) => c.issue === w.pr)).toHaveLength(1);
    expect(w.emulator.comments[0]?.body).toContain('↩️ Rolled back');
  });
});

describe('status reports and the post step', () => {
  it('posts the status comment from the records when a hotfix PR is opened, and on dispatch status', async () => {
    const w = await world('good-v2');
    expect((await w.run()).code).toBe(0);
    // The comment is gone (say a human deleted it); a reopened PR brings it back from the records.
    w.emulator.comments = [];
    const opened = examplePayload('pull_request', (e) => e.action === 'reopened');
    Object.assign(opened.pull_request as Record<string, unknown>, {
      number: w.pr,
      head: { ref: BRANCH, sha: w.sha },
    });
    opened.number = w.pr;
    const run = await w.run({
      event: 'pull_request',
      payload: opened,
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('resolved');
    expect(w.emulator.comments).toHaveLength(1);
    expect(w.emulator.comments[0]!.body).toMatch(
      /^<!-- hotfix-action:042 -->\n[\s\S]*✅ Resolved[\s\S]*From the deployment records/,
    );
    const dispatch = examplePayload('workflow_dispatch');
    dispatch.inputs = { operation: 'status', hotfix: '' };
    const status = await w.run({
      event: 'workflow_dispatch',
      payload: dispatch,
    });
    expect(status.code).toBe(0);
    expect(status.outputs).toMatchObject({ 'hotfix-number': '042', status: 'resolved' });
    expect(status.summary).toContain('Hotfix 042');
    expect(w.emulator.comments).toHaveLength(1);
  });

  it('the post step marks a deployment the killed main step left in_progress as error', async () => {
    const w = await world('good-v2');
    const id = w.emulator.seedDeployment(w.sha, 'in_progress', { hotfix: '042' });
    const post = await w.run({
      state: { isPost: 'true', 'open-deployments': JSON.stringify([id, w.goodDeployment]) },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(post.code).toBe(0);
    expect(w.emulator.latest(id)).toBe('error');
    expect(w.emulator.latest(w.goodDeployment)).toBe('success');
    expect(w.emulator.deployments).toHaveLength(2);
  });

  it('saves the open deployments for the post step while it runs', async () => {
    const w = await world('good-v2');
    const run = await w.run();
    expect(run.state.isPost).toBe('true');
    expect(JSON.parse(run.state['open-deployments']!)).toEqual([]);
  });

  it('fails a dispatch with a bad operation, naming the input', async () => {
    const w = await world('good-v2');
    const dispatch = examplePayload('workflow_dispatch');
    dispatch.inputs = { operation: 'nuke', hotfix: '' };
    const run = await w.run({
      event: 'workflow_dispatch',
      payload: dispatch,
    });
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(
      /::error::workflow_dispatch input "operation": found "nuke"; expected rollback or status/,
    );
    expect(w.emulator.log).toEqual([]);
  });
});

describe('revert-pr', () => {
  it('after a rollback, opens a PR that puts the hotfix’s files back on the default branch', async () => {
    const w = await world('bad');
    // The hotfix had been merged into main already.
    git(w.dev, 'checkout', '-q', 'main');
    git(w.dev, 'merge', '-q', '--ff-only', BRANCH);
    git(w.dev, 'push', '-q', 'origin', 'main');
    const run = await w.run({
      inputs: { ...w.inputs, 'revert-pr': 'true' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    const pull = w.emulator.issues.find((i) => i.pull?.head === 'revert/hotfix-042');
    expect(pull?.title).toBe('Revert hotfix 042 (rolled back)');
    expect(w.emulator.git(['show', 'refs/heads/revert/hotfix-042:version.txt'])).toBe('good');
    expect(w.emulator.git(['rev-parse', 'refs/heads/revert/hotfix-042^'])).toBe(
      w.emulator.git(['rev-parse', 'refs/heads/main']),
    );
    // A re-run finds the PR instead of opening a second one.
    await w.run({
      inputs: { ...w.inputs, 'revert-pr': 'true' },
      runAttempt: 2,
    });
    expect(w.emulator.issues.filter((i) => i.pull?.head === 'revert/hotfix-042')).toHaveLength(1);
  });

  it('says there is nothing to revert when the default branch does not hold the hotfix', async () => {
    const w = await world('bad');
    const run = await w.run({
      inputs: { ...w.inputs, 'revert-pr': 'true' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.log).toMatch(
      /::notice::revert-pr: .* does not contain hotfix 042 .*: nothing to revert/,
    );
    expect(w.emulator.issues.filter((i) => i.pull && i.pull.head.startsWith('revert/'))).toEqual(
      [],
    );
  });
});

describe('dry-run', () => {
  it('reads and validates everything, runs the gate, prints the commands, and writes nothing to GitHub', async () => {
    const w = await world('bad');
    const run = await w.run({
      inputs: { ...w.inputs, 'dry-run': 'true' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('dry-run');
    // Reads only: REST GETs and GraphQL queries (the emulator counts any GraphQL mutation).
    expect(w.emulator.log.filter((l) => l.method !== 'GET' && l.path !== '/graphql')).toEqual([]);
    expect(w.emulator.graphqlMutations).toEqual([]);
    expect(w.emulator.deployments).toHaveLength(1);
    expect(w.emulator.comments).toEqual([]);
    expect(w.emulator.git(['rev-parse', `refs/heads/${BRANCH}`])).toBe(w.sha);
    expect(run.log).toMatch(/\[dry-run\] deploy: git show "\$HOTFIX_REF:version\.txt"/);
    expect(run.summary).toContain('### Commands a real run would run');
    expect(run.summary).toContain(`HOTFIX_REF=${w.sha}`);
    expect(run.summary).toContain(`HOTFIX_REF=${w.mainSha}`);
    // The service was never touched: what runs is still main's version.
    expect((await readFile(path.join(w.workspace, '.live-version'), 'utf8')).trim()).toBe('good');
  });
});
