/**
 * The rollback target (README, "Deployments and your job's environment:"): the SHA of the
 * environment's most recent deployment whose latest status is `success` and which is not of this
 * hotfix, never merely the previous one.
 */
import type { DeploymentRecord, DeploymentScan } from './ports.js';

/** Whether a deployment is of this hotfix: its payload names the hotfix, or it deploys its SHA. */
export function isOfHotfix(record: DeploymentRecord, hotfix: string, sha: string): boolean {
  return record.payload.hotfix === hotfix || record.ref === sha;
}

/** Whether a deployment's payload says it rolls back deployment `id`. */
export function rollsBack(record: DeploymentRecord, id: DeploymentRecord['id']): boolean {
  return (
    record.payload.rollbackOf !== undefined && String(record.payload.rollbackOf) === String(id)
  );
}

/** Whether a latest state means the deployment is still going on. */
export function isActiveState(state: DeploymentRecord['state']): boolean {
  return state === 'in_progress' || state === 'queued' || state === 'pending';
}

/** Scans an environment's deployments (any order) for the rollback target and a running one. */
export function scanDeployments(
  records: readonly DeploymentRecord[],
  hotfix: string,
  sha: string,
): DeploymentScan {
  const target = findRollbackTarget(records, hotfix, sha);
  const newer = (r: DeploymentRecord) =>
    !target || Date.parse(r.createdAt) >= Date.parse(target.createdAt);
  const active = newestFirst(records).find(
    (r) => !isOfHotfix(r, hotfix, sha) && isActiveState(r.state) && newer(r),
  );
  return { target, active };
}

/** Picks the rollback target from an environment's deployments (any order). */
export function findRollbackTarget(
  records: readonly DeploymentRecord[],
  hotfix: string,
  sha: string,
): DeploymentRecord | undefined {
  return newestFirst(records).find((r) => r.state === 'success' && !isOfHotfix(r, hotfix, sha));
}

/** Deployments newest first (by creation time, then by id). */
function newestFirst(records: readonly DeploymentRecord[]): DeploymentRecord[] {
  return [...records].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || compareIds(b.id, a.id),
  );
}

function compareIds(a: string | number, b: string | number): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : String(a).localeCompare(String(b));
}

/**
 * What a manual rollback rolls back: the newest deployment of `hotfix` when named, else the
 * environment's current deployment (its newest successful one).
 */
export function rollbackSubject(
  records: readonly DeploymentRecord[],
  hotfix: string | undefined,
): DeploymentRecord | undefined {
  const ordered = newestFirst(records);
  if (hotfix !== undefined)
    return ordered.find((r) => r.payload.hotfix === hotfix && r.payload.rollbackOf === undefined);
  return ordered.find((r) => r.state === 'success');
}
