/**
 * The CLI's commands in-process (src/cli/commands.ts; README, "The CLI"), on a real git
 * repository in a temp folder: start never overwrites, status reads the records, migrate never
 * overwrites, rollback and run say what they need. The whole CLI as a process is tested in
 * __tests__/e2e/cli.test.ts.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileDeploymentStore } from '../../src/cli/file-store.js';
import {
  migrateCommand,
  rollbackCommand,
  runCommand,
  startCommand,
  statusCommand,
  type CommandContext,
} from '../../src/cli/commands.js';
import { MemoryReporter } from '../helpers/fakes.js';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@b.c', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();

beforeEach(() => {
  repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'hotfix-commands-')));
  git('init', '-q', '-b', 'main');
  git('commit', '-q', '--allow-empty', '-m', 'init');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** A command context in `repo` with these inputs and positionals; what it printed. */
function context(inputs: Record<string, string> = {}, positionals: string[] = []) {
  const out: string[] = [];
  const reporter = new MemoryReporter();
  const ctx: CommandContext = {
    cwd: repo,
    inputs: (name) => inputs[name],
    positionals,
    reporter,
    stdout: (text) => out.push(text),
  };
  return { ctx, reporter, out: () => out.join('') };
}

const SPEC = '.specswarm/features/042-hotfix/hotfix.md';

describe('hotfix start', () => {
  it('scaffolds hotfix.md and tasks.md once; a second start keeps a human edit', async () => {
    const first = context({ title: 'Login 500' }, ['42']);
    expect(await startCommand(first.ctx)).toBe(0);
    expect(first.reporter.lines).toEqual([
      `created ${SPEC}`,
      'created .specswarm/features/042-hotfix/tasks.md',
    ]);
    expect(first.out()).toBe(
      `Hotfix 042 ready: edit ${SPEC}, then push a branch hotfix/042-<slug>\n`,
    );
    expect(readFileSync(path.join(repo, SPEC), 'utf8')).toMatch(/^# Hotfix 042: Login 500$/m);

    writeFileSync(path.join(repo, SPEC), '# Hotfix 042: edited by a human\n');
    const again = context({ title: 'Other' }, ['42']);
    await startCommand(again.ctx);
    expect(again.reporter.lines[0]).toBe(`kept ${SPEC} (exists; never overwritten)`);
    expect(readFileSync(path.join(repo, SPEC), 'utf8')).toBe('# Hotfix 042: edited by a human\n');
  });

  it('a number that is not a hotfix number is an input error naming it and the form', async () => {
    await expect(startCommand(context({}, ['login']).ctx)).rejects.toThrow(
      'input "number": found "login"; expected a hotfix number such as 42 (hotfix start 42 --title "Login 500")',
    );
  });
});

describe('hotfix status', () => {
  it("lists the environment's deployments newest first, and on a hotfix branch where the hotfix stands", async () => {
    const store = fileDeploymentStore(repo);
    const sha = git('rev-parse', 'HEAD');
    const deploy = async (
      environment: string,
      payload: Record<string, unknown>,
      state: 'success' | 'failure',
    ) => {
      const d = await store.create({
        environment,
        ref: sha,
        task: 'deploy:hotfix',
        payload: { hotfix: '042', slug: 'x', spec: SPEC, rollbackTarget: null, ...payload },
        description: 'x',
      });
      await store.setStatus(d.id, state, `set by hand in ${environment}`);
      return d.id;
    };
    await deploy('staging', {}, 'success');
    const prod = await deploy('production', {}, 'failure');
    await deploy('production', { rollbackOf: prod }, 'success');
    git('checkout', '-q', '-b', 'hotfix/042-x');

    const { ctx, out } = context();
    expect(await statusCommand(ctx)).toBe(0);
    const lines = out().split('\n');
    expect(lines[0]).toBe('Hotfix 042 in each environment it reached:');
    expect(lines.slice(1, 3).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['staging', 'resolved'],
      ['production', 'rolled-back'],
    ]);
    const deployments = lines.slice(lines.indexOf('Deployments of production, newest first:') + 1);
    expect(
      deployments.filter(Boolean).map((l) => l.trim().split(/\s+/).slice(3).join(' ')),
    ).toEqual([
      'success rollback of hotfix 042 - set by hand in production',
      'failure hotfix 042 - set by hand in production',
    ]);
  });

  it('says so when the environment has no deployments recorded', async () => {
    const { ctx, out } = context({ environment: 'staging' });
    await statusCommand(ctx);
    expect(out()).toBe('No deployments of staging recorded in .specswarm/deployments.json\n');
  });
});

describe('hotfix migrate', () => {
  it('moves features/NNN-* to .specswarm/features; with a clash it moves nothing and names it', async () => {
    mkdirSync(path.join(repo, 'features/007-db'), { recursive: true });
    writeFileSync(path.join(repo, 'features/007-db/hotfix.md'), '# 7');
    mkdirSync(path.join(repo, 'features/008-api'));
    mkdirSync(path.join(repo, '.specswarm/features/008-api'), { recursive: true });
    await expect(migrateCommand(context().ctx)).rejects.toThrow(
      '.specswarm/features already holds 008-api: merge those by hand, nothing was moved',
    );
    expect(existsSync(path.join(repo, 'features/007-db/hotfix.md'))).toBe(true);

    rmSync(path.join(repo, '.specswarm'), { recursive: true });
    const { ctx, out } = context();
    expect(await migrateCommand(ctx)).toBe(0);
    expect(out()).toBe('Migrated 2 folder(s) to .specswarm/features\n');
    expect(readFileSync(path.join(repo, '.specswarm/features/007-db/hotfix.md'), 'utf8')).toBe(
      '# 7',
    );
    const nothing = context();
    await migrateCommand(nothing.ctx);
    expect(nothing.out()).toBe('Nothing to migrate: features/ holds no NNN-* folders.\n');
  });
});

describe('hotfix rollback and run', () => {
  it('rollback without a deployment to roll back says what is missing, as an input error', async () => {
    await expect(rollbackCommand(context().ctx)).rejects.toThrow(
      'input "hotfix": no successful deployment in production to roll back',
    );
    await expect(rollbackCommand(context({ hotfix: '42' }).ctx)).rejects.toThrow(
      'input "hotfix": no deployment of hotfix 042 in .specswarm/deployments.json',
    );
    await expect(rollbackCommand(context({ hotfix: 'x' }).ctx)).rejects.toThrow(
      'input "hotfix": found "x"; expected a hotfix number such as 42',
    );
  });

  it('run on a branch that is not a hotfix branch does nothing, says why, exit 0', async () => {
    const { ctx, out } = context();
    expect(await runCommand(ctx)).toBe(0);
    expect(out()).toMatch(
      /\nNothing to do: check out a hotfix branch first \(status: skipped\)\.\n$/,
    );
    expect(git('status', '--porcelain')).toBe('');
  });
});
