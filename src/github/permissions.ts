/**
 * Who may run `/hotfix` commands: collaborators with write, maintain or admin permission.
 */
import { statusOf } from './errors.js';
import type { GitHub, RepoRef } from './octokit.js';

/** Whether `username` has write, maintain or admin permission on the repository. */
export async function canOperate(gh: GitHub, repo: RepoRef, username: string): Promise<boolean> {
  try {
    const { data } = await gh.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      {
        ...repo,
        username,
      },
    );
    const role = (data as { role_name?: string }).role_name ?? '';
    return (
      data.permission === 'admin' ||
      data.permission === 'write' ||
      ['admin', 'maintain', 'write'].includes(role)
    );
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
