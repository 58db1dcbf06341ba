/**
 * The HTTP probe: one sample = several GET requests to each URL. Gives `error_rate` (share of
 * failed requests), `latency_p95_ms`, `latency_max_ms` and `availability` (share of URLs that
 * answered at least once). A failure is a network error, a status >= 400, a redirect (3xx: a
 * health endpoint answers itself; redirects are not followed), or a request that has not
 * finished within its deadline (a hard one: a server trickling bytes cannot stretch it). At most
 * {@link MAX_BODY_BYTES} of a body are read (README, "The HTTP probe").
 */
import http from 'node:http';
import https from 'node:https';
import type { MetricSource } from '../core/ports.js';
import { endpoint, type Endpoint } from './endpoint.js';

/** Options of the probe. */
export interface HttpProbeOptions {
  urls: readonly string[];
  /** Requests per URL per sample. */
  requests?: number;
  /** Per request, from start to the end of the body. */
  timeoutMs?: number;
  /** Added to every request (`monitor-headers`). */
  headers?: Readonly<Record<string, string>>;
}

/** How much of a body the probe reads; the rest is not waited for. */
export const MAX_BODY_BYTES = 64 * 1024;

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/** One request: its latency, or that it failed. */
interface Probe {
  ok: boolean;
  ms?: number;
}

function probeOnce(target: Endpoint, timeoutMs: number, signal?: AbortSignal): Promise<Probe> {
  return new Promise((resolve) => {
    const started = performance.now();
    const { url } = target;
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const settle = (probe: Probe) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(probe);
    };
    const req = lib.request(
      url,
      {
        method: 'GET',
        agent: url.protocol === 'https:' ? agents.https : agents.http,
        headers: { 'user-agent': 'hotfix-action-probe', ...target.headers },
        signal,
      },
      (res) => {
        const status = res.statusCode ?? 599;
        let read = 0;
        const done = () => settle({ ok: status < 300, ms: performance.now() - started });
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // Enough of the body: the answer is known; the rest is not waited for.
          if (read >= MAX_BODY_BYTES) {
            done();
            req.destroy();
          }
        });
        res.on('end', done);
        res.on('error', () => settle({ ok: false }));
        res.on('close', () => settle({ ok: false }));
      },
    );
    // A hard deadline for the whole request, body included.
    const deadline = setTimeout(() => {
      settle({ ok: false });
      req.destroy(new Error('timeout'));
    }, timeoutMs);
    req.on('error', () => settle({ ok: false }));
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
  const urls = options.urls.map((u) => endpoint(u, options.headers));
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
