/**
 * Deployments and their statuses through GitHub's deployments API (README, "Deployments and your
 * job's environment:"). Reads go through GraphQL, where a deployment comes with its latest
 * status: one request per 100 deployments, whatever the history (README, "Any history, any
 * window"). Writes go through REST.
 */
import type {
  DeploymentPayload,
  DeploymentRecord,
  DeploymentState,
  DeploymentStore,
  NewDeployment,
} from '../core/ports.js';
import { isActiveState, isOfHotfix, rollsBack } from '../core/rollback-target.js';
import { DEPLOY_TASK } from '../core/lane-record.js';
import { createOnce, NO_RETRY } from './create-once.js';
import type { GitHub, RepoRef } from './octokit.js';

/** The newest deployments read: deeper than this, there is no rollback target. */
export const MAX_SCAN_DEPTH = 1000;
const GRAPHQL_PAGE = 100;

/** The deployments of an environment (or all), newest first, each with its latest status. */
export const DEPLOYMENTS_QUERY = `query HotfixDeployments($owner: String!, $name: String!, $environments: [String!], $first: Int!, $after: String, $hotfix: GitObjectID = "0000000000000000000000000000000000000000", $withHistory: Boolean = false) {
  repository(owner: $owner, name: $name) {
    object(oid: $hotfix) @include(if: $withHistory) {
      ... on Commit { history(first: 100) { nodes { oid } } }
    }
    deployments(environments: $environments, first: $first, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId
        commitOid
        task
        environment
        payload
        createdAt
        description
        latestStatus { state description }
      }
    }
  }
}`;

interface GraphQLDeployment {
  databaseId: number | null;
  commitOid: string;
  task: string | null;
  environment: string | null;
  payload: string | null;
  createdAt: string;
  description: string | null;
  latestStatus: { state: string; description: string | null } | null;
}

interface DeploymentsPage {
  repository: {
    object?: { history?: { nodes?: ({ oid: string } | null)[] | null } | null } | null;
    deployments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (GraphQLDeployment | null)[] | null;
    };
  } | null;
}

interface ApiDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  created_at: string;
  description?: string | null;
}

/** Options of the store. */
export interface GitHubStoreOptions {
  /** Identifies this run's creates, so that a retried create is found again (`run-attempt`). */
  runKey: string;
  /** Called when the set of deployments left `in_progress` changes (for the post step). */
  onOpenChange?: (open: number[]) => void;
}

const MAX_DESCRIPTION = 140;

