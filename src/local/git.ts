/**
 * Read-only git queries for the CLI, run with argument arrays (no shell).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs `git <args>` in `cwd` and returns its trimmed stdout. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: 10 * 1024 * 1024 });
  return stdout.trim();
}

/** The repo's top folder, the current branch and HEAD's SHA. */
export async function repoState(
  cwd: string,
): Promise<{ root: string; branch: string; sha: string }> {
  let root: string;
  try {
    root = await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new Error(
      `${cwd} is not inside a git repository: run hotfix from your service's repository`,
    );
  }
  const branch = await git(root, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const sha = await git(root, ['rev-parse', 'HEAD']);
  return { root, branch, sha };
}
