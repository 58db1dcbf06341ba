/**
 * Real git repositories in temp folders, and a real service whose answers follow the version a
 * real deploy command made live (`.live-version`, copied from the deployed commit).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Runs git in `cwd`. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** A repo with `version.txt` = good on main. */
export async function makeRepo(): Promise<string> {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'hotfix-e2e-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'e2e@example.invalid');
  git(repo, 'config', 'user.name', 'E2E');
  await writeFile(path.join(repo, 'version.txt'), 'good\n');
  await writeFile(path.join(repo, '.gitignore'), '.live-version\n.rollback-at\n.deployed\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'good');
  return repo;
}

/** Creates `branch` from main with `version.txt` = `version`; returns its SHA. */
export async function hotfixBranch(repo: string, branch: string, version: string): Promise<string> {
  git(repo, 'checkout', '-q', 'main');
  git(repo, 'checkout', '-q', '-b', branch);
  await writeFile(path.join(repo, 'version.txt'), `${version}\n`);
  git(repo, 'commit', '-q', '--allow-empty', '-am', `hotfix: ${version}`);
  return git(repo, 'rev-parse', 'HEAD');
}

/** The deploy command: makes the deployed commit's version live, and stamps rollbacks. */
export const DEPLOY_COMMAND =
  'git show "$HOTFIX_REF:version.txt" > .live-version && echo "$HOTFIX_REF" >> .deployed && ' +
  'if [ "${HOTFIX_ROLLBACK:-}" = 1 ]; then node -e "process.stdout.write(String(Date.now()))" > .rollback-at; fi';

/**
 * The service. `.live-version` holds `good`, `bad`, `bad-after <ms>` (healthy, then failing
 * from <ms> after the first request that saw this version), or `fail-requests <a> <b>`
 * (requests a..b since this version went live fail: one probe sample is 5 requests).
 */
export async function startVersionService(repo: string) {
  let content = '';
  let since = 0;
  let count = 0;
  let firstFailAt: number | undefined;
  const server = http.createServer((_req, res) => {
    readFile(path.join(repo, '.live-version'), 'utf8')
      .catch(() => 'none')
      .then((raw) => {
        const now = Date.now();
        const version = raw.trim();
        if (version !== content) {
          content = version;
          since = now;
          count = 0;
        }
        count += 1;
        const [kind, a = '0', b = '0'] = version.split(/\s+/);
        let ok = kind?.startsWith('good') ?? false;
        if (kind === 'bad-after') ok = now - since < Number(a);
        if (kind === 'fail-requests') ok = count < Number(a) || count > Number(b);
        if (!ok && firstFailAt === undefined && kind !== 'fail-requests') firstFailAt = now;
        res.writeHead(ok ? 200 : 500);
        res.end(ok ? 'ok' : 'broken');
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/login`,
    firstFailAt: () => firstFailAt,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Where the built CLI is. */
export const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');

/** Runs the built CLI as a child process; resolves with its exit code and output. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onSpawn?: (pid: number) => void },
): Promise<{ code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    if (child.pid) options.onSpawn?.(child.pid);
    child.on('close', (code, signal) => resolve({ code, stdout, stderr, signal }));
  });
}

/** Polls `check` every `everyMs` until it holds or `tries` run out; says whether it held. */
export async function waitUntil(
  check: () => Promise<boolean>,
  { tries = 100, everyMs = 50 }: { tries?: number; everyMs?: number } = {},
): Promise<boolean> {
  for (let i = 0; i < tries; i += 1) {
    await new Promise((r) => setTimeout(r, everyMs));
    if (await check()) return true;
  }
  return false;
}

/** Sends SIGTERM to a running CLI; resolves with its result and how long it took to end. */
export async function terminate<T>(
  pid: number,
  running: Promise<T>,
): Promise<{ run: T; ms: number }> {
  const sentAt = Date.now();
  process.kill(pid, 'SIGTERM');
  const run = await running;
  return { run, ms: Date.now() - sentAt };
}
