import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ACTION = path.resolve(import.meta.dirname, '../../dist/index.js');
const PUSH_MAIN = path.resolve(import.meta.dirname, '../fixtures/events/push-main.json');

/** Runs the built action as the runner does: node dist/index.js with the runner's environment. */
async function runAction(eventName: string, payload: unknown, inputs: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-action-'));
  const eventPath = path.join(dir, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    'INPUT_GITHUB-TOKEN': 'ghs_test_token_value',
    INPUT_ENVIRONMENT: 'production',
    'INPUT_MONITOR-INTERVAL': '30s',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise<{ code: number | null; stdout: string; outputs: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { cwd: dir, env });
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
      child.on('error', reject);
      child.on('close', async (code) =>
        resolve({ code, stdout, outputs: await readFile(output, 'utf8') }),
      );
    },
  );
}

describe('node dist/index.js as the runner runs it', () => {
  it('a push to a branch that is not a hotfix branch is a notice, exit 0, status skipped', async () => {
    const payload = JSON.parse(await readFile(PUSH_MAIN, 'utf8'));
    const run = await runAction('push', payload);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::notice::not a hotfix branch: "main"/);
    expect(run.outputs).toMatch(/^status<<ghadelimiter_[^\n]+\nskipped\n/m);
  });

  it("a push whose head commit is the action's own bookkeeping does nothing", async () => {
    const payload = JSON.parse(await readFile(PUSH_MAIN, 'utf8'));
    payload.ref = 'refs/heads/hotfix/042-login-500';
    payload.head_commit.message = 'hotfix 042: resolved\n\nHotfix-Action: bookkeeping';
    payload.head_commit.committer = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
      username: 'github-actions[bot]',
    };
    const run = await runAction('push', payload);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bookkeeping commit: nothing to do/);
  });

  it.each(['pull_request_target', 'workflow_run'])(
    'refuses %s with an ::error and a non-zero exit',
    async (event) => {
      const run = await runAction(event, {});
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(new RegExp(`::error::hotfix-action refuses ${event}`));
    },
  );

  it('names a bad input, before anything else, and exits non-zero', async () => {
    const payload = JSON.parse(await readFile(PUSH_MAIN, 'utf8'));
    const run = await runAction('push', payload, { 'confirm-samples': 'two' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error::input "confirm-samples": found "two"; expected a whole number/,
    );
    // The token is registered as a secret (::add-mask::) and appears nowhere else.
    const lines = run.stdout.split('\n').filter((l) => l.includes('ghs_test_token_value'));
    expect(lines).toEqual(['::add-mask::ghs_test_token_value']);
  });

  it('the bundle holds one copy of undici, shared by @actions/core and @actions/github (README, "What it costs")', async () => {
    const dist = path.dirname(ACTION);
    const files = (await readdir(dist)).filter((f) => f.endsWith('.js'));
    let copies = 0;
    for (const file of files)
      copies +=
        (await readFile(path.join(dist, file), 'utf8')).split('class Client extends DispatcherBase')
          .length - 1;
    expect(copies).toBe(1);
  });

  it('the entry chunk, which every run starts by loading, holds neither undici nor @actions/core\'s OIDC client (README, "Dependencies")', async () => {
    const entry = await readFile(ACTION, 'utf8');
    expect(entry).toContain('INPUT_'); // @actions/core's getInput is bundled here
    expect(entry).not.toContain('class Client extends DispatcherBase');
    expect(entry).not.toContain('ACTIONS_ID_TOKEN_REQUEST_URL');
  });
});
