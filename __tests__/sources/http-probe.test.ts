import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpProbe, percentile } from '../../src/sources/http-probe.js';
import { startService } from '../helpers/service.js';

describe('HTTP probe against a real server', () => {
  let service: Awaited<ReturnType<typeof startService>>;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.close());

  it('gives error_rate 0, availability 1 and latencies for a healthy service', async () => {
    service.set({ status: 200 });
    const before = service.requests();
    const values = await httpProbe({ urls: [service.url], requests: 5 }).sample();
    expect(service.requests() - before).toBe(5);
    expect(values.error_rate).toBe(0);
    expect(values.availability).toBe(1);
    expect(values.latency_p95_ms).toBeGreaterThan(0);
    expect(values.latency_max_ms).toBeGreaterThanOrEqual(values.latency_p95_ms!);
  });

  it('counts 5xx answers as failures', async () => {
    service.set({ status: 503 });
    const values = await httpProbe({ urls: [service.url], requests: 4 }).sample();
    expect(values.error_rate).toBe(1);
    expect(values.availability).toBe(0);
  });

  it('counts a timeout as a failure and gives no latency for it', async () => {
    service.set({ status: 200, delayMs: 400 });
    const values = await httpProbe({ urls: [service.url], requests: 3, timeoutMs: 100 }).sample();
    expect(values.error_rate).toBe(1);
    expect(values.latency_p95_ms).toBeUndefined();
    service.set({ status: 200 });
  });

  it('counts a closed port as a failure, and gives availability per URL', async () => {
    service.set({ status: 200 });
    const values = await httpProbe({
      urls: [service.url, 'http://127.0.0.1:9/down'],
      requests: 2,
    }).sample();
    expect(values.error_rate).toBe(0.5);
    expect(values.availability).toBe(0.5);
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(Number.isNaN(percentile([], 95))).toBe(true);
  });
});
