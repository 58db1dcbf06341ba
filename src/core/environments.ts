/**
 * Environments in order (README, "Environments in order"): a Target that names several
 * environments is a promotion chain. Each run deploys to one of them; a later one only takes a
 * SHA that the one before it has held (its deployment of this hotfix, at that SHA, `success`).
 * GitHub's jobs, `needs:` and environment protection rules do the orchestration; the lane
 * enforces the order from the deployment records.
 */
import type { HotfixId } from './branch.js';
import type { DeploymentRecord } from './ports.js';
import { rollsBack } from './rollback-target.js';
import { sameEnvironment, type EnvironmentReach } from './state.js';
import { recordedStatus } from './status-report.js';

/**
 * Whether a deployment's environment is among those asked for: any when `which` is undefined,
 * one name, or a list of them.
 */
export function isInEnvironments(
  environment: string,
  which: string | readonly string[] | undefined,
): boolean {
  if (which === undefined) return true;
  return (typeof which === 'string' ? [which] : which).some((name) =>
    sameEnvironment(name, environment),
  );
}

/** The hotfix's own deployments (not rollbacks) in `environment`, newest first. */
function deploymentsIn(
  records: readonly DeploymentRecord[],
  hotfix: HotfixId,
  environment: string,
): DeploymentRecord[] {
  return records.filter(
    (r) =>
      sameEnvironment(r.environment, environment) &&
      r.payload.hotfix === hotfix.padded &&
      r.payload.rollbackOf === undefined,
  );
}

/**
 * Every environment the hotfix has reached, from deployment records (newest first, any
 * environments): in `order` when given (those not reached included, without a status), else in
 * the order the hotfix first reached them.
 */
export function environmentsReached(
  records: readonly DeploymentRecord[],
  hotfix: HotfixId,
  order?: readonly string[],
): EnvironmentReach[] {
  const names =
    order ??
    [...records]
      .reverse()
      .filter((r) => r.payload.hotfix === hotfix.padded)
      .map((r) => r.environment)
      .filter((name, i, all) => all.findIndex((n) => sameEnvironment(n, name)) === i);
  return names.map((environment) => {
    const [deployment] = deploymentsIn(records, hotfix, environment);
    if (!deployment) return { environment };
    const rollback = records.find(
      (r) => sameEnvironment(r.environment, environment) && rollsBack(r, deployment.id),
    );
    return {
      environment,
      status: recordedStatus(deployment, rollback),
      ref: deployment.ref,
    };
  });
}

/**
 * Why `sha` may not go to the environment after `before` yet: `before` has no `success`
 * deployment of this hotfix at this SHA. `undefined` when it has one.
 */
export function notHeldBefore(
  records: readonly DeploymentRecord[],
  hotfix: HotfixId,
  sha: string,
  before: string,
): string | undefined {
  const mine = deploymentsIn(records, hotfix, before);
  if (mine.some((r) => r.ref === sha && r.state === 'success')) return undefined;
  const atSha = mine.find((r) => r.ref === sha);
  const short = sha.slice(0, 7);
  if (atSha)
    return `${before} has not held ${short}: its deployment ${atSha.id} of it is ${atSha.state ?? 'created'}, not success`;
  if (mine[0])
    return `${before} has not held ${short}: hotfix ${hotfix.padded} was deployed there at ${mine[0].ref.slice(0, 7)}, not at ${short}`;
  return `${before} has not held ${short}: hotfix ${hotfix.padded} has no deployment there`;
}
