/**
 * git through @actions/exec (src/node/git.ts), on a real repository: arguments are data (no
 * shell), a failure says what git said, and how a hotfix relates to what runs (README, "Never
 * roll production back by accident").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, gitHistory, repoState } from '../../src/node/git.js';

let dir: string;
const sh = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@b.c',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@b.c',
    },
  }).trim();
const commit = (message: string) => {
  sh('commit', '-q', '--allow-empty', '-m', message);
  return sh('rev-parse', 'HEAD');
};

beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'hotfix-git-')));
  sh('init', '-q', '-b', 'main');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('git()', () => {
  it('passes each argument as data, never through a shell', async () => {
    commit('one');
    const evil = '$(touch pwned); touch pwned2';
    await expect(git(dir, ['log', '-1', `--format=tformat:${evil}`])).resolves.toBe(evil);
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(existsSync(path.join(dir, 'pwned2'))).toBe(false);
  });

  it("a failure names the command, its exit code and git's own words", async () => {
    await expect(git(dir, ['rev-parse', '--verify', 'no-such-ref'])).rejects.toThrow(
      /^git rev-parse --verify no-such-ref exited with 128: fatal: Needed a single revision$/,
    );
  });
});

describe('repoState()', () => {
  it('gives the top folder, the branch and HEAD from any folder inside', async () => {
    const sha = commit('one');
    sh('checkout', '-q', '-b', 'hotfix/042-login-500');
    execFileSync('mkdir', ['-p', path.join(dir, 'src/deep')]);
    expect(await repoState(path.join(dir, 'src/deep'))).toEqual({
      root: dir,
      branch: 'hotfix/042-login-500',
      sha,
    });
  });

  it('outside a repository says where and what to do', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'hotfix-not-git-'));
    try {
      await expect(repoState(outside)).rejects.toThrow(
        `${outside} is not inside a git repository: run hotfix from your service's repository`,
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('gitHistory()', () => {
  it('tells identical, ahead, behind and diverged; a commit the clone lacks throws', async () => {
    const base = commit('base');
    const ahead = commit('hotfix');
    sh('checkout', '-q', '-b', 'other', base);
    const other = commit('elsewhere');
    const history = gitHistory(dir);
    expect(await history.relation(base, base)).toBe('identical');
    expect(await history.relation(base, ahead)).toBe('ahead');
    expect(await history.relation(ahead, base)).toBe('behind');
    expect(await history.relation(other, ahead)).toBe('diverged');
    await expect(history.relation('f'.repeat(40), ahead)).rejects.toThrow(/^git merge-base: /);
  });
});
