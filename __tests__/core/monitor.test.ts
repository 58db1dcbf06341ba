/** What the monitor (src/core/monitor.ts) says of samples and of the window. */
import { describe, expect, it } from 'vitest';
import { combineSources, describeSample, monitor, takeSample } from '../../src/core/monitor.js';
import type { MetricSource } from '../../src/core/ports.js';
import { type SampleRecord } from '../../src/core/state.js';
import { parseThresholds } from '../../src/core/thresholds.js';
import { FakeClock } from '../helpers/fakes.js';

const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

describe('samples', () => {
  const thresholds = parseThresholds('error_rate < 1%\nlatency_p95_ms < 800ms', { input: 't' });
  const clock = new FakeClock(T0);
  const source = (values: Record<string, number> | Error, name = 'probe'): MetricSource => ({
    name,
    async sample() {
      if (values instanceof Error) throw values;
      return values;
    },
  });

  it('names each breach in plain numbers: the metric, what was seen and the limit in the threshold\'s unit, and when (README, "Thresholds")', async () => {
    const s = await takeSample(
      source({ error_rate: 0.123456, latency_p95_ms: 900.5 }),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(s).toMatchObject({ at: T0, phase: 'Failed' });
    expect(describeSample(s)).toBe(
      'error_rate 12.35% > limit 1% at 03:00:00 UTC; latency_p95_ms 900.5ms > limit 800ms at 03:00:00 UTC',
    );
    const half = await takeSample(
      source({ error_rate: 0.5, latency_p95_ms: 1 }),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(describeSample(half)).toBe('error_rate 50% > limit 1% at 03:00:00 UTC');
  });

  it('says no data per metric, and all hold when they do', async () => {
    const s = await takeSample(source({ error_rate: 0 }), thresholds, { onNoData: 'pass' }, clock);
    expect(s.verdicts[1]).toEqual({
      threshold: 'latency_p95_ms < 800ms',
      metric: 'latency_p95_ms',
      verdict: 'nodata',
    });
    expect(describeSample(s)).toBe('latency_p95_ms: no data');
    const ok = await takeSample(
      source({ error_rate: 0, latency_p95_ms: 10 }),
      thresholds,
      { onNoData: 'pass' },
      clock,
    );
    expect(ok.phase).toBe('Successful');
    expect(describeSample(ok)).toBe('all thresholds hold');
  });

  it('turns a failing source into an Error sample, unless the run was aborted', async () => {
    const s = await takeSample(
      source(new Error('ECONNREFUSED'), 'prometheus'),
      thresholds,
      { onNoData: 'inconclusive' },
      clock,
    );
    expect(s).toEqual({
      at: T0,
      phase: 'Error',
      values: {},
      verdicts: [],
      note: 'prometheus: ECONNREFUSED',
    });
    expect(describeSample(s)).toBe('prometheus: ECONNREFUSED');
    expect(describeSample({ ...s, note: undefined })).toBe('the metric source failed');
    const controller = new AbortController();
    controller.abort();
    await expect(
      takeSample(
        source(new Error('aborted')),
        thresholds,
        { onNoData: 'inconclusive' },
        clock,
        undefined,
        controller.signal,
      ),
    ).rejects.toThrowError('aborted');
  });

  it('merges several sources; one failing fails the sample', async () => {
    const one = source({ a: 1 }, 'one');
    expect(combineSources([one])).toBe(one);
    const both = combineSources([one, source({ b: 2 }, 'two')]);
    expect(both.name).toBe('one+two');
    expect(await both.sample()).toEqual({ a: 1, b: 2 });
    await expect(combineSources([one, source(new Error('down'))]).sample()).rejects.toThrow('down');
  });
});

describe('the monitor window', () => {
  const thresholds = parseThresholds('error_rate < 1%', { input: 't' });
  const policy = {
    failureLimit: 0,
    consecutiveErrorLimit: 4,
    onMonitorError: 'rollback' as const,
    onNoData: 'inconclusive' as const,
    inconclusiveLimit: 0,
  };
  const run = async (
    values: (i: number) => Record<string, number> | Error,
    options: {
      initialDelayMs?: number;
      intervalMs?: number;
      durationMs?: number;
      onMonitorError?: 'fail';
    } = {},
  ) => {
    const clock = new FakeClock(T0);
    let i = 0;
    const seen: SampleRecord[] = [];
    const outcome = await monitor({
      thresholds,
      source: {
        name: 's',
        async sample() {
          const v = values(i++);
          if (v instanceof Error) throw v;
          return v;
        },
      },
      clock,
      durationMs: options.durationMs ?? 60_000,
      intervalMs: options.intervalMs ?? 30_000,
      initialDelayMs: options.initialDelayMs ?? 0,
      confirmSamples: 0,
      confirmIntervalMs: 1000,
      policy: {
        ...policy,
        ...(options.onMonitorError
          ? { onMonitorError: 'fail' as const, consecutiveErrorLimit: 1 }
          : {}),
      },
      onSample: (s) => {
        seen.push(s);
      },
    });
    return { outcome, times: seen.map((s) => (s.at - T0) / 1000), clock };
  };

  it('waits the initial delay, then samples at start, every interval, to the end', async () => {
    const { outcome, times } = await run(() => ({ error_rate: 0 }), { initialDelayMs: 10_000 });
    expect(outcome.verdict).toBe('pass');
    expect(times).toEqual([10, 40, 70]);
    const none = await run(() => ({ error_rate: 0 }), { durationMs: 0 });
    expect(none.times).toEqual([0]);
  });

  it('stops at once when the policy says stop (on-monitor-error fail)', async () => {
    const { outcome, times } = await run(() => new Error('x'), { onMonitorError: 'fail' });
    expect(outcome).toMatchObject({
      verdict: 'stop',
      reason: '2 monitoring errors in a row (consecutive-error-limit 1): s: x',
    });
    expect(times).toEqual([0, 30]);
  });

  it('ends inconclusive when no sample had data', async () => {
    const { outcome } = await run(() => ({}));
    expect(outcome.verdict).toBe('inconclusive');
  });
});
