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
  const reporter = new MemoryReporter();
  const ports = lanePorts({
    root,
    settings: parseSettings((name) => inputs[name]),
    store: new MemoryStore(new FakeClock()),
    files: new MemoryFiles(),
    reporter,
    link: 'file:///repo',
    ...extra,
  });
  return { ports, lines: reporter.lines, warnings: reporter.warnings };
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
    const { ports, warnings } = plug({ 'notify-webhook': 'http://127.0.0.1:9/hook' }, { history });
    // Nothing listens on port 9: the notifier's warning goes to the run's reporter.
    await ports.notifier!.notify({
      event: 'deploying',
      status: 'running',
      text: 'Hotfix 042 deploying',
      number: '042',
      environment: 'production',
      sha: 'a'.repeat(40),
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^notify-webhook line 1 \(127\.0\.0\.1:9\): the deploying notification was not delivered/,
      ),
    ]);
    expect(ports.history).toBe(history);
    expect(ports.clock.now()).toBeGreaterThan(Date.parse('2026-01-01'));
  });
});
