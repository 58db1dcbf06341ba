/**
 * The GitHub client, built once with `@actions/github`'s `getOctokit` (the runner's proxy
 * settings, typed routes, pagination) and two plugins: retries of 5xx (the retry plugin) and
 * rate limits and secondary rate limits waited out with their `retry-after` (the throttling
 * plugin). Writes are not spaced out in advance (a hotfix makes a handful of them and cannot wait
 * a second each): the plugin's `write` group only gates the start of each write (its job is a
 * no-op), so with no `minTime` writes go out side by side and the follow-up issues never queue
 * behind a slow comment write. Each attempt has a deadline: fetch has none of its own.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { VERSION } from '../version.js';

/** The client type the adapters use. */
export type GitHub = ReturnType<typeof getOctokit>;

/** Options of the client. */
export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Where warnings go (rate limits waited out). */
  warn: (message: string) => void;
  /** Told of every attempt sent (retries included), with its method and full URL. */
  onRequest?: (method: string, url: string) => void;
  /**
   * One attempt that GitHub has not answered after this long is given up (and retried like a
   * 5xx), default {@link DEFAULT_ATTEMPT_TIMEOUT_MS} (README, "The rollback never waits on
   * GitHub").
   */
  attemptTimeoutMs?: number;
}

/** How long one attempt of a request may wait for GitHub's answer. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** `@actions/github`'s fetch: through the runner's proxy settings (also for webhooks). */
export const proxyFetch = (defaults.request?.fetch ?? fetch) as typeof fetch;

/**
 * `@actions/github`'s fetch (which goes through the runner's proxy) with a deadline on each
 * attempt: fetch has none, and GitHub may never answer. Each attempt is counted here, at the
 * HTTP layer, so that retries count too.
 */
function fetchWithDeadline(timeoutMs: number, onRequest?: ClientOptions['onRequest']): Fetch {
  const base = proxyFetch as Fetch;
  return (url, init) => {
    onRequest?.(init?.method ?? 'GET', url);
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return base(url, { ...init, signal });
  };
}

/** A throttling handler: warns, and retries up to `tries` times after GitHub's `retry-after`. */
function waitAndRetry(kind: string, tries: number, warn: (message: string) => void) {
  return (
    retryAfter: number,
    request: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ) => {
    warn(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
    return retryCount < tries;
  };
}

/** Builds the client. */
export function createGitHub(options: ClientOptions): GitHub {
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: `hotfix-action/${VERSION}`,
      request: {
        ...defaults.request,
        fetch: fetchWithDeadline(
          options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
          options.onRequest,
        ),
      },
      log: { debug: () => {}, info: () => {}, warn: options.warn, error: options.warn },
      throttle: {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        onRateLimit: waitAndRetry('rate limit', 2, options.warn),
        onSecondaryRateLimit: waitAndRetry('secondary rate limit', 3, options.warn),
      },
    },
    retry,
    throttling,
  );
}

/** The repository the run is about. */
export interface RepoRef {
  owner: string;
  repo: string;
}
