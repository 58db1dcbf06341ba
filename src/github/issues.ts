/**
 * Follow-up issues (README, "Branches, files and reports"): T005-T007 and the escalation issue,
 * each found again by its marker (in an issue the token's own user opened) before it is created.
 */
import { neutralizeMentions } from '../core/mentions.js';
import { createOnce, NO_RETRY } from './create-once.js';
import type { GitHub, RepoRef } from './octokit.js';

/** An issue to make sure of. */
export interface IssueDraft {
  marker: string;
  title: string;
  body: string;
  labels: string[];
}

interface ApiIssue {
  number: number;
  html_url: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
}

/** The marker of one of a hotfix's issues, e.g. `<!-- hotfix-action:042:T005 -->`. */
export function issueMarker(padded: string, kind: string): string {
  return `<!-- hotfix-action:${padded}:${kind} -->`;
}

async function listOurs(
  gh: GitHub,
  repo: RepoRef,
  labels: string[],
  login: string,
): Promise<ApiIssue[]> {
  const issues = (await gh.paginate('GET /repos/{owner}/{repo}/issues', {
    ...repo,
    state: 'all',
    per_page: 100,
    ...(labels.length > 0 ? { labels: labels.join(',') } : {}),
  })) as ApiIssue[];
  return issues.filter((i) => !i.pull_request && i.user?.login === login);
}

/**
 * Opens each draft unless an issue with its marker exists; one listing serves them all.
 * Returns each draft's issue URL, in order.
 */
export async function ensureIssues(
  gh: GitHub,
  repo: RepoRef,
  drafts: readonly IssueDraft[],
  login: string,
  /** The only mentions kept (`escalation-mentions`); any other `@name` is made inert. */
  mentions: readonly string[] = [],
  /** When given, a draft that cannot be opened is a warning and the next is still tried. */
  warn?: (message: string) => void,
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const listing = await listOurs(gh, repo, drafts[0]!.labels, login);
  const urls: string[] = [];
  for (const draft of drafts) {
    let fresh = false;
    const opening = createOnce({
      lookupFirst: true,
      // The first lookup uses the one listing; a retry after a failed create lists again.
      lookup: async () => {
        const pool = fresh ? await listOurs(gh, repo, draft.labels, login) : listing;
        fresh = true;
        return pool.find((i) => (i.body ?? '').includes(draft.marker));
      },
      create: async () => {
        const { data } = await gh.request('POST /repos/{owner}/{repo}/issues', {
          ...repo,
          title: neutralizeMentions(draft.title),
          body: `${draft.marker}\n${neutralizeMentions(draft.body, mentions)}`,
          labels: draft.labels,
          ...NO_RETRY,
        });
        return data as ApiIssue;
      },
    });
    try {
      urls.push((await opening).html_url);
    } catch (error) {
      if (!warn) throw error;
      warn(
        `could not open the issue "${draft.title}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return urls;
}
