/**
 * The Prometheus source: each PromQL threshold's expression is an instant query
 * (`/api/v1/query`). An empty vector or NaN is no data; `+Inf` and `-Inf` are numbers (and
 * breach any finite limit on their side); an unreachable server or an error answer fails the
 * sample (an Error phase). Credentials in the URL go as a Basic header (see endpoint.ts).
 */
import type { MetricSource } from '../core/ports.js';
import { endpoint } from './endpoint.js';

/** Options of the Prometheus source. */
export interface PrometheusOptions {
  baseUrl: string;
  queries: readonly string[];
  timeoutMs?: number;
  /** Added to every request (`monitor-headers`). */
  headers?: Readonly<Record<string, string>>;
}

interface QueryAnswer {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: unknown };
}

/** Reads a query answer's single value; `undefined` for no data. */
export function instantValue(answer: QueryAnswer): number | undefined {
  const data = answer.data;
  if (!data) return undefined;
  if (data.resultType === 'scalar' && Array.isArray(data.result)) return toNumber(data.result[1]);
  if (data.resultType !== 'vector' || !Array.isArray(data.result)) {
    throw new Error(`expected an instant vector or scalar, got ${data.resultType}`);
  }
  if (data.result.length === 0) return undefined;
  if (data.result.length > 1)
    throw new Error(
      `the query returned ${data.result.length} series; aggregate it to one (e.g. sum(...))`,
    );
  const first = data.result[0] as { value?: [number, string] };
  return toNumber(first.value?.[1]);
}

/** Prometheus writes sample values as Go does: `+Inf`, `-Inf`, `NaN` or a decimal. */
function toNumber(text: unknown): number | undefined {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Builds the Prometheus source. */
export function prometheusSource(options: PrometheusOptions): MetricSource {
  const { url: baseUrl, headers } = endpoint(options.baseUrl, options.headers);
  const base = baseUrl.href.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    name: 'prometheus',
    async sample(signal) {
      const values: Record<string, number> = {};
      await Promise.all(
        options.queries.map(async (query) => {
          const url = `${base}/api/v1/query?query=${encodeURIComponent(query)}`;
          const timeout = AbortSignal.timeout(timeoutMs);
          const res = await fetch(url, {
            headers,
            signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
          });
          const body = (await res.json().catch(() => undefined)) as QueryAnswer | undefined;
          if (!body || typeof body !== 'object')
            throw new Error(`${url} answered ${res.status} without JSON`);
          if (body.status !== 'success')
            throw new Error(`query ${JSON.stringify(query)} failed: ${body.error ?? res.status}`);
          const value = instantValue(body);
          if (value !== undefined) values[query] = value;
        }),
      );
      return values;
    },
  };
}
