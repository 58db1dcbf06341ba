/**
 * The GitHub client (src/github/octokit.ts), against the emulator: a 5xx retried, an attempt
 * GitHub never answers given up and retried (README, "The rollback never waits on GitHub"), a
 * create sent once, a rate limit waited out with a warning; every attempt counted.
 */
import { describe, expect, it } from 'vitest';
import { NO_RETRY } from '../../src/github/create-once.js';
import { createGitHub } from '../../src/github/octokit.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

/** A client of the emulator that counts attempts, with a short attempt deadline. */
function client(attemptTimeoutMs = 10_000) {
  const sent: string[] = [];
  const warnings: string[] = [];
  const gh = createGitHub({
    token: t.emu.token,
    baseUrl: `${t.emu.url}/`,
    warn: (m) => warnings.push(m),
    onRequest: (method, url) => sent.push(`${method} ${url}`),
    attemptTimeoutMs,
  });
  return { gh, sent, warnings };
}

const listDeployments = (gh: ReturnType<typeof client>['gh']) =>
  gh.request('GET /repos/{owner}/{repo}/deployments', { ...t.repo() });

describe('createGitHub()', () => {
  it('retries a read GitHub answered 502, and counts both attempts', async () => {
    t.emu.faults.push({ operationId: 'repos/list-deployments', status: 502, times: 1 });
    const { gh, sent } = client();
    expect((await listDeployments(gh)).status).toBe(200);
    const url = `${t.emu.url}/repos/${t.emu.owner}/${t.emu.repo}/deployments`;
    expect(sent).toEqual([`GET ${url}`, `GET ${url}`]);
    expect(t.emu.log.map((l) => l.status)).toEqual([502, 200]);
  });

  it('gives up an attempt GitHub does not answer within the attempt deadline, and tries again', async () => {
    t.emu.faults.push({
      operationId: 'repos/list-deployments',
      status: 200,
      times: 1,
      delayMs: 20_000,
    });
    const { gh, sent } = client(200);
    const started = Date.now();
    expect((await listDeployments(gh)).status).toBe(200);
    expect(sent).toHaveLength(2);
    // The second attempt did not wait for the first one's answer, 20 s late.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("sends a create once when told not to retry: a 502 is the caller's to handle", async () => {
    t.emu.faults.push({ operationId: 'issues/create', status: 502, times: 1 });
    const { gh, sent } = client();
    await expect(
      gh.request('POST /repos/{owner}/{repo}/issues', { ...t.repo(), title: 'x', ...NO_RETRY }),
    ).rejects.toMatchObject({ status: 502 });
    expect(sent).toHaveLength(1);
    expect(t.emu.issues).toEqual([]);
  });

  it('waits out a rate limit until its reset, with a warning naming the request', async () => {
    t.emu.faults.push({
      operationId: 'repos/list-deployments',
      status: 403,
      times: 1,
      message: 'API rate limit exceeded',
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
    });
    const { gh, warnings } = client();
    expect((await listDeployments(gh)).status).toBe(200);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub rate limit on GET \/repos\/\{owner\}\/\{repo\}\/deployments: retrying in \d+s$/,
      ),
    ]);
  });
});
