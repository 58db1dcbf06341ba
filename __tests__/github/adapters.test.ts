import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, StickyComment } from '../../src/github/comments.js';
import { githubDeploymentStore } from '../../src/github/deployments.js';
import { ensureIssues, issueMarker } from '../../src/github/issues.js';
import { createGitHub, type GitHub } from '../../src/github/octokit.js';
import { canOperate } from '../../src/github/permissions.js';
import { GitHubEmulator } from '../helpers/github-emulator.js';

let emu: GitHubEmulator;
let gh: GitHub;
let warnings: string[];
const repo = () => ({ owner: emu.owner, repo: emu.repo });
const payload = { hotfix: '042', slug: 'x', spec: 's.md', rollbackTarget: null };

beforeEach(async () => {
  emu = await GitHubEmulator.withBareRepo();
  await emu.start();
  warnings = [];
  gh = createGitHub({ token: emu.token, baseUrl: emu.url, warn: (m) => warnings.push(m) });
  // A commit for deployments to point at.
  const tree = emu.git(['write-tree'], undefined, { GIT_INDEX_FILE: `${emu.bare}/empty-index` });
  const sha = emu.git(['commit-tree', tree, '-m', 'init'], undefined, {
    GIT_AUTHOR_NAME: 'a',
    GIT_AUTHOR_EMAIL: 'a@b.c',
    GIT_COMMITTER_NAME: 'a',
    GIT_COMMITTER_EMAIL: 'a@b.c',
  });
  emu.git(['update-ref', 'refs/heads/main', sha]);
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.stop();
});
const head = () => emu.git(['rev-parse', 'refs/heads/main']);

describe('deployments', () => {
  it('retries a 502 on a status write and a 500 on a read', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '1-1' });
    const d = await store.create({
      environment: 'production',
      ref: head(),
      task: 'deploy:hotfix',
      payload,
      description: 'x',
    });
    emu.faults.push({ operationId: 'repos/create-deployment-status', status: 502, times: 1 });
    emu.faults.push({ operationId: 'repos/list-deployments', status: 500, times: 1 });
    await store.setStatus(d.id, 'success', 'ok');
    expect(emu.latest(Number(d.id))).toBe('success');
    expect((await store.list('production')).map((r) => r.state)).toEqual(['success']);
  });

  it('never creates a deployment twice when GitHub did it but answered 502', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '7-1' });
    emu.faults.push({
      operationId: 'repos/create-deployment',
      status: 502,
      times: 1,
      afterEffect: true,
    });
    const d = await store.create({
      environment: 'production',
      ref: head(),
      task: 'deploy:hotfix',
      payload,
      description: 'x',
    });
    expect(emu.deployments).toHaveLength(1);
    expect(d.id).toBe(emu.deployments[0]!.id);
  });

  it('never creates a deployment twice when the network drops after GitHub did it', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '8-1' });
    emu.faults.push({
      operationId: 'repos/create-deployment',
      status: 0,
      times: 1,
      afterEffect: true,
      drop: true,
    });
    await store.create({
      environment: 'production',
      ref: head(),
      task: 'deploy:hotfix',
      payload,
      description: 'x',
    });
    expect(emu.deployments).toHaveLength(1);
  });

  it('waits out a secondary rate limit with its retry-after', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '1-1' });
    const d = await store.create({
      environment: 'production',
      ref: head(),
      task: 'deploy:hotfix',
      payload,
      description: 'x',
    });
    emu.faults.push({
      operationId: 'repos/create-deployment-status',
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const started = Date.now();
    await store.setStatus(d.id, 'success', 'ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(emu.latest(Number(d.id))).toBe('success');
    expect(warnings.join('\n')).toMatch(/secondary rate limit .*retrying in 1s/);
  });

  it('fails clearly on a 422 (a ref that does not exist) and a 401 (bad token)', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '1-1' });
    await expect(
      store.create({
        environment: 'production',
        ref: 'f'.repeat(40),
        task: 'deploy:hotfix',
        payload,
        description: 'x',
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('No ref found') });
    const bad = createGitHub({ token: 'wrong', baseUrl: emu.url, warn: () => {} });
    await expect(
      githubDeploymentStore(bad, repo(), { runKey: '1' }).list('production'),
    ).rejects.toMatchObject({ status: 401 });
    expect(emu.deployments).toHaveLength(0);
  });

  it('finds the rollback target in one GraphQL request, skipping this hotfix and failed ones', async () => {
    const sha = head();
    const good = emu.seedDeployment(sha, 'success', { hotfix: '040' });
    emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    emu.seedDeployment('a'.repeat(40), 'success', { hotfix: '042' });
    const store = githubDeploymentStore(gh, repo(), { runKey: '1' });
    const { target } = await store.scan('production', {
      hotfix: '042',
      sha: 'b'.repeat(40),
    });
    expect(target?.id).toBe(good);
    expect(emu.violations).toEqual([]);
    expect(emu.log.map((l) => l.operationId)).toEqual(['graphql']);
  });

  // README, "Any history, any window": one request per 100 deployments, up to 1,000 deep.
  it.each([
    [10, 1],
    [150, 2],
    [1000, 10],
  ])('finds a target %i deployments deep in %i request(s)', async (depth, requests) => {
    const sha = head();
    const good = emu.seedDeployment(sha, 'success', { hotfix: '040' });
    for (let i = 1; i < depth; i += 1) emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    const store = githubDeploymentStore(gh, repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target?.id).toBe(good);
    expect(scan.note).toBeUndefined();
    expect(emu.violations).toEqual([]);
    expect(emu.log.filter((l) => l.operationId === 'graphql')).toHaveLength(requests);
  });

  it('past 1,000 deployments: no target, with a message that says why', async () => {
    const sha = head();
    emu.seedDeployment(sha, 'success', { hotfix: '040' });
    for (let i = 0; i < 1000; i += 1) emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    const store = githubDeploymentStore(gh, repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target).toBeUndefined();
    expect(scan.note).toBe(
      'no successful deployment of production in its newest 1000 deployments: treated as no rollback target',
    );
    expect(emu.log.filter((l) => l.operationId === 'graphql')).toHaveLength(10);
  });

  it('tells of another hotfix still deploying, from the statuses it reads anyway', async () => {
    const sha = head();
    const good = emu.seedDeployment(sha, 'success', { hotfix: '040' });
    const running = emu.seedDeployment(sha, 'in_progress', { hotfix: '043' });
    const store = githubDeploymentStore(gh, repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target?.id).toBe(good);
    expect(scan.active).toMatchObject({
      id: running,
      state: 'in_progress',
      payload: { hotfix: '043' },
    });
  });

  it('writes an in_progress status only when its text changes', async () => {
    const store = githubDeploymentStore(gh, repo(), { runKey: '1' });
    const d = await store.create({
      environment: 'production',
      ref: head(),
      task: 'deploy:hotfix',
      payload,
      description: 'x',
    });
    await store.setStatus(d.id, 'in_progress', 'Deploying');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Successful');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Successful');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Degraded');
    await store.setStatus(d.id, 'success', 'done');
    expect(emu.deployments[0]!.statuses.map((s) => s.description)).toEqual([
      'Deploying',
      'Monitoring: Successful',
      'Monitoring: Degraded',
      'done',
    ]);
  });
});

