/**
 * Deployments and their statuses through GitHub's deployments API (README, "Deployments and your
 * job's environment:").
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

  const latestState = async (
    id: number,
  ): Promise<{ state?: DeploymentState; description?: string }> => {
    const { data } = await gh.request(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      {
        ...repo,
        deployment_id: id,
        per_page: 1,
      },
    );
    const latest = data[0];
    return latest
      ? { state: latest.state as DeploymentState, description: latest.description ?? undefined }
      : {};
  };

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
      const deployments = await page(environment, 1);
      return Promise.all(
        deployments.map(async (d) => ({ ...toRecord(d), ...(await latestState(d.id)) })),
      );
    },

    async scan(environment, exclude) {
      // Newest first; a deployment of this hotfix is skipped without loading its statuses. The
      // statuses loaded on the way to the target also tell whether another one is running.
      let active: DeploymentRecord | undefined;
      for (let n = 1; n <= 5; n += 1) {
        const deployments = await page(environment, n);
        for (const d of deployments) {
          const record = toRecord(d);
          if (isOfHotfix(record, exclude.hotfix, exclude.sha)) continue;
          const latest = { ...record, ...(await latestState(d.id)) };
          if (latest.state === 'success') return { target: latest, active };
          if (isActiveState(latest.state)) active ??= latest;
        }
        if (deployments.length < 30) break;
      }
      return { active };
    },

    async findRollbackOf(environment, id) {
      // The newest deployments only, without their statuses: one request a sample.
      const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        environment,
        per_page: 10,
      });
      return (data as ApiDeployment[]).map(toRecord).find((r) => rollsBack(r, id));
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
