/**
 * GitHub's errors read for a human (src/github/errors.ts): what was asked, what GitHub answered
 * and the fix; anything that is not a GitHub answer is left to its own message.
 */
import { describe, expect, it } from 'vitest';
import { describeGitHubError, statusOf } from '../../src/github/errors.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('describeGitHubError()', () => {
  it("names the request GitHub refused (without its query), GitHub's words and the fix", async () => {
    t.emu.faults.push({
      operationId: 'repos/create-deployment',
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    const error = await t.gh
      .request('POST /repos/{owner}/{repo}/deployments', { ...t.repo(), ref: t.head() })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(403);
    expect(describeGitHubError(error)).toBe(
      `GitHub answered 403 to POST ${t.emu.url}/repos/${t.emu.owner}/${t.emu.repo}/deployments (Resource not accessible by integration): the token lacks a permission: give the job the permissions listed in the README (contents, deployments, pull-requests, issues: write)`,
    );
  });

  it('each status gets its fix; something that is not a GitHub answer gets none', () => {
    const said = (status: number) =>
      describeGitHubError({ status, message: 'x', request: { method: 'GET', url: 'u?page=2' } });
    expect(said(401)).toBe(
      'GitHub answered 401 to GET u (x): the token was refused: check the github-token input',
    );
    expect(said(404)).toMatch(/check GITHUB_REPOSITORY and the token$/);
    expect(said(422)).toMatch(/GitHub refused the request as invalid$/);
    expect(said(502)).toMatch(/: GitHub failed$/);
    expect(describeGitHubError({ status: 500 })).toBe(
      'GitHub answered 500 to a request (): GitHub failed',
    );
    expect(describeGitHubError(new Error('input "x": bad'))).toBeUndefined();
    expect(statusOf({ status: '500' })).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
  });
});
