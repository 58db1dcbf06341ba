/**
 * The sticky PR comment (README, "Branches, files and reports"): one per hotfix, found by its
 * marker in a comment authored by the token's own user, updated in place, never duplicated.
 */
import { neutralizeMentions } from '../core/mentions.js';
import { createOnce, NO_RETRY } from './create-once.js';
import { statusOf } from './errors.js';
import type { GitHub, RepoRef } from './octokit.js';

/** GitHub's limit on a comment body. */
const MAX_BODY = 65_536;

/** The marker of a hotfix's sticky comment. */
export function commentMarker(padded: string): string {
  return `<!-- hotfix-action:${padded} -->`;
}

/** The login of the job's token (and of what `GET /user` cannot tell). */
export const ACTIONS_BOT = 'github-actions[bot]';

/** What GitHub's GraphQL API is asked for the token's own login. */
export const VIEWER_QUERY = 'query HotfixViewer { viewer { login } }';

/**
 * The login the token acts as. An installation token (`ghs_`: the job's own token, or a GitHub
 * App's) cannot read `GET /user`, but GraphQL's `viewer` names it (`github-actions[bot]`, or
 * `<app-slug>[bot]` for an App), so an App's comments and issues are found again on re-runs.
 * When neither answers, the job's token is assumed.
 */
export async function ownLogin(gh: GitHub, token: string): Promise<string> {
  if (!token.startsWith('ghs_')) {
    try {
      const { data } = await gh.request('GET /user');
      return data.login;
    } catch (error) {
      if (statusOf(error) !== 403 && statusOf(error) !== 401) throw error;
    }
  }
  try {
    const data = await gh.graphql<{ viewer?: { login?: unknown } }>(VIEWER_QUERY);
    if (typeof data.viewer?.login === 'string' && data.viewer.login !== '')
      return data.viewer.login;
  } catch {
    /* no GraphQL answer: the job's token is assumed below */
  }
  return ACTIONS_BOT;
}

/** A PR as the action needs it. */
export interface PullRequestInfo {
  number: number;
  title: string;
  body: string;
  headRef: string;
  headSha: string;
  /** `owner/repo` of the head branch; `undefined` when its repository is gone. */
  headRepo?: string;
}

/** The open PR whose head is `branch`, if any. */
export async function findPullRequest(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
): Promise<PullRequestInfo | undefined> {
  const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'open',
    per_page: 1,
  });
  return data[0] && toPullRequestInfo(data[0]);
}

/** The open PR of a branch and the token's own login, in one GraphQL request. */
export const PULL_AND_VIEWER_QUERY = `query HotfixPullRequest($owner: String!, $name: String!, $branch: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequests(headRefName: $branch, states: [OPEN], first: 5) {
      nodes { number title body headRefName headRefOid baseRefName headRepository { nameWithOwner } }
    }
  }
}`;

interface PullAndViewer {
  viewer?: { login?: string | null } | null;
  repository?: {
    pullRequests?: {
      nodes?: ({
        number: number;
        title: string;
        body: string;
        headRefName: string;
        headRefOid: string;
        baseRefName: string;
        headRepository?: { nameWithOwner: string } | null;
      } | null)[];
    };
  } | null;
}

/**
 * The open PR whose head is `branch` in this repository, and the token's own login (which the
 * comment and the issues need), in one request instead of two (README, "Any history, any
 * window").
 */
export async function findPullRequestAndLogin(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
): Promise<{ pr?: PullRequestInfo; login?: string; openBases: Set<string> }> {
  const data = await gh.graphql<PullAndViewer>(PULL_AND_VIEWER_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    branch,
  });
  const own = `${repo.owner}/${repo.repo}`.toLowerCase();
  const ours = (data.repository?.pullRequests?.nodes ?? []).filter(
    (n) => n && n.headRepository?.nameWithOwner.toLowerCase() === own,
  );
  const node = ours[0];
  const login = data.viewer?.login || undefined;
  return {
    // The bases this branch already has an open PR to (the merge-back needs no lookup for them).
    openBases: new Set(ours.map((n) => n!.baseRefName)),
    ...(login ? { login } : {}),
    ...(node
      ? {
          pr: {
            number: node.number,
            title: node.title,
            body: node.body,
            headRef: node.headRefName,
            headSha: node.headRefOid,
            headRepo: node.headRepository?.nameWithOwner,
          },
        }
      : {}),
  };
}

