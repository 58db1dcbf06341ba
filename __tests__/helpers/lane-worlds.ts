/** The lane worlds of a test file, each closed after its test (kept apart from world.ts, which
 * the benchmark loads outside vitest). */
import { afterEach } from 'vitest';
import { laneWorld } from './world.js';

/**
 * The lane worlds of one test file: `world(version, branch?)` builds one (see laneWorld), and
 * each world, and anything pushed on `cleanups`, is closed after its test.
 */
export function laneWorlds(defaultBranch = 'hotfix/042-login-500') {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  });
  const world = async (version: string, branch = defaultBranch) => {
    const w = await laneWorld(branch, version);
    cleanups.push(w.close);
    return w;
  };
  return { world, cleanups };
}