/** Builds the GitHub-backed deployment store. */
export function githubDeploymentStore(
  gh: GitHub,
  repo: RepoRef,
  options: GitHubStoreOptions,
): DeploymentStore {
  // The lane writes an in_progress status on each change of phase; the same text twice in a
  // row is written once.
  const lastProgress = new Map<string, string>();
  const open = new Set<number>();
  const changed = () => options.onOpenChange?.([...open]);

  const fromGraphQL = (d: GraphQLDeployment): DeploymentRecord => ({
    id: d.databaseId ?? 0,
    environment: d.environment ?? '',
    ref: d.commitOid,
    task: d.task ?? '',
    payload: parsePayload(d.payload),
    createdAt: d.createdAt,
    ...(d.latestStatus
      ? {
          state: d.latestStatus.state.toLowerCase() as DeploymentState,
          description: d.latestStatus.description ?? undefined,
        }
      : {}),
  });

  /** The deployments, newest first, page by page (`size` each), up to `depth` in all. */
  async function* newest(
    environment: string | readonly string[] | undefined,
    depth: number,
    size = GRAPHQL_PAGE,
    /** With the first page, the newest 100 commits of this one's history. */
    history?: { sha: string; into: Set<string> },
  ): AsyncGenerator<DeploymentRecord[]> {
    let after: string | null = null;
    for (let read = 0; read < depth;) {
      const data: DeploymentsPage = await gh.graphql<DeploymentsPage>(DEPLOYMENTS_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        environments:
          environment === undefined
            ? null
            : typeof environment === 'string'
              ? [environment]
              : environment,
        first: Math.min(size, depth - read),
        after,
        ...(history && after === null ? { hotfix: history.sha, withHistory: true } : {}),
      });
      for (const node of data.repository?.object?.history?.nodes ?? [])
        if (node) history?.into.add(node.oid);
      const page = data.repository?.deployments;
      if (!page)
        throw new Error(
          `GitHub did not find the repository ${repo.owner}/${repo.repo}, or the token cannot see it: check GITHUB_REPOSITORY and the token`,
        );
      const nodes = (page.nodes ?? []).filter((d): d is GraphQLDeployment => d?.databaseId != null);
      read += nodes.length;
      yield nodes.map(fromGraphQL);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length === 0) return;
      after = page.pageInfo.endCursor;
    }
  }

  const toRecord = (d: ApiDeployment): DeploymentRecord => ({
    id: d.id,
    environment: d.environment,
    ref: d.sha,
    task: d.task,
    payload: parsePayload(d.payload),
    createdAt: d.created_at,
  });

  const page = async (
    environment: string | undefined,
    pageNumber: number,
    extra: Record<string, string> = {},
  ) => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
      ...repo,
      ...(environment === undefined ? { task: DEPLOY_TASK } : { environment }),
      per_page: 30,
      page: pageNumber,
      ...extra,
    });
    return data as ApiDeployment[];
  };

  return {
    async list(environment) {
      // The newest 100, with their latest statuses, in one request.
      for await (const records of newest(environment, GRAPHQL_PAGE)) {
        return environment === undefined ? records.filter((r) => r.task === DEPLOY_TASK) : records;
      }
      return [];
    },

    async scan(environment, exclude) {
      // Newest first, each with its latest status; the first success not of this hotfix is the
      // target. Another hotfix's deployment still running (newer than the target) is noted.
      // The hotfix's newest 100 commits come with the first page: a target among them is in
      // the hotfix's history, and no compare is needed (README, "Never roll production back by
      // accident").
      let active: DeploymentRecord | undefined;
      let read = 0;
      const ancestors = new Set<string>();
      const history = exclude.sha ? { sha: exclude.sha, into: ancestors } : undefined;
      for await (const records of newest(environment, MAX_SCAN_DEPTH, GRAPHQL_PAGE, history)) {
        read += records.length;
        for (const record of records) {
          if (isOfHotfix(record, exclude.hotfix, exclude.sha)) continue;
          if (record.state === 'success')
            return { target: record, active, ...(history ? { ancestors } : {}) };
          if (isActiveState(record.state)) active ??= record;
        }
      }
      if (read >= MAX_SCAN_DEPTH)
        return {
          active,
          note: `no successful deployment of ${environment} in its newest ${MAX_SCAN_DEPTH} deployments: treated as no rollback target`,
        };
      return { active };
    },

    async findRollbackOf(environment, id) {
      // The newest 10 deployments: one request a sample.
      for await (const records of newest(environment, 10, 10)) {
        return records.find((r) => rollsBack(r, id));
      }
      return undefined;
    },

    async create(input: NewDeployment) {
      const payload = {
        ...input.payload,
        run: `${options.runKey}:${input.payload.rollbackOf === undefined ? 'deploy' : 'rollback'}`,
      };
      const created = await createOnce({
        lookupFirst: false,
        lookup: async () =>
          (await page(input.environment, 1, { sha: input.ref, task: input.task })).find(
            (d) => parsePayload(d.payload).run === payload.run,
          ),
        create: async () => {
          const { data, status } = await gh.request('POST /repos/{owner}/{repo}/deployments', {
            ...repo,
            ref: input.ref,
            task: input.task,
            environment: input.environment,
            auto_merge: false,
            required_contexts: [],
            payload,
            description: input.description.slice(0, MAX_DESCRIPTION),
            production_environment: /^prod(uction)?$/i.test(input.environment),
            ...NO_RETRY,
          });
          if (status !== 201 || !('id' in data))
            throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
          return data as ApiDeployment;
        },
      });
      return toRecord(created);
    },

    async setStatus(id, state, description, extra) {
      const key = String(id);
      const text = description.slice(0, MAX_DESCRIPTION);
      if (state === 'in_progress') {
        if (lastProgress.get(key) === text) return;
        lastProgress.set(key, text);
      }
      await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: Number(id),
        state,
        description: text,
        ...(extra?.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
        ...(extra?.logUrl ? { log_url: extra.logUrl } : {}),
        // Keep the history: a rollback target must stay `success` after later deployments.
        auto_inactive: false,
      });
      if (state === 'in_progress' || state === 'queued' || state === 'pending')
        open.add(Number(id));
      else open.delete(Number(id));
      changed();
    },
  };
}

/** GitHub returns the payload as an object (or, for old deployments, a JSON string). */
export function parsePayload(payload: unknown): Partial<DeploymentPayload> & { run?: string } {
  if (typeof payload === 'string') {
    try {
      return parsePayload(JSON.parse(payload));
    } catch {
      return {};
    }
  }
  return typeof payload === 'object' && payload !== null
    ? (payload as Partial<DeploymentPayload>)
    : {};
}
