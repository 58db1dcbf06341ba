/**
 * GitHub's errors read for a human: the HTTP status of a failed request, and what was asked, what
 * GitHub answered and the fix. Kept apart from the client so that a run failing on anything
 * else (a bad input, a bad spec) reports it without loading the client.
 */

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
    ? error.status
    : undefined;
}

/**
 * A GitHub error said for a human at 3 a.m.: what was asked, what GitHub answered, and the fix.
 * Anything else is passed through as it is.
 */
export function describeGitHubError(error: unknown): string | undefined {
  const status = statusOf(error);
  if (status === undefined || typeof error !== 'object' || error === null) return undefined;
  const request = (error as { request?: { method?: string; url?: string } }).request;
  const what =
    request?.method && request.url
      ? `${request.method} ${request.url.replace(/\?.*$/, '')}`
      : 'a request';
  const message = (error as { message?: string }).message ?? '';
  const fix =
    status === 401
      ? 'the token was refused: check the github-token input'
      : status === 403
        ? 'the token lacks a permission: give the job the permissions listed in the README (contents, deployments, pull-requests, issues: write)'
        : status === 404
          ? 'the repository or the object does not exist, or the token cannot see it: check GITHUB_REPOSITORY and the token'
          : status === 422
            ? 'GitHub refused the request as invalid'
            : 'GitHub failed';
  return `GitHub answered ${status} to ${what} (${message.split(' - ')[0]}): ${fix}`;
}
