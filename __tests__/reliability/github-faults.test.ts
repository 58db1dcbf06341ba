import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { DEPLOY_COMMAND } from '../helpers/repo.js';
import { githubWorld } from '../helpers/world.js';

const BRANCH = 'hotfix/042-login-500';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function world() {
  const w = await githubWorld({ branch: BRANCH, version: 'good-v2' });
  cleanups.push(w.close);
  w.emulator.addPull(BRANCH, 'Fix', 'body');
  const inputs = {
    'test-command': 'true',
    'deploy-command': DEPLOY_COMMAND,
    'probe-url': w.service.url,
    'monitor-duration': '0s',
  };
  return { ...w, inputs };
}

describe('GitHub refusing the Action', () => {
  it('a bad token (401): a clear error naming the fix, and nothing half-done', async () => {
    const w = await world();
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload: w.payload,
      inputs: { ...w.inputs, 'github-token': 'ghs_revoked0000000000000000000000000000' },
    });
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(
      /::error::GitHub answered 401 to GET .*\/pulls \(Bad credentials\): the token was refused: check the github-token input/,
    );
    expect(w.emulator.deployments).toHaveLength(1);
    expect(w.emulator.comments).toEqual([]);
    expect(w.emulator.git(['rev-parse', `refs/heads/${BRANCH}`])).toBe(w.sha);
  });

  it('a repository that does not exist (404): a clear error, nothing written', async () => {
    const w = await world();
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload: w.payload,
      inputs: w.inputs,
      env: { GITHUB_REPOSITORY: 'Codertocat/No-Such-Repo' },
    });
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(
      /::error::GitHub answered 404 to GET .*No-Such-Repo\/pulls \(Not Found\): the repository or the object does not exist, or the token cannot see it/,
    );
    expect(w.emulator.deployments).toHaveLength(1);
    expect(w.emulator.violations).toEqual([]);
  });
});
