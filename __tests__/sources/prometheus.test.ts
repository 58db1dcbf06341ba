import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { monitor } from '../../src/core/monitor.js';
import { evaluateThreshold, parseThresholds } from '../../src/core/thresholds.js';
import { systemClock } from '../../src/node/clock.js';
import { prometheusSource } from '../../src/sources/prometheus.js';
import { freePort, missingBinary, startPrometheus } from '../helpers/prometheus.js';

const missing = missingBinary('prometheus', 'sudo apt-get install prometheus');

describe('Prometheus source against a real Prometheus on 127.0.0.1', () => {
  let errors = 3;
  let exporter: http.Server;
  let prom: Awaited<ReturnType<typeof startPrometheus>>;

  beforeAll(async () => {
    if (missing) return;
    exporter = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(`# TYPE hotfix_test_errors gauge\nhotfix_test_errors{route="/login"} ${errors}\n`);
    });
    await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve));
    const { port } = exporter.address() as AddressInfo;
    prom = await startPrometheus([`127.0.0.1:${port}`]);
    // The first scrape lands about a second after start; wait until the series is queryable.
    const source = prometheusSource({ baseUrl: prom.url, queries: ['sum(hotfix_test_errors)'] });
    for (let i = 0; i < 150; i += 1) {
      if ((await source.sample())['sum(hotfix_test_errors)'] !== undefined) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the scraped series never became queryable');
  }, 60_000);

  beforeEach((ctx) => {
    if (missing) ctx.skip(missing);
  });

  afterAll(async () => {
    await prom?.stop();
    if (exporter) await new Promise((resolve) => exporter.close(resolve));
  });

  it('reads an instant value of a scraped series', async () => {
    const values = await prometheusSource({
      baseUrl: prom.url,
      queries: ['sum(hotfix_test_errors)', 'up'],
    }).sample();
    expect(values['sum(hotfix_test_errors)']).toBe(3);
    expect(values.up).toBe(1);
  });

  it('treats an empty vector and NaN as no data', async () => {
    const values = await prometheusSource({
      baseUrl: prom.url,
      queries: ['sum(no_such_metric_anywhere)', 'vector(0) / 0', 'absent_over_time(up[1m])'],
    }).sample();
    expect(values).toEqual({});
  });

  it('reads +Inf and -Inf as numbers that breach a finite limit; NaN stays no data', async () => {
    const values = await prometheusSource({
      baseUrl: prom.url,
      queries: ['vector(1) / 0', 'vector(-1) / 0', 'vector(0) / 0'],
    }).sample();
    expect(values).toEqual({
      'vector(1) / 0': Number.POSITIVE_INFINITY,
      'vector(-1) / 0': Number.NEGATIVE_INFINITY,
    });
    const [high, low] = parseThresholds('`vector(1) / 0` < 0.5\n`vector(-1) / 0` > 0', {
      input: 'thresholds',
    });
    expect(evaluateThreshold(high!, values).verdict).toBe('breach');
    expect(evaluateThreshold(low!, values).verdict).toBe('breach');
  });

  it('fails the sample on a bad query, on several series, and when Prometheus is down', async () => {
    await expect(
      prometheusSource({ baseUrl: prom.url, queries: ['sum('] }).sample(),
    ).rejects.toThrowError(/query "sum\(" failed/);
    await expect(
      prometheusSource({
        baseUrl: prom.url,
        queries: [
          'label_replace(vector(1), "a", "x", "", "") or label_replace(vector(2), "a", "y", "", "")',
        ],
      }).sample(),
    ).rejects.toThrowError(/returned 2 series; aggregate it/);
    const port = await freePort();
    await expect(
      prometheusSource({ baseUrl: `http://127.0.0.1:${port}`, queries: ['up'] }).sample(),
    ).rejects.toThrowError();
  });

  it('drives a PromQL threshold breach through the monitor', async () => {
    errors = 9;
    const thresholds = parseThresholds('`sum(hotfix_test_errors)` < 5', { input: 'thresholds' });
    const source = prometheusSource({ baseUrl: prom.url, queries: [thresholds[0]!.metric] });
    const outcome = await monitor({
      thresholds,
      source,
      clock: systemClock,
      durationMs: 20_000,
      intervalMs: 500,
      initialDelayMs: 0,
      confirmSamples: 0,
      confirmIntervalMs: 0,
      policy: {
        failureLimit: 0,
        consecutiveErrorLimit: 4,
        onMonitorError: 'rollback',
        onNoData: 'inconclusive',
        inconclusiveLimit: 0,
      },
    });
    expect(outcome.verdict).toBe('rollback');
    expect(outcome.samples.at(-1)?.values['sum(hotfix_test_errors)']).toBe(9);
  });
});
