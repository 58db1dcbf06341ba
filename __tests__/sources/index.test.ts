/**
 * The run's metric source from its settings (src/sources/index.ts; README, "Thresholds"): each
 * source the inputs name, combined into one sample, on a real HTTP service and a real monitor
 * command.
 */
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings.js';
import { parseThreshold } from '../../src/core/thresholds.js';
import { processRunner } from '../../src/node/command-runner.js';
import { buildSources } from '../../src/sources/index.js';
import { startService } from '../helpers/service.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
const settings = (inputs: Record<string, string>) => parseSettings((name) => inputs[name]);
const runner = processRunner({ cwd: os.tmpdir(), writeLine: () => {}, secrets: [] });

describe('buildSources()', () => {
  it('nothing named: no source', () => {
    expect(buildSources(settings({}), [])).toBeUndefined();
  });

  it('a probe and a monitor command together: one sample holding both', async () => {
    const service = await startService({ status: 200 });
    closers.push(service.close);
    const source = buildSources(
      settings({
        'probe-url': service.url,
        'monitor-command': 'echo \'{"queue_depth": 3}\'',
      }),
      [],
      { runner },
    )!;
    const sample = await source.sample();
    expect(sample).toMatchObject({ error_rate: 0, queue_depth: 3 });
    expect(service.requests()).toBeGreaterThan(0);
  });

  it('Prometheus only when a threshold is a PromQL query', () => {
    const prometheus = settings({ 'prometheus-url': 'http://127.0.0.1:9' });
    expect(
      buildSources(prometheus, [parseThreshold('error_rate < 1%', { input: 'thresholds' })]),
    ).toBeUndefined();
    const query = parseThreshold('`sum(rate(errors[1m]))` < 5', { input: 'thresholds' });
    expect(buildSources(prometheus, [query])?.name).toBe('prometheus');
  });

  it('a monitor command without the process runner is a programming error that says what to pass', () => {
    expect(() => buildSources(settings({ 'monitor-command': 'true' }), [])).toThrow(
      'monitor-command needs the process runner: pass it to buildSources',
    );
  });
});
