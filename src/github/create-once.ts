/**
 * Creates that are never doubled. The retry plugin re-sends a POST that failed with a 5xx even
 * when GitHub had already done it; so a create is sent without the plugin's retries, and each
 * new try is preceded by a lookup that finds what an earlier try may have made.
 */
import { statusOf } from './errors.js';

/** Request options that turn the retry plugin off for one request. */
export const NO_RETRY = { request: { retries: 0 } } as const;

/** Options of {@link createOnce}. */
export interface CreateOnceOptions<T> {
  /** Finds what was already created (by an earlier run, or a try that failed late). */
  lookup: () => Promise<T | undefined>;
  /** Sends the create, without the plugin's retries (pass {@link NO_RETRY}). */
  create: () => Promise<T>;
  /** Look up before the first try too (re-runs must find their comment or issue). */
  lookupFirst: boolean;
  tries?: number;
  /** Waits between tries. */
  sleep?: (ms: number) => Promise<void>;
}

/** Whether an error is worth another try: a 5xx, or the network failing. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** Creates at most once: lookup, create; on a transient failure, lookup again before retrying. */
export async function createOnce<T>(options: CreateOnceOptions<T>): Promise<T> {
  const tries = options.tries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  let lastError: unknown;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    if (attempt > 0 || options.lookupFirst) {
      const found = await options.lookup();
      if (found !== undefined) return found;
    }
    try {
      return await options.create();
    } catch (error) {
      if (!isTransient(error)) throw error;
      lastError = error;
      await sleep(250 * (attempt + 1) ** 2);
    }
  }
  throw lastError;
}
