/**
 * git through `@actions/exec` with argument arrays: no shell, nothing echoed to the log. The
 * lane only queries (the CLI's repository, the Action's checkout); the demo also builds its own
 * temp repository with it.
 */
import { getExecOutput } from '@actions/exec';
import type { CommitHistory } from '../core/ports.js';

/** Runs `git <args>` in `cwd`, silently, whatever its exit code. */
function runGit(cwd: string, args: readonly string[]) {
  return getExecOutput('git', [...args], { cwd, silent: true, ignoreReturnCode: true });
}

/** Runs `git <args>` in `cwd` and returns its trimmed stdout; a non-zero exit throws. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { exitCode, stdout, stderr } = await runGit(cwd, args);
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

/**
 * How the hotfix relates to what runs, from the local repository (`git merge-base
 * --is-ancestor`; README, "Never roll production back by accident"). A commit the clone does not
 * have throws (the lane warns and goes on).
 */
export function gitHistory(cwd: string): CommitHistory {
  const contains = async (ancestor: string, commit: string) => {
    // Exit 1 is the answer "no"; anything above is git failing.
    const { exitCode, stderr } = await runGit(cwd, [
      'merge-base',
      '--is-ancestor',
      ancestor,
      commit,
    ]);
    if (exitCode > 1) throw new Error(`git merge-base: ${stderr.trim()}`);
    return exitCode === 0;
  };
  return {
    async relation(running, hotfix) {
      if (running === hotfix) return 'identical';
      if (await contains(running, hotfix)) return 'ahead';
      return (await contains(hotfix, running)) ? 'behind' : 'diverged';
    },
  };
}
