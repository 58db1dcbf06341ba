/** The CLI's file-backed deployment store (src/cli/file-store.ts), on a real temp dir. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRollbackTarget } from '../../src/core/rollback-target.js';
import { DEPLOYMENTS_FILE, fileDeploymentStore } from '../../src/cli/file-store.js';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'hotfix-local-'));

describe('file-backed deployment store', () => {
  it('keeps deployments and statuses in .specswarm/deployments.json, newest first per environment', async () => {
    const root = await tmp();
    let t = Date.UTC(2026, 0, 1);
    const store = fileDeploymentStore(root, () => (t += 1000));
    const payload = { hotfix: '', slug: '', spec: '', rollbackTarget: null };
    const a = await store.create({
      environment: 'production',
      ref: 'a'.repeat(40),
      task: 'deploy:hotfix',
      payload,
      description: '',
    });
    await store.setStatus(a.id, 'success', 'ok');
    const b = await store.create({
      environment: 'production',
      ref: 'b'.repeat(40),
      task: 'deploy:hotfix',
      payload: { ...payload, hotfix: '042' },
      description: '',
    });
    await store.setStatus(b.id, 'in_progress', 'deploying');
    await store.create({
      environment: 'staging',
      ref: 'c'.repeat(40),
      task: 'deploy:hotfix',
      payload,
      description: '',
    });
    const list = await store.list('production');
    expect(list.map((r) => [r.id, r.state])).toEqual([
      [2, 'in_progress'],
      [1, 'success'],
    ]);
    expect(findRollbackTarget(list, '042', 'b'.repeat(40))?.ref).toBe('a'.repeat(40));
    const raw = JSON.parse(await readFile(path.join(root, DEPLOYMENTS_FILE), 'utf8'));
    expect(raw.deployments[1].statuses.map((s: { state: string }) => s.state)).toEqual([
      'in_progress',
    ]);
  });

  it('writes atomically: concurrent changes all land and no temp file is left', async () => {
    const root = await tmp();
    const store = fileDeploymentStore(root);
    const payload = { hotfix: '', slug: '', spec: '', rollbackTarget: null };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.create({
          environment: 'production',
          ref: String(i).padStart(40, '0'),
          task: 'deploy:hotfix',
          payload,
          description: '',
        }),
      ),
    );
    expect(await store.list('production')).toHaveLength(20);
    expect(
      (await readdir(path.join(root, '.specswarm'))).filter((f) => f.includes('.tmp')),
    ).toEqual([]);
  });

  it('refuses a corrupt store with a clear error, and does not overwrite it', async () => {
    const root = await tmp();
    const store = fileDeploymentStore(root);
    await store.list('production');
    const file = path.join(root, DEPLOYMENTS_FILE);
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(path.dirname(file), { recursive: true }),
    );
    await writeFile(file, '{ half-written');
    await expect(store.list('production')).rejects.toThrowError(
      /deployments\.json is not a deployment store.*fix or move it/,
    );
    await expect(
      store.create({
        environment: 'p',
        ref: 'x',
        task: 't',
        payload: { hotfix: '', slug: '', spec: '', rollbackTarget: null },
        description: '',
      }),
    ).rejects.toThrowError();
    expect(await readFile(file, 'utf8')).toBe('{ half-written');
  });
});
