/**
 * The trust boundaries (README, "Trust boundaries"), end to end through `node dist/index.js`
 * against the emulator: what a dispatch or a comment may run, on which environment and branch,
 * and whose comments are the action's own.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, everythingWritten } from '../helpers/action.js';
import { git } from '../helpers/repo.js';
import { laneWorlds } from '../helpers/lane-worlds.js';
import { commentPayload } from '../helpers/world.js';

const BRANCH = 'hotfix/042-login-500';
const SPEC = '.specswarm/features/042-hotfix/hotfix.md';
const { world, cleanups } = laneWorlds(BRANCH);

/** A dispatch payload for `operation` of hotfix `hotfix`. */
function dispatch(operation: string, hotfix: string) {
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = { operation, hotfix };
  return payload;
}

describe('spec commands run only in a push run of the branch', () => {
  it("a dispatch rollback runs the workflow's command, never the branch spec's Rollback Plan, and says why", async () => {
    const w = await world('good-v2');
    expect((await w.run()).outputs.status).toBe('resolved');
    // Someone who can push a branch writes a Rollback Plan that would run with the default
    // branch's secrets.
    const canary = path.join(w.workspace, 'spec-plan-ran');
    git(w.dev, 'pull', '-q', 'origin', BRANCH);
    const specFile = path.join(w.dev, SPEC);
    const spec = await readFile(specFile, 'utf8');
    await writeFile(
      specFile,
      spec.replace('**3. Rollback Plan**:', `**3. Rollback Plan**: \`touch ${canary}\``),
    );
    git(w.dev, 'commit', '-q', '-am', 'spec: rollback plan');
    git(w.dev, 'push', '-q', 'origin', BRANCH);
    const run = await w.run({ event: 'workflow_dispatch', payload: dispatch('rollback', '42') });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    expect(existsSync(canary)).toBe(false);
    // The workflow's deploy-command rolled back to the target instead.
    expect(await readFile(path.join(w.workspace, '.live-version'), 'utf8')).toBe('good\n');
    expect(run.log).toMatch(/The spec's Rollback Plan \(\S+hotfix\.md:\d+\) was not run/);
    expect(run.summary).toMatch(/Rollback Plan \(\S+hotfix\.md:\d+\) was not run/);
    const comment = w.emulator.comments.find((c) => c.issue === w.pr)!;
    expect(comment.body).toMatch(/was not run: it is read from the hotfix branch/);
  });
});

describe('chat-ops acts on the right thing', () => {
  it("refuses /hotfix rollback on a fork's PR with a reply, and runs nothing", async () => {
    const w = await world('good-v2');
    expect((await w.run()).code).toBe(0);
    const deployments = w.emulator.deployments.length;
    const fork = w.emulator.issues.find((i) => i.number === w.pr)!;
    fork.pull!.headRepo = 'mallory/Hello-World';
    w.emulator.permissions.set('maint', 'maintain');
    const run = await w.run({
      event: 'issue_comment',
      payload: commentPayload(w.pr, 'maint', '/hotfix rollback'),
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('skipped');
    expect(w.emulator.deployments).toHaveLength(deployments);
    expect(run.log).toMatch(
      /::error::\/hotfix rollback on PR #\d+ refused: its head branch is in mallory\/Hello-World/,
    );
    const replies = w.emulator.comments.filter((c) => c.body.includes('hotfix-action:refusal'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toMatch(
      /works only on pull requests whose branch is in this repository/,
    );
  });

  it('rolls hotfix N back where its latest deployment is, on its real branch (hotfix/7-db), whatever environment says', async () => {
    const w = await world('good-v2', 'hotfix/7-db');
    // The lane ran in staging.
    w.emulator.seedDeployment(w.mainSha, 'success', {}, 'staging');
    const lane = await w.run({ inputs: { ...w.inputs, environment: 'staging' } });
    expect(lane.outputs.status).toBe('resolved');
    expect(w.emulator.deployments.at(-1)).toMatchObject({
      environment: 'staging',
      payload: { hotfix: '007', branch: 'hotfix/7-db' },
    });
    // The dispatch leaves environment at its default (production).
    const run = await w.run({ event: 'workflow_dispatch', payload: dispatch('rollback', '7') });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    expect(w.emulator.deployments.at(-1)).toMatchObject({
      environment: 'staging',
      sha: w.mainSha,
      payload: { rollbackOf: expect.any(Number) },
    });
    expect(run.log).toMatch(/latest deployment is in staging: rolling back there/);
    // The journal, the spec and the PR reply found the real branch.
    const spec = w.emulator.git([
      'show',
      'refs/heads/hotfix/7-db:.specswarm/features/007-hotfix/hotfix.md',
    ]);
    expect(spec).toMatch(/\*\*Status\*\*: Rolled back/);
    expect(run.log).not.toMatch(/no longer exists/);
    expect(w.emulator.comments.filter((c) => c.issue === w.pr)).toHaveLength(1);
    expect(w.emulator.comments.find((c) => c.issue === w.pr)!.body).toContain('↩️ Rolled back');
  });

  it('a slug or branch in a deployment payload that is not valid is not used', async () => {
    const w = await world('good-v2');
    expect((await w.run()).outputs.status).toBe('resolved');
    const mine = w.emulator.deployments.at(-1)!;
    mine.payload = {
      ...(mine.payload as object),
      slug: '$(touch x); rm -rf',
      branch: 'main',
    };
    const run = await w.run({
      event: 'workflow_dispatch',
      payload: dispatch('rollback', '42'),
      inputs: {
        ...w.inputs,
        'deploy-command':
          'echo "slug=[$HOTFIX_SLUG]" && git show "$HOTFIX_REF:version.txt" > .live-version',
      },
    });
    expect(run.outputs.status).toBe('rolled-back');
    expect(run.log).toMatch(
      /its payload's slug "\$\(touch x\); rm -rf" is not valid and was not used/,
    );
    expect(run.log).toMatch(/its payload's branch "main" is not valid and was not used/);
    expect(run.log).toContain('slug=[]');
    expect(w.emulator.git(['rev-parse', 'refs/heads/main'])).toBe(w.mainSha);
  });
});

describe("the action's own comments with a GitHub App's token", () => {
  it("finds its sticky comment again on a re-run when the token is an App's (ghs_, <slug>[bot])", async () => {
    const w = await world('good-v2');
    w.emulator.ownLogin = 'hotfix-helper[bot]';
    expect((await w.run()).outputs.status).toBe('resolved');
    expect((await w.run({ runAttempt: 2 })).outputs.status).toBe('resolved');
    expect(w.emulator.violations).toEqual([]);
    const ours = w.emulator.comments.filter((c) => c.issue === w.pr);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.user).toBe('hotfix-helper[bot]');
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
    expect(w.emulator.operations()).toContain('graphql');
  });
});

describe('credentials in monitor URLs', () => {
  it('probes and queries Prometheus with user:pass as Basic auth plus monitor-headers, and shows the secrets nowhere', async () => {
    const w = await world('good-v2');
    const basic = `Basic ${Buffer.from('watcher:hunter2-secret').toString('base64')}`;
    const server = http.createServer((req, res) => {
      if (req.headers.authorization !== basic || req.headers['x-scope-orgid'] !== 'tenant-x7q')
        return res.writeHead(401).end();
      if (req.url?.startsWith('/api/v1/query'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            status: 'success',
            data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0'] }] },
          }),
        );
      res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const port = (server.address() as AddressInfo).port;
    const url = `http://watcher:hunter2-secret@127.0.0.1:${port}`;
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'probe-url': `${url}/healthz`,
        'prometheus-url': url,
        'monitor-headers': 'X-Scope-OrgID: tenant-x7q',
        thresholds: 'error_rate < 1%\n`sum(rate(errors_total[1m]))` < 1',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    const secrets = ['hunter2-secret', 'tenant-x7q', basic.slice(6)];
    for (const secret of secrets)
      expect(run.log.split('\n').filter((l) => l.includes(secret))).toEqual([
        `::add-mask::${secret}`,
      ]);
    const everywhere = everythingWritten(w.emulator, run);
    for (const text of everywhere) for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
