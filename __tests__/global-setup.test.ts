/**
 * README, "Development": a test run never judges a stale bundle. The global setup builds dist/
 * first when a file under src/ is newer than it; here on a real temp tree.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleBundle } from './global-setup.js';

let root: string;
const file = async (relative: string, minutesAgo: number) => {
  const full = path.join(root, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, 'x');
  const at = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(full, at, at);
};

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'hotfix-setup-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the global setup', () => {
  it('builds when there is no bundle, or a file under src/ (at any depth) is newer than either bundle', async () => {
    await file('src/core/lane.ts', 30);
    expect(staleBundle(root)).toBe(true);
    await file('dist/index.js', 20);
    await file('dist/cli/index.js', 20);
    expect(staleBundle(root)).toBe(false);
    await file('src/core/deep/er/spec.ts', 10);
    expect(staleBundle(root)).toBe(true);
    await file('dist/index.js', 5);
    // The CLI bundle is still older than the edit.
    expect(staleBundle(root)).toBe(true);
    await file('dist/cli/index.js', 5);
    expect(staleBundle(root)).toBe(false);
  });
});
