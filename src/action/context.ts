/**
 * What the runner tells the Action through its environment, read once.
 */
import { DEFAULT_RECORD_WAIT_MS } from '../core/deadline.js';
import type { RepoRef } from '../github/octokit.js';

/** The runner's context. */
export interface RunnerContext {
  eventName: string;
  eventPath?: string;
  repo: RepoRef;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  workspace: string;
  /** The run's page, for deployment `log_url` and the report. */
  runUrl: string;
  /**
   * How long a record that must not stop the run waits for GitHub (`HOTFIX_GITHUB_WAIT_MS`,
   * default the lane's record wait, 60 s; README, "The rollback never waits on GitHub"). One attempt of a request waits
   * a sixth of it.
   */
  githubWaitMs: number;
}

/** Reads the runner's context from `env`. */
export function readContext(env: NodeJS.ProcessEnv): RunnerContext {
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`,
    githubWaitMs: positiveOr(env.HOTFIX_GITHUB_WAIT_MS, DEFAULT_RECORD_WAIT_MS),
  };
}

/** Reads `owner/repo`. */
export function parseRepository(text: string | undefined): RepoRef {
  const [owner, repo, extra] = (text ?? '').split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(text ?? '')}; expected owner/repo`);
  }
  return { owner, repo };
}

/** A positive whole number of milliseconds from the environment, or the default. */
function positiveOr(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(
      `HOTFIX_GITHUB_WAIT_MS is ${JSON.stringify(text)}: give a whole number of milliseconds above 0, or unset it (default ${fallback})`,
    );
  return value;
}
