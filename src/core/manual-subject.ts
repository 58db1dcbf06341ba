/**
 * The subject of a manual rollback (README, "Trust boundaries"): which deployment, which
 * environment, which hotfix and which branch. Read from the deployment records, whatever the
 * `environment` input says, and never from a name rebuilt from the number when the record (or
 * the PR) has the real one. Shared by the Action and the CLI.
 */
import { hotfixBranchName, parseHotfixBranch, parseHotfixNumber, type HotfixId } from './branch.js';
import type { DeploymentRecord } from './ports.js';
import { rollbackSubject } from './rollback-target.js';
import { sameEnvironment } from './state.js';

/** What a manual rollback acts on. */
export interface ManualSubject {
  /** The deployment rolled back. */
  record: DeploymentRecord;
  /** Where it runs: the record's environment. */
  environment: string;
  hotfix: HotfixId;
  /** The hotfix's real branch (the PR's head, else the record's, else rebuilt). */
  branch: string;
  /** Values of the record that were refused (an invalid slug or branch), for a warning. */
  refused: string[];
}

const SLUG = /^[a-z0-9._-]{1,100}$/;

/**
 * Picks the subject from `records`: the newest deployment of `named` in any environment, else
 * the newest successful deployment of `environment`. `branch` is the real branch when known
 * (a chat-ops PR's head). Every value taken from a record is re-validated: a record is data that
 * anyone who can create a deployment may have written.
 */
export function manualRollbackSubject(
  records: readonly DeploymentRecord[],
  named: HotfixId | undefined,
  environment: string,
  branch?: string,
): ManualSubject | undefined {
  const pool = named ? records : records.filter((r) => sameEnvironment(r.environment, environment));
  const record = rollbackSubject(pool, named?.padded);
  if (!record) return undefined;
  const refused: string[] = [];
  const hotfix: HotfixId = named
    ? { ...named }
    : (parseHotfixNumber(String(record.payload.hotfix ?? '')) ?? {
        number: 0,
        padded: '000',
        slug: '',
      });
  const slug = record.payload.slug;
  if (typeof slug === 'string' && slug !== '') {
    if (SLUG.test(slug)) hotfix.slug = slug;
    else refused.push(`slug ${JSON.stringify(slug.slice(0, 60))}`);
  }
  return {
    record,
    environment: record.environment,
    hotfix,
    branch: branch ?? recordedBranch(record, hotfix, refused) ?? hotfixBranchName(hotfix),
    refused,
  };
}

/** The branch a deployment's payload names, when it is a hotfix branch of the same number. */
function recordedBranch(
  record: DeploymentRecord,
  hotfix: HotfixId,
  refused: string[],
): string | undefined {
  const branch = record.payload.branch;
  if (typeof branch !== 'string' || branch === '') return undefined;
  const parsed = parseHotfixBranch(branch);
  if (parsed.ok && parsed.id.number === hotfix.number) return branch;
  refused.push(`branch ${JSON.stringify(branch.slice(0, 60))}`);
  return undefined;
}
