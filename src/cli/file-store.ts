/**
 * The CLI's deployment store: `.specswarm/deployments.json`, written atomically, with the
 * same records the GitHub deployments API keeps (deployment + statuses).
 */
import path from 'node:path';
import type {
  DeploymentRecord,
  DeploymentState,
  DeploymentStore,
  NewDeployment,
} from '../core/ports.js';
import { isInEnvironments } from '../core/environments.js';
import { scanDeployments } from '../core/rollback-target.js';
import { readIfExists, writeFileAtomic } from '../node/fs-files.js';

/** One status as stored. */
interface StoredStatus {
  state: DeploymentState;
  description: string;
  environmentUrl?: string;
  logUrl?: string;
  createdAt: string;
}

/** One deployment as stored. */
interface StoredDeployment extends Omit<DeploymentRecord, 'state' | 'description'> {
  statuses: StoredStatus[];
}

interface StoreFile {
  version: 1;
  nextId: number;
  deployments: StoredDeployment[];
}

/** The store's path inside a repo. */
export const DEPLOYMENTS_FILE = '.specswarm/deployments.json';

/** Builds the file-backed store for the repo at `root`. `now` gives ISO times (for tests). */
export function fileDeploymentStore(root: string, now: () => number = Date.now): DeploymentStore {
  const file = path.join(root, DEPLOYMENTS_FILE);
  // One writer at a time within this process; each change re-reads the file first.
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<StoreFile> => {
    const text = await readIfExists(file);
    if (text === undefined) return { version: 1, nextId: 1, deployments: [] };
    try {
      const parsed = JSON.parse(text) as StoreFile;
      if (!Array.isArray(parsed.deployments)) throw new Error('no deployments array');
      return parsed;
    } catch (error) {
      throw new Error(
        `${DEPLOYMENTS_FILE} is not a deployment store (${(error as Error).message}); fix or move it`,
      );
    }
  };
  const change = <T>(fn: (data: StoreFile) => T): Promise<T> => {
    const next = queue.then(async () => {
      const data = await load();
      const result = fn(data);
      await writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const view = (d: StoredDeployment): DeploymentRecord => {
    const latest = d.statuses.at(-1);
    const { statuses: _statuses, ...rest } = d;
    return { ...rest, state: latest?.state, description: latest?.description };
  };
  const store: DeploymentStore = {
    async scan(environment, exclude) {
      return scanDeployments(await store.list(environment), exclude.hotfix, exclude.sha);
    },
    async list(environment) {
      const data = await load();
      return data.deployments
        .filter((d) => isInEnvironments(d.environment, environment))
        .map(view)
        .reverse();
    },
    create(input: NewDeployment) {
      return change((data) => {
        const record: StoredDeployment = {
          id: data.nextId,
          environment: input.environment,
          ref: input.ref,
          task: input.task,
          payload: input.payload,
          createdAt: new Date(now()).toISOString(),
          statuses: [],
        };
        data.nextId += 1;
        data.deployments.push(record);
        return view(record);
      });
    },
    setStatus(id, state, description, extra) {
      return change((data) => {
        const record = data.deployments.find((d) => String(d.id) === String(id));
        if (!record) throw new Error(`deployment ${id} is not in ${DEPLOYMENTS_FILE}`);
        record.statuses.push({
          state,
          description,
          environmentUrl: extra?.environmentUrl,
          logUrl: extra?.logUrl,
          createdAt: new Date(now()).toISOString(),
        });
      });
    },
  };
  return store;
}
