/**
 * The environment wait (src/core/environment-wait.ts): another hotfix still deploying to the
 * environment is waited for, 15 s at a time with progress, up to deploy-timeout, then refused by
 * name; one running longer than deploy-timeout + monitor-duration + 10m is stale (README,
 * "Concurrency in an incident").
 */
import { describe, expect, it } from 'vitest';
import { waitForEnvironment } from '../../src/core/environment-wait.js';
import { recordOf } from '../helpers/lane-record.js';

const OTHER = 'c'.repeat(40);

/** A world where hotfix 041 started deploying `ageMs` ago and is still in_progress. */
function busy(ageMs: number, inputs: Record<string, string> = { 'deploy-timeout': '1m' }) {
  const world = recordOf({ inputs });
  world.store.seed({
    ref: OTHER,
    state: 'in_progress',
    payload: { hotfix: '041' },
    description: 'Deploying',
    createdAt: new Date(world.clock.now() - ageMs).toISOString(),
  });
  const sleeps: number[] = [];
  const sleep = world.clock.sleep.bind(world.clock);
  world.clock.sleep = (ms, signal) => {
    sleeps.push(ms);
    return sleep(ms, signal);
  };
  return { ...world, other: world.store.records.at(-1)!, sleeps };
}

describe('waitForEnvironment()', () => {
  it('with nobody deploying, returns the scan at once: the rollback target, no wait', async () => {
    const world = busy(0);
    world.other.state = 'success';
    const scan = await waitForEnvironment(world.record);
    expect(scan).toMatchObject({ target: { ref: OTHER } });
    expect(world.sleeps).toEqual([]);
  });

  it('waits 15 s at a time with a progress line naming the other hotfix, and goes on once it is done', async () => {
    const world = busy(60_000, { 'deploy-timeout': '5m' });
    const sleep = world.clock.sleep;
    world.clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (world.sleeps.length === 2) world.other.state = 'success';
    };
    const scan = await waitForEnvironment(world.record);
    expect(scan).toMatchObject({ target: { ref: OTHER } });
    expect(world.sleeps).toEqual([15_000, 15_000]);
    expect(world.reporter.lines.filter((l) => l.startsWith('Waiting:'))).toEqual([
      `Waiting: hotfix 041 (deployment ${world.other.id} of ccccccc, in_progress: Deploying) is deploying to production`,
      `Waiting: hotfix 041 (deployment ${world.other.id} of ccccccc, in_progress: Deploying) is deploying to production`,
    ]);
  });

  it('refuses after deploy-timeout, naming the hotfix still deploying; the last wait is cut to the timeout', async () => {
    const world = busy(60_000, { 'deploy-timeout': '40s' });
    const result = await waitForEnvironment(world.record);
    expect(world.sleeps).toEqual([15_000, 15_000, 10_000]);
    expect(result).toEqual({
      refused: `hotfix 041 (deployment ${world.other.id} of ccccccc, in_progress: Deploying) is still deploying to production after 40s; nothing was deployed. Push again when it is done, or mark it finished.`,
    });
  });

  it('does not wait for a deployment running past deploy-timeout + monitor-duration + 10m: a warning, and the scan', async () => {
    // deploy-timeout 1m + monitor-duration 10m (the default) + 10m = 21m: one 20m old is still
    // 21m old (not more) when deploy-timeout runs out.
    const waited = busy(20 * 60_000);
    expect(await waitForEnvironment(waited.record)).toHaveProperty('refused');
    const stale = busy(21 * 60_000 + 1000);
    const scan = await waitForEnvironment(stale.record);
    expect(scan).not.toHaveProperty('refused');
    expect(stale.sleeps).toEqual([]);
    expect(stale.reporter.warnings).toEqual([
      expect.stringMatching(
        /^hotfix 041 \(deployment .*\) has been running since .*: taken as stale, not waited for$/,
      ),
    ]);
  });

  it('a cancelled run stops waiting', async () => {
    const controller = new AbortController();
    const world = recordOf({ inputs: { 'deploy-timeout': '5m' }, signal: controller.signal });
    world.store.seed({
      ref: OTHER,
      state: 'in_progress',
      payload: { hotfix: '041' },
      createdAt: new Date(world.clock.now()).toISOString(),
    });
    controller.abort(new Error('cancelled by SIGTERM'));
    await expect(waitForEnvironment(world.record)).rejects.toThrow('cancelled by SIGTERM');
  });
});
