/**
 * Carrying the fix home (README, "Carrying the fix home"): after a resolved run, a PR from the
 * hotfix branch to the default branch (and to each of `merge-back-branches`) when none is open.
 * A PR whose head does not merge cleanly becomes a draft with a note. The action never merges.
 */
import type { HotfixId } from '../core/branch.js';
import { createOnce, NO_RETRY } from './create-once.js';
import { describeGitHubError, statusOf } from './errors.js';
import type { GitHub, RepoRef } from './octokit.js';

/** What the merge-back needs. */
export interface MergeBackInput {
  hotfix: HotfixId;
  title?: string;
  /** The hotfix branch (the head of every PR). */
  branch: string;
  /** The bases, the default branch first. */
  bases: readonly string[];
  /**
   * Bases of the PRs already open from the branch, when the PR lookup told them; `undefined`:
   * each base is looked up first.
   */
  openBases?: ReadonlySet<string>;
  specUrl: string;
  runUrl: string;
  warn: (message: string) => void;
  /** Good news that needs no action (the base has the fix already). */
  notice: (message: string) => void;
  /** Waits between the looks at a new PR's mergeability. */
  sleep?: (ms: number) => Promise<void>;
}

/** How the merge-back of one base ended. */
export interface MergeBackResult {
  base: string;
  url?: string;
  /**
   * `opened`, `draft` (does not merge cleanly), `open` (one was open already), `contained` (the
   * base has every commit already) or `failed`.
   */
  outcome: 'opened' | 'draft' | 'open' | 'contained' | 'failed';
}

/** The GitHub setting a 403 on PR creation points at. */
export const PR_SETTING =
  'Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"';

const DRAFT_MUTATION = `mutation HotfixMergeBackDraft($id: ID!) {
  convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } }
}`;

interface Pull {
  number: number;
  html_url: string;
  node_id: string;
  mergeable?: boolean | null;
}

/** Opens the merge-back PRs, each base on its own; a base that fails is a warning. */
export async function openMergeBacks(
  gh: GitHub,
  repo: RepoRef,
  input: MergeBackInput,
): Promise<MergeBackResult[]> {
  const bases = [...new Set(input.bases)].filter((b) => b !== input.branch);
  return Promise.all(
    bases.map(async (base): Promise<MergeBackResult> => {
      if (input.openBases?.has(base)) return { base, outcome: 'open' };
      try {
        return await openMergeBack(gh, repo, input, base);
      } catch (error) {
        if (statusOf(error) === 422 && /No commits between/i.test(detailsOf(error))) {
          input.notice(
            `merge-back: ${base} already has every commit of ${input.branch}; no PR needed`,
          );
          return { base, outcome: 'contained' };
        }
        input.warn(explain(error, base, input.branch));
        return { base, outcome: 'failed' };
      }
    }),
  );
}

async function openMergeBack(
  gh: GitHub,
  repo: RepoRef,
  input: MergeBackInput,
  base: string,
): Promise<MergeBackResult> {
  const lookup = async (): Promise<Pull | undefined> => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      head: `${repo.owner}:${input.branch}`,
      base,
      state: 'open',
      per_page: 1,
    });
    return data[0];
  };
  let created = false;
  const pull = await createOnce<Pull>({
    lookupFirst: input.openBases === undefined,
    lookup,
    create: async () => {
      const { data } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
        ...repo,
        title: `Hotfix ${input.hotfix.padded}${input.title ? `: ${input.title.slice(0, 200)}` : ''}`,
        head: input.branch,
        base,
        body: bodyOf(input, base),
        maintainer_can_modify: true,
        ...NO_RETRY,
      });
      created = true;
      return data;
    },
  });
  if (!created) return { base, url: pull.html_url, outcome: 'open' };
  if ((await mergeable(gh, repo, pull, input.sleep)) !== false)
    return { base, url: pull.html_url, outcome: 'opened' };
  // Does not merge cleanly: a draft, with a note that says so.
  await gh.graphql(DRAFT_MUTATION, { id: pull.node_id });
  await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: pull.number,
    body: `⚠️ \`${input.branch}\` does not merge cleanly into \`${base}\`, so this PR is a draft: merge \`${base}\` into the hotfix branch (or rebase it), resolve the conflicts, then mark it ready for review.`,
  });
  return { base, url: pull.html_url, outcome: 'draft' };
}

/**
 * Whether a new PR merges cleanly. GitHub works it out after the create (`null` until then):
 * looked at up to 3 times, a second apart; still unknown is taken as clean.
 */
async function mergeable(
  gh: GitHub,
  repo: RepoRef,
  pull: Pull,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<boolean | null> {
  let known = pull.mergeable ?? null;
  for (let look = 0; look < 3 && known === null; look += 1) {
    if (look > 0) await sleep(1000);
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: pull.number,
    });
    known = data.mergeable;
  }
  return known;
}

function bodyOf(input: MergeBackInput, base: string): string {
  return [
    `Carries hotfix ${input.hotfix.padded} home: it resolved in production from \`${input.branch}\`; merge this so that \`${base}\` has the fix too.`,
    '',
    `- Spec: ${input.specUrl}`,
    `- Run: ${input.runUrl}`,
    '',
    'Opened by hotfix-action, which never merges: a human reviews and merges.',
  ].join('\n');
}

/** GitHub's answer to a failed request, as text (its message and errors). */
function detailsOf(error: unknown): string {
  return JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? {});
}

/** A failed merge-back said for a human: a 403 names the setting, a missing base names it. */
function explain(error: unknown, base: string, branch: string): string {
  const status = statusOf(error);
  const text = detailsOf(error);
  if (status === 403)
    return `merge-back: GitHub refused to open the PR from ${branch} to ${base} (403): this repository does not let GitHub Actions open pull requests; allow it in ${PR_SETTING}, or open it by hand`;
  if (status === 422 && /"field":"base"/.test(text))
    return `merge-back-branches: the branch "${base}" does not exist; no merge-back PR to it (fix the input, or create the branch)`;
  return `merge-back: could not open the PR from ${branch} to ${base}: ${describeGitHubError(error) ?? String(error)}`;
}
