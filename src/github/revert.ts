/**
 * `revert-pr: true`: after a rollback, a PR that reverts the hotfix's changes on the default
 * branch, so that git matches what runs. Each file the hotfix changed (between the rollback
 * target and the hotfix's SHA) is put back as it is at the rollback target; the hotfix's own
 * spec folder is left alone. When the default branch does not contain the hotfix there is
 * nothing to revert, and the action says so.
 */
import type { HotfixId } from '../core/branch.js';
import { createOnce, NO_RETRY } from './create-once.js';
import type { GitHub, RepoRef } from './octokit.js';

/** What the revert needs. */
export interface RevertInput {
  hotfix: HotfixId;
  /** The hotfix's SHA (what was rolled back). */
  sha: string;
  /** What runs now (the rollback target). */
  target: string;
  defaultBranch: string;
  /** Paths under this folder are kept (the hotfix's spec and tasks). */
  keep: string;
  notice: (message: string) => void;
}

type TreeEntry = {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob';
  sha: string | null;
};

/** Opens (or finds) the revert PR; `undefined` when there is nothing to revert. */
export async function openRevertPr(
  gh: GitHub,
  repo: RepoRef,
  input: RevertInput,
): Promise<string | undefined> {
  const branch = `revert/hotfix-${input.hotfix.padded}`;
  const existing = async (): Promise<{ html_url: string } | undefined> => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      head: `${repo.owner}:${branch}`,
      state: 'all',
      per_page: 1,
    });
    return data[0];
  };
  const found = await existing();
  if (found) return found.html_url;

  // Is the hotfix in the default branch?
  const { data: merged } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...repo,
    basehead: `${input.sha}...${input.defaultBranch}`,
    per_page: 1,
  });
  if (merged.status !== 'ahead' && merged.status !== 'identical') {
    input.notice(
      `revert-pr: ${input.defaultBranch} does not contain hotfix ${input.hotfix.padded} (${input.sha.slice(0, 7)}): nothing to revert`,
    );
    return undefined;
  }
  const { data: diff } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...repo,
    basehead: `${input.target}...${input.sha}`,
  });
  const changed = (diff.files ?? []).filter((f) => !f.filename.startsWith(`${input.keep}/`));
  if (changed.length === 0) {
    input.notice(
      `revert-pr: hotfix ${input.hotfix.padded} changed no file outside ${input.keep}: nothing to revert`,
    );
    return undefined;
  }
  const { data: targetTree } = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    ...repo,
    tree_sha: input.target,
    recursive: 'true',
  });
  const atTarget = new Map(targetTree.tree.map((e) => [e.path ?? '', e]));
  const restore = (path: string): TreeEntry => {
    const entry = atTarget.get(path);
    return entry?.sha
      ? { path, mode: (entry.mode as TreeEntry['mode']) ?? '100644', type: 'blob', sha: entry.sha }
      : { path, mode: '100644', type: 'blob', sha: null };
  };
  const entries: TreeEntry[] = [];
  for (const file of changed) {
    entries.push(restore(file.filename));
    if (file.previous_filename) entries.push(restore(file.previous_filename));
  }
  const { data: ref } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    ...repo,
    ref: `heads/${input.defaultBranch}`,
  });
  const { data: base } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...repo,
    commit_sha: ref.object.sha,
  });
  const { data: tree } = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
    ...repo,
    base_tree: base.tree.sha,
    tree: entries,
  });
  const { data: commit } = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
    ...repo,
    message: `Revert hotfix ${input.hotfix.padded}: it was rolled back\n\nPuts ${changed.length} file(s) back as they are at ${input.target.slice(0, 7)}, which is what runs now.`,
    tree: tree.sha,
    parents: [ref.object.sha],
  });
  await gh.request('POST /repos/{owner}/{repo}/git/refs', {
    ...repo,
    ref: `refs/heads/${branch}`,
    sha: commit.sha,
  });
  const pr = await createOnce({
    lookupFirst: false,
    lookup: existing,
    create: async (): Promise<{ html_url: string }> =>
      (
        await gh.request('POST /repos/{owner}/{repo}/pulls', {
          ...repo,
          title: `Revert hotfix ${input.hotfix.padded} (rolled back)`,
          head: branch,
          base: input.defaultBranch,
          body: `Hotfix ${input.hotfix.padded} was rolled back to \`${input.target.slice(0, 7)}\`. This PR reverts its changes on \`${input.defaultBranch}\` so that git matches what runs.`,
          ...NO_RETRY,
        })
      ).data,
  });
  return pr.html_url;
}
