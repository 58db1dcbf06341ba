/**
 * The HTTP probe: one sample = several GET requests to each URL. Gives `error_rate` (share of
 * failed requests), `latency_p95_ms`, `latency_max_ms` and `availability` (share of URLs that
 * answered at least once). A failure is a network error, a timeout or a status >= 400.
 */
import http from 'node:http';
import https from 'node:https';
import type { MetricSource } from '../core/ports.js';

/** Options of the probe. */
export interface HttpProbeOptions {
  urls: readonly string[];
  /** Requests per URL per sample. */
  requests?: number;
  /** Per request. */
  timeoutMs?: number;
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/** One request: its latency, or that it failed. */
interface Probe {
  ok: boolean;
  ms?: number;
}

function probeOnce(url: URL, timeoutMs: number, signal?: AbortSignal): Promise<Probe> {
  return new Promise((resolve) => {
    const started = performance.now();
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        agent: url.protocol === 'https:' ? agents.https : agents.http,
        headers: { 'user-agent': 'hotfix-action-probe' },
        signal,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const ms = performance.now() - started;
          resolve({ ok: (res.statusCode ?? 599) < 400, ms });
        });
        res.on('error', () => resolve({ ok: false }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ ok: false }));
    req.end();
  });
}

/** The p-th percentile (nearest rank) of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Builds the HTTP probe source. */
export function httpProbe(options: HttpProbeOptions): MetricSource {
  const urls = options.urls.map((u) => new URL(u));
  const requests = options.requests ?? 5;
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    name: 'http-probe',
    async sample(signal) {
      const perUrl = await Promise.all(
        urls.map((url) =>
          Promise.all(Array.from({ length: requests }, () => probeOnce(url, timeoutMs, signal))),
        ),
      );
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const all = perUrl.flat();
      const failed = all.filter((p) => !p.ok).length;
      const latencies = all
        .filter((p) => p.ms !== undefined)
        .map((p) => p.ms!)
        .sort((a, b) => a - b);
      const values: Record<string, number> = {
        error_rate: failed / all.length,
        availability: perUrl.filter((probes) => probes.some((p) => p.ok)).length / perUrl.length,
      };
      if (latencies.length > 0) {
        values.latency_p95_ms = Math.round(percentile(latencies, 95) * 100) / 100;
        values.latency_max_ms = Math.round(latencies.at(-1)! * 100) / 100;
      }
      return values;
    },
  };
}
