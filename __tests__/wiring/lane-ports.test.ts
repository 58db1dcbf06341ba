/**
 * README, "Layout": the lane's ports on Node are plugged once for both faces. Real child
 * processes in a temp work tree.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings.js';
import { parseThreshold } from '../../src/core/thresholds.js';
import { lanePorts, type LanePortsOptions } from '../../src/wiring/lane-ports.js';
import { MemoryFiles, MemoryReporter, MemoryStore, FakeClock } from '../helpers/fakes.js';

let root: string;
beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'hotfix-ports-')));
});
afterAll(() => rm(root, { recursive: true, force: true }));

function plug(inputs: Record<string, string>, extra: Partial<LanePortsOptions> = {}) {
  const lines: string[] = [];
  const warnings: string[] = [];
  const ports = lanePorts({
    root,
    settings: parseSettings((name) => inputs[name]),
    store: new MemoryStore(new FakeClock()),
    files: new MemoryFiles(),
    reporter: new MemoryReporter(),
    writeLine: (line) => lines.push(line),
    warn: (message) => warnings.push(message),
    link: 'file:///repo',
    ...extra,
  });
  return { ports, lines, warnings };
}

describe('lanePorts', () => {
  it('runs user commands in the work tree, secrets masked in what they print', async () => {
    const { ports, lines } = plug({}, { secrets: ['s3cr3t-token'] });
    const result = await ports.runner.run({
      label: 'deploy',
      command: 'pwd; echo "token=$TOKEN"',
      env: { TOKEN: 's3cr3t-token' },
      timeoutMs: 10_000,
    });
    expect(result.exitCode).toBe(0);
    expect(lines).toEqual([`  [deploy] ${root}`, '  [deploy] token=***']);
  });

  it("builds the metric source from the run's thresholds, the monitor command getting the run's HOTFIX_* environment", async () => {
    const { ports } = plug({
      'monitor-command': 'printf \'{"queue_depth": %s}\' "$HOTFIX_NUMBER"',
    });
    const source = ports.sources([parseThreshold('queue_depth < 100', { input: 'thresholds' })], {
      HOTFIX_NUMBER: '42',
    });
    expect(await source!.sample()).toEqual({ queue_depth: 42 });
    expect(plug({}).ports.sources([], {})).toBeUndefined();
  });

  it('notifies only when notify-webhook is set, and passes the history through', async () => {
    expect(plug({}).ports.notifier).toBeUndefined();
    expect(plug({}).ports.history).toBeUndefined();
    const history = { relation: async () => 'ahead' as const };
    const { ports } = plug({ 'notify-webhook': 'http://127.0.0.1:9/hook' }, { history });
    expect(ports.notifier).toBeDefined();
    expect(ports.history).toBe(history);
    expect(ports.clock.now()).toBeGreaterThan(Date.parse('2026-01-01'));
  });
});
