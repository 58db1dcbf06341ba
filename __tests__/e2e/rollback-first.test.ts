/**
 * The rollback never waits on GitHub (README, "The rollback never waits on GitHub"), end to end
 * through `node dist/index.js` against the emulator with GitHub slowed down.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laneWorlds } from '../helpers/lane-worlds.js';

const { world } = laneWorlds();

describe('the rollback command is the first thing that happens after a breach', () => {
  it('starts within 1 s of the decision while every deployment write of the rollback takes 5 s; the records catch up', async () => {
    const w = await world('bad-after 1500');
    const lane = w.run({ inputs: { ...w.inputs, 'monitor-duration': '30s' } });
    // Once the hotfix is deployed, GitHub turns slow for every deployment write.
    const stop = Date.now() + 30_000;
    while (!w.emulator.deployments.some((d) => d.sha === w.sha && d.statuses.length > 0)) {
      if (Date.now() > stop) throw new Error('the lane never deployed');
      await new Promise((r) => setTimeout(r, 20));
    }
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

/** The longest chain of requests within [from, to] each sent after the previous one answered. */
function sequentialRoundTrips(
  spans: readonly { start: number; end: number }[],
  from: number,
  to: number,
): number {
  const inside = spans.filter((s) => s.start >= from && s.end <= to).sort((a, b) => a.end - b.end);
  let chain = 0;
  let free = from;
  for (const span of inside) {
    if (span.start >= free) {
      chain += 1;
      free = span.end;
    }
  }
  return chain;
}

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