describe('sticky comment', () => {
  it('ignores the marker in a comment someone else wrote, and updates its own in place', async () => {
    const pr = emu.addPull('hotfix/042-x', 't');
    emu.comments.push({ id: 1, issue: pr, body: `${commentMarker('042')}\nfake`, user: 'mallory' });
    const sticky = new StickyComment(gh, repo(), pr, commentMarker('042'), emu.ownLogin);
    await sticky.upsert('one');
    await sticky.upsert('two');
    await sticky.upsert('two');
    const ours = emu.comments.filter((c) => c.user === emu.ownLogin);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${commentMarker('042')}\ntwo`);
    expect(emu.comments.find((c) => c.user === 'mallory')!.body).toContain('fake');
    expect(emu.operations().filter((o) => o === 'issues/update-comment')).toHaveLength(1);
  });

  it('finds its comment on page 3 of a PR with 250 comments', async () => {
    const pr = emu.addPull('hotfix/042-x', 't');
    for (let i = 0; i < 240; i += 1)
      emu.comments.push({ id: 10 + i, issue: pr, body: `chatter ${i}`, user: 'someone' });
    emu.comments.push({
      id: 5000,
      issue: pr,
      body: `${commentMarker('042')}\nold`,
      user: emu.ownLogin,
    });
    for (let i = 0; i < 9; i += 1)
      emu.comments.push({ id: 6000 + i, issue: pr, body: 'more', user: 'someone' });
    await new StickyComment(gh, repo(), pr, commentMarker('042'), emu.ownLogin).upsert('new');
    expect(emu.comments.filter((c) => c.body.startsWith(commentMarker('042')))).toHaveLength(1);
    expect(emu.comments.find((c) => c.id === 5000)!.body).toBe(`${commentMarker('042')}\nnew`);
    expect(emu.operations().filter((o) => o === 'issues/list-comments')).toHaveLength(3);
  });

  it('posts once when GitHub created the comment but answered 500', async () => {
    const pr = emu.addPull('hotfix/042-x', 't');
    emu.faults.push({
      operationId: 'issues/create-comment',
      status: 500,
      times: 1,
      afterEffect: true,
    });
    await new StickyComment(gh, repo(), pr, commentMarker('042'), emu.ownLogin).upsert('body');
    expect(emu.comments).toHaveLength(1);
  });
});

describe('issues and permissions', () => {
  it('opens each follow-up once, across re-runs and a late 502', async () => {
    const drafts = ['T005', 'T006', 'T007'].map((kind) => ({
      marker: issueMarker('042', kind),
      title: kind,
      body: 'b',
      labels: ['hotfix'],
    }));
    emu.faults.push({ operationId: 'issues/create', status: 502, times: 1, afterEffect: true });
    await ensureIssues(gh, repo(), drafts, emu.ownLogin);
    await ensureIssues(gh, repo(), drafts, emu.ownLogin);
    expect(emu.issues.map((i) => i.title)).toEqual(['T005', 'T006', 'T007']);
  });

  it('lets write, maintain and admin operate; read, triage and strangers not', async () => {
    for (const [user, permission] of [
      ['w', 'write'],
      ['m', 'maintain'],
      ['a', 'admin'],
      ['r', 'read'],
      ['t', 'triage'],
    ]) {
      emu.permissions.set(user!, permission!);
    }
    const results = await Promise.all(
      ['w', 'm', 'a', 'r', 't', 'nobody'].map((u) => canOperate(gh, repo(), u)),
    );
    expect(results).toEqual([true, true, true, false, false, false]);
  });
});

describe('spec commits through the Git Data API', () => {
  it('commits on top of the head with the trailer; a file a human changed meanwhile keeps the human version', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { ApiSpecFiles } = await import('../../src/github/commits.js');
    const { git } = await import('../helpers/repo.js');
    const dev = await mkdtemp(path.join(os.tmpdir(), 'hotfix-dev-'));
    git(dev, 'clone', '-q', emu.bare, '.');
    git(dev, 'config', 'user.email', 'h@example.invalid');
    git(dev, 'config', 'user.name', 'Human');
    git(dev, 'checkout', '-q', '-b', 'hotfix/042-x');
    await writeFile(path.join(dev, 'spec.md'), 'human v1\n');
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', 'spec');
    git(dev, 'push', '-q', 'origin', 'hotfix/042-x');
    const pushed = git(dev, 'rev-parse', 'HEAD');
    const files = new ApiSpecFiles({
      gh,
      repo: repo(),
      branch: 'hotfix/042-x',
      workspace: dev,
      head: pushed,
      warn: (m) => warnings.push(m),
    });
    expect(await files.read('spec.md')).toBe('human v1\n');
    await files.write('spec.md', 'action v1\n');
    await files.write('tasks.md', 'tasks\n');
    // A human pushes an edit of spec.md before the action commits.
    const other = await mkdtemp(path.join(os.tmpdir(), 'hotfix-dev2-'));
    git(other, 'clone', '-q', '-b', 'hotfix/042-x', emu.bare, '.');
    git(other, 'config', 'user.email', 'h@example.invalid');
    git(other, 'config', 'user.name', 'Human');
    await writeFile(path.join(other, 'spec.md'), 'human v2\n');
    git(other, 'commit', '-q', '-am', 'human edit');
    git(other, 'push', '-q', 'origin', 'hotfix/042-x');
    const human = git(other, 'rev-parse', 'HEAD');
    await files.flush('hotfix 042: scaffold');
    expect(emu.git(['show', 'refs/heads/hotfix/042-x:spec.md'])).toBe('human v2');
    expect(emu.git(['show', 'refs/heads/hotfix/042-x:tasks.md'])).toBe('tasks');
    expect(emu.git(['rev-parse', 'refs/heads/hotfix/042-x^'])).toBe(human);
    expect(emu.git(['log', '-1', '--format=%B', 'refs/heads/hotfix/042-x'])).toMatch(
      /hotfix 042: scaffold\n\nHotfix-Action: bookkeeping/,
    );
    expect(warnings.join('\n')).toMatch(
      /spec\.md was changed on hotfix\/042-x while the action worked: your version is kept/,
    );
    // From now on the file is the human's: later writes do not touch it.
    await files.write('spec.md', 'action v2\n');
    await files.flush('hotfix 042: final');
    expect(emu.git(['show', 'refs/heads/hotfix/042-x:spec.md'])).toBe('human v2');
    expect(await readFile(path.join(dev, 'tasks.md'), 'utf8')).toBe('tasks\n');
    expect(emu.operations().filter((o) => o === 'git/update-ref').length).toBe(2);
  });
});
