/**
 * How the hotfix relates to what an environment runs, from GitHub's compare API (README, "Never
 * roll production back by accident"): one request, no file list.
 */
import type { CommitHistory, CommitRelation } from '../core/ports.js';
import type { GitHub, RepoRef } from './octokit.js';

/** The history of the repository on GitHub. */
export function githubHistory(gh: GitHub, repo: RepoRef): CommitHistory {
  return {
    async relation(running, hotfix) {
      const { data } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...repo,
        basehead: `${running}...${hotfix}`,
        per_page: 1,
      });
      return data.status as CommitRelation;
    },
  };
}
