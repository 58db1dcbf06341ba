/**
 * The runner's context (src/action/context.ts): what the runner says through its environment,
 * read once, with an error that names the variable and the fix.
 */
import { describe, expect, it } from 'vitest';
import { parseRepository, readContext } from '../../src/action/context.js';

describe('readContext()', () => {
  it("reads the runner's variables and builds the run's page", () => {
    const ctx = readContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: '/tmp/event.json',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.example/',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKSPACE: '/w',
      HOTFIX_GITHUB_WAIT_MS: '1500',
    });
    expect(ctx).toEqual({
      eventName: 'push',
      eventPath: '/tmp/event.json',
      repo: { owner: 'acme', repo: 'shop' },
      apiUrl: 'https://ghe.example/api/v3',
      serverUrl: 'https://ghe.example',
      runId: '77',
      runAttempt: '2',
      workspace: '/w',
      runUrl: 'https://ghe.example/acme/shop/actions/runs/77',
      githubWaitMs: 1500,
    });
  });

  it("fills in github.com, the first attempt, the current folder and the lane's record wait", () => {
    const ctx = readContext({ GITHUB_REPOSITORY: 'o/r', HOTFIX_GITHUB_WAIT_MS: ' ' });
    expect(ctx).toMatchObject({
      eventName: '',
      apiUrl: 'https://api.github.com',
      runAttempt: '1',
      workspace: process.cwd(),
      runUrl: 'https://github.com/o/r/actions/runs/0',
      githubWaitMs: 60_000,
    });
  });

  it('a wait that is not a whole number of milliseconds above 0 is an error naming HOTFIX_GITHUB_WAIT_MS and the fix', () => {
    for (const bad of ['0', '-5', '1.5', '2s'])
      expect(() => readContext({ GITHUB_REPOSITORY: 'o/r', HOTFIX_GITHUB_WAIT_MS: bad })).toThrow(
        `HOTFIX_GITHUB_WAIT_MS is "${bad}": give a whole number of milliseconds above 0, or unset it (default 60000)`,
      );
  });
});

describe('parseRepository()', () => {
  it('takes owner/repo and nothing else', () => {
    expect(parseRepository('acme/shop')).toEqual({ owner: 'acme', repo: 'shop' });
    for (const bad of [undefined, '', 'acme', 'acme/', '/shop', 'a/b/c'])
      expect(() => parseRepository(bad)).toThrow(
        `GITHUB_REPOSITORY is ${JSON.stringify(bad ?? '')}; expected owner/repo`,
      );
  });
});
