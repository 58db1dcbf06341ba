/**
 * Before a deploy: the environment's rollback target, and another hotfix still deploying there,
 * which is waited for (up to deploy-timeout, with progress) and then refused by name.
 */
import { formatDuration } from './duration.js';
import { short, type LaneRecord } from './lane-record.js';
import type { DeploymentScan } from './ports.js';

/**
 * Scans the environment; while another hotfix's deployment there is running (and not stale),
 * waits for it, up to deploy-timeout, with progress. Then refuses, naming it.
 */
export async function waitForEnvironment(
  record: LaneRecord,
): Promise<DeploymentScan | { refused: string }> {
  const { clock, store } = record.ports;
  const { environment } = record.plan;
  const exclude = { hotfix: record.input.hotfix.padded, sha: record.input.sha };
  const staleAfter =
    record.settings.deployTimeoutMs + record.settings.monitorDurationMs + 10 * 60_000;
  const giveUpAt = clock.now() + record.settings.deployTimeoutMs;
  for (;;) {
    const scan = await store.scan(environment, exclude);
    const { active } = scan;
    if (!active) return scan;
    const who = `hotfix ${active.payload.hotfix || '(not a hotfix)'} (deployment ${active.id} of ${short(active.ref)}, ${active.state}${active.description ? `: ${active.description}` : ''})`;
    if (clock.now() - Date.parse(active.createdAt) > staleAfter) {
      record.ports.reporter.warn(
        `${who} has been running since ${active.createdAt}: taken as stale, not waited for`,
      );
      return scan;
    }
    if (clock.now() >= giveUpAt) {
      return {
        refused: `${who} is still deploying to ${environment} after ${formatDuration(record.settings.deployTimeoutMs)}; nothing was deployed. Push again when it is done, or mark it finished.`,
      };
    }
    record.progress(`Waiting: ${who} is deploying to ${environment}`);
    await clock.sleep(Math.min(15_000, Math.max(0, giveUpAt - clock.now())), record.input.signal);
  }
}
