/**
 * Read-only git queries (the CLI's repository, the Action's checkout), run through
 * `@actions/exec` with argument arrays: no shell, nothing echoed to the log.
 */
import { getExecOutput } from '@actions/exec';

/** Runs `git <args>` in `cwd` and returns its trimmed stdout; a non-zero exit throws. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { exitCode, stdout, stderr } = await getExecOutput('git', [...args], {
    cwd,
    silent: true,
    ignoreReturnCode: true,
  });
  if (exitCode !== 0)
    throw new Error(`git ${args.join(' ')} exited with ${exitCode}: ${stderr.trim()}`);
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
