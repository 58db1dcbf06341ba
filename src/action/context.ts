/**
 * What the runner tells the Action through its environment, read once.
 */
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
