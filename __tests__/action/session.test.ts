/**
 * One Action run's parts (src/action/session.ts), against the emulator: the run's end (outputs,
 * job summary, metrics, follow-up issues), the GitHub wait that never holds the job (README, "The
 * rollback never waits on GitHub"), the PR lookup's fallback and the checkout's own trees.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunnerContext } from '../../src/action/context.js';
import { Session } from '../../src/action/session.js';
import { parseSettings } from '../../src/core/settings.js';
import type { LaneState } from '../../src/core/state.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';
import { laneState } from '../helpers/lane-state.js';

const t = emulatedGitHub();
/** The runner's files, one set for the file: @actions/core keeps the summary's path once read. */
const runner = mkdtempSync(path.join(os.tmpdir(), 'hotfix-session-runner-'));
/** This test's workspace. */
let dir: string;
let stdout: string[];

afterAll(() => rmSync(runner, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hotfix-session-'));
  for (const file of ['output', 'summary', 'state']) writeFileSync(path.join(runner, file), '');
  vi.stubEnv('GITHUB_OUTPUT', path.join(runner, 'output'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(runner, 'summary'));
  vi.stubEnv('GITHUB_STATE', path.join(runner, 'state'));
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function session(inputs: Record<string, string> = {}, githubWaitMs = 60_000): Session {
  const ctx: RunnerContext = {
    eventName: 'push',
    repo: t.repo(),
    apiUrl: t.emu.url,
    serverUrl: 'https://github.com',
    runId: '7',
    runAttempt: '1',
    workspace: dir,
    runUrl: `https://github.com/${t.emu.owner}/${t.emu.repo}/actions/runs/7`,
    githubWaitMs,
  };
  const s = new Session(
    ctx,
    t.emu.token,
    parseSettings((name) => inputs[name]),
    new AbortController().signal,
  );
  s.defaultBranch = 'main';
  return s;
}

/** A finished run's state: rolled back from deployment 41 to GOOD. */
function rolledBack(): LaneState {
  return laneState({
    title: 'Login 500',
    startedAt: Date.now() - 120_000,
    status: 'rolled-back',
    endedAt: Date.now(),
    deployment: { id: 41, ref: 'a'.repeat(40), state: 'failure' },
    rollbackTarget: 'b'.repeat(40),
  });
}

/** The step outputs written to GITHUB_OUTPUT, by name. */
function outputs(): Record<string, string> {
  const text = readFileSync(path.join(runner, 'output'), 'utf8');
  return Object.fromEntries(
    [...text.matchAll(/^([\w-]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)].map((m) => [
      m[1],
      m[3],
    ]),
  );
}

describe('Session.finish()', () => {
  it('writes every output, the report to the job summary and the metrics file, and opens T005-T007 once across re-runs', async () => {
    const s = session();
    await s.finish(rolledBack());
    expect(outputs()).toEqual({
      'hotfix-number': '042',
      'hotfix-slug': 'login-500',
      'spec-path': '.specswarm/features/042-hotfix/hotfix.md',
      'tasks-path': '.specswarm/features/042-hotfix/tasks.md',
      status: 'rolled-back',
      'deployment-id': '41',
      'rollback-target': 'b'.repeat(40),
      'time-to-resolution-seconds': '120',
      'within-target': 'true',
    });
    expect(readFileSync(path.join(runner, 'summary'), 'utf8')).toMatch(/Hotfix 042/);
    const metrics = JSON.parse(
      readFileSync(path.join(dir, '.specswarm/workflow-metrics.json'), 'utf8'),
    );
    expect(metrics.features['042-hotfix'].status).toBe('rolled-back');
    const titles = () => t.emu.issues.filter((i) => !i.pull).map((i) => i.title.slice(0, 4));
    expect(titles()).toEqual(['T005', 'T006', 'T007']);
    expect(stdout.join('')).toMatch(/^Follow-up issues: \S+ \S+ \S+$/m);

    await session().finish(rolledBack());
    expect(titles()).toEqual(['T005', 'T006', 'T007']);
  });

  it('a dry run writes its outputs and summary, and nothing else: no metrics file, no request', async () => {
    const s = session({ 'dry-run': 'true' });
    await s.finish({ ...rolledBack(), status: 'dry-run', dryRun: true });
    expect(outputs().status).toBe('dry-run');
    expect(readFileSync(path.join(runner, 'summary'), 'utf8')).not.toBe('');
    expect(existsSync(path.join(dir, '.specswarm'))).toBe(false);
    expect(t.emu.log).toEqual([]);
  });

  it('a metrics file that is not JSON is a warning; the follow-ups still open', async () => {
    execFileSync('mkdir', ['-p', path.join(dir, '.specswarm')]);
    writeFileSync(path.join(dir, '.specswarm/workflow-metrics.json'), '{ half');
    await session().finish(rolledBack());
    expect(stdout.join('')).toContain(
      '::warning::could not write .specswarm/workflow-metrics.json: .specswarm/workflow-metrics.json is not valid JSON; fix or move it (nothing was overwritten)',
    );
    expect(t.emu.issues.filter((i) => !i.pull)).toHaveLength(3);
  });
});

describe('Session.within()', () => {
  it('GitHub that does not answer within the GitHub wait is a warning, and so is a failure; neither throws', async () => {
    const s = session({}, 50);
    await s.within(new Promise(() => {}), 'open the follow-up issues');
    await s.within(Promise.reject(new Error('GitHub answered 502')), 'open the revert PR');
    expect(stdout.join('')).toBe(
      '::warning::could not open the follow-up issues: GitHub did not answer within 50ms; the run ends without it\n' +
        '::warning::could not open the revert PR: GitHub answered 502\n',
    );
  });
});

describe('Session.pullRequestOf()', () => {
  it('finds the PR and the login in one GraphQL request; ownLogin() then asks nothing more', async () => {
    t.emu.addPull('hotfix/042-login-500', 'Hotfix 042');
    const s = session();
    expect((await s.pullRequestOf('hotfix/042-login-500'))?.number).toBe(1);
    expect(await s.ownLogin()).toBe('github-actions[bot]');
    expect(t.emu.operations()).toEqual(['graphql']);
  });

  it('a GraphQL failure falls back to the REST lookup', async () => {
    t.emu.addPull('hotfix/042-login-500', 'Hotfix 042');
    t.emu.faults.push({ operationId: 'graphql', status: 502, times: 5 });
    const s = session();
    expect((await s.pullRequestOf('hotfix/042-login-500'))?.number).toBe(1);
    expect(t.emu.operations()).toContain('pulls/list');
  });
});

describe('Session.comment() and localTree()', () => {
  it('no PR or a dry run has no sticky comment; otherwise one, built once', async () => {
    const hotfix = { number: 42, padded: '042', slug: 'x' };
    expect(await session().comment(hotfix, undefined)()).toBeUndefined();
    expect(await session({ 'dry-run': 'true' }).comment(hotfix, 1)()).toBeUndefined();
    const get = session().comment(hotfix, 1);
    const first = await get();
    expect(first).toBeDefined();
    expect(await get()).toBe(first);
  });

  it("reads a commit's tree from the checkout when it has the commit, else nothing", async () => {
    const sh = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@b.c', ...args], {
        cwd: dir,
        encoding: 'utf8',
      }).trim();
    sh('init', '-q');
    sh('commit', '-q', '--allow-empty', '-m', 'x');
    const s = session();
    expect(await s.localTree(sh('rev-parse', 'HEAD'))).toBe(sh('rev-parse', 'HEAD^{tree}'));
    expect(await s.localTree('f'.repeat(40))).toBeUndefined();
  });
});
