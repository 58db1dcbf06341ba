/** The GitHub-backed deployment store (src/github/deployments.ts) against the emulator. */
import { describe, expect, it } from 'vitest';
import { githubDeploymentStore } from '../../src/github/deployments.js';
import { createGitHub } from '../../src/github/octokit.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();
const payload = { hotfix: '042', slug: 'x', spec: 's.md', rollbackTarget: null };
/** A hotfix deployment of production at `ref` (main's head unless said). */
const deployment = (ref = t.head()) => ({
  environment: 'production',
  ref,
  task: 'deploy:hotfix',
  payload,
  description: 'x',
});

describe('deployments', () => {
  it('retries a 502 on a status write and a 500 on a read', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1-1' });
    const d = await store.create(deployment());
    t.emu.faults.push({ operationId: 'repos/create-deployment-status', status: 502, times: 1 });
    t.emu.faults.push({ operationId: 'repos/list-deployments', status: 500, times: 1 });
    await store.setStatus(d.id, 'success', 'ok');
    expect(t.emu.latest(Number(d.id))).toBe('success');
    expect((await store.list('production')).map((r) => r.state)).toEqual(['success']);
  });

  it('never creates a deployment twice when GitHub did it but answered 502', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '7-1' });
    t.emu.faults.push({
      operationId: 'repos/create-deployment',
      status: 502,
      times: 1,
      afterEffect: true,
    });
    const d = await store.create(deployment());
    expect(t.emu.deployments).toHaveLength(1);
    expect(d.id).toBe(t.emu.deployments[0]!.id);
  });

  it('never creates a deployment twice when the network drops after GitHub did it', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '8-1' });
    t.emu.faults.push({
      operationId: 'repos/create-deployment',
      status: 0,
      times: 1,
      afterEffect: true,
      drop: true,
    });
    await store.create(deployment());
    expect(t.emu.deployments).toHaveLength(1);
  });

  it('waits out a secondary rate limit with its retry-after', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1-1' });
    const d = await store.create(deployment());
    t.emu.faults.push({
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
    expect(t.emu.latest(Number(d.id))).toBe('success');
    expect(t.warnings.join('\n')).toMatch(/secondary rate limit .*retrying in 1s/);
  });

  it('fails clearly on a 422 (a ref that does not exist) and a 401 (bad token)', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1-1' });
    await expect(store.create(deployment('f'.repeat(40)))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('No ref found'),
    });
    const bad = createGitHub({ token: 'wrong', baseUrl: t.emu.url, warn: () => {} });
    await expect(
      githubDeploymentStore(bad, t.repo(), { runKey: '1' }).list('production'),
    ).rejects.toMatchObject({ status: 401 });
    expect(t.emu.deployments).toHaveLength(0);
  });

  it('finds the rollback target in one GraphQL request, skipping this hotfix and failed ones', async () => {
    const sha = t.head();
    const good = t.emu.seedDeployment(sha, 'success', { hotfix: '040' });
    t.emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    t.emu.seedDeployment('a'.repeat(40), 'success', { hotfix: '042' });
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1' });
    const { target } = await store.scan('production', {
      hotfix: '042',
      sha: 'b'.repeat(40),
    });
    expect(target?.id).toBe(good);
    expect(t.emu.violations).toEqual([]);
    expect(t.emu.log.map((l) => l.operationId)).toEqual(['graphql']);
  });

  // README, "Any history, any window": one request per 100 deployments, up to 1,000 deep.
  it.each([
    [10, 1],
    [150, 2],
    [1000, 10],
  ])('finds a target %i deployments deep in %i request(s)', async (depth, requests) => {
    const sha = t.head();
    const good = t.emu.seedDeployment(sha, 'success', { hotfix: '040' });
    for (let i = 1; i < depth; i += 1) t.emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target?.id).toBe(good);
    expect(scan.note).toBeUndefined();
    expect(t.emu.violations).toEqual([]);
    expect(t.emu.log.filter((l) => l.operationId === 'graphql')).toHaveLength(requests);
  });

  it('past 1,000 deployments: no target, with a message that says why', async () => {
    const sha = t.head();
    t.emu.seedDeployment(sha, 'success', { hotfix: '040' });
    for (let i = 0; i < 1000; i += 1) t.emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target).toBeUndefined();
    expect(scan.note).toBe(
      'no successful deployment of production in its newest 1000 deployments: treated as no rollback target',
    );
    expect(t.emu.log.filter((l) => l.operationId === 'graphql')).toHaveLength(10);
  });

  it('tells of another hotfix still deploying, from the statuses it reads anyway', async () => {
    const sha = t.head();
    const good = t.emu.seedDeployment(sha, 'success', { hotfix: '040' });
    const running = t.emu.seedDeployment(sha, 'in_progress', { hotfix: '043' });
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'b'.repeat(40) });
    expect(scan.target?.id).toBe(good);
    expect(scan.active).toMatchObject({
      id: running,
      state: 'in_progress',
      payload: { hotfix: '043' },
    });
  });

  it('writes an in_progress status only when its text changes', async () => {
    const store = githubDeploymentStore(t.gh, t.repo(), { runKey: '1' });
    const d = await store.create(deployment());
    await store.setStatus(d.id, 'in_progress', 'Deploying');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Successful');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Successful');
    await store.setStatus(d.id, 'in_progress', 'Monitoring: Degraded');
    await store.setStatus(d.id, 'success', 'done');
    expect(t.emu.deployments[0]!.statuses.map((s) => s.description)).toEqual([
      'Deploying',
      'Monitoring: Successful',
      'Monitoring: Degraded',
      'done',
    ]);
  });
});