/** A PR by number. */
export async function getPullRequest(
  gh: GitHub,
  repo: RepoRef,
  number: number,
): Promise<PullRequestInfo> {
  const { data: pr } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    ...repo,
    pull_number: number,
  });
  return toPullRequestInfo(pr);
}

/** The fields of a PR (from a list or a get) that the action uses. */
function toPullRequestInfo(pr: {
  number: number;
  title: string;
  body: string | null;
  head: { ref: string; sha: string; repo?: { full_name: string } | null };
}): PullRequestInfo {
  return {
    number: pr.number,
    title: pr.title,
    body: pr.body ?? '',
    headRef: pr.head.ref,
    headSha: pr.head.sha,
    headRepo: pr.head.repo?.full_name,
  };
}

interface ApiComment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

/** Whether a comment is ours: it starts with the marker and the token's own user wrote it. */
export function isOurComment(comment: ApiComment, marker: string, login: string): boolean {
  return comment.user?.login === login && (comment.body ?? '').startsWith(marker);
}

/** Finds our comment among all of the PR's comments (paginated). */
export async function findOurComment(
  gh: GitHub,
  repo: RepoRef,
  issue: number,
  marker: string,
  login: string,
): Promise<ApiComment | undefined> {
  const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issue,
    per_page: 100,
  });
  return (comments as ApiComment[]).find((c) => isOurComment(c, marker, login));
}

/**
 * The body we post: the marker first, then the report, cut to GitHub's limit. No mention but
 * `mentions` (the `escalation-mentions`) notifies anyone.
 */
export function commentBody(
  marker: string,
  report: string,
  mentions: readonly string[] = [],
): string {
  const body = `${marker}\n${neutralizeMentions(report, mentions)}`;
  if (body.length <= MAX_BODY) return body;
  const note = '\n\n… (cut: the full report is in the job summary)';
  return body.slice(0, MAX_BODY - note.length) + note;
}

/** One hotfix's sticky comment on one PR. */
export class StickyComment {
  private id: number | undefined;
  private lastBody: string | undefined;

  constructor(
    private readonly gh: GitHub,
    private readonly repo: RepoRef,
    private readonly issue: number,
    private readonly marker: string,
    private readonly login: string,
    private readonly mentions: readonly string[] = [],
  ) {}

  /** Creates or updates the comment; does nothing when the body did not change. */
  async upsert(report: string): Promise<number> {
    const body = commentBody(this.marker, report, this.mentions);
    if (this.id !== undefined && body === this.lastBody) return this.id;
    if (this.id === undefined) {
      const found = await createOnce({
        lookupFirst: true,
        lookup: () => findOurComment(this.gh, this.repo, this.issue, this.marker, this.login),
        create: async () => {
          const { data } = await this.gh.request(
            'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
            {
              ...this.repo,
              issue_number: this.issue,
              body,
              ...NO_RETRY,
            },
          );
          this.lastBody = body;
          return data as ApiComment;
        },
      });
      this.id = found.id;
      if (this.lastBody === body) return this.id;
    }
    await this.gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...this.repo,
      comment_id: this.id,
      body,
    });
    this.lastBody = body;
    return this.id;
  }
}

/** Posts a plain reply (e.g. a polite refusal), once per marker. */
export async function replyOnce(
  gh: GitHub,
  repo: RepoRef,
  issue: number,
  marker: string,
  login: string,
  text: string,
): Promise<void> {
  await new StickyComment(gh, repo, issue, marker, login).upsert(text);
}
