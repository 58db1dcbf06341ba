/**
 * The Action's reporter: progress in the log (one `core.group` per step), warnings as
 * annotations, and the sticky PR comment kept up to date.
 */
import * as core from '../action/io.js';
import type { Reporter } from '../core/ports.js';
import { renderReport } from '../core/report.js';
import type { LaneState } from '../core/state.js';
import type { StickyComment } from './comments.js';

/** Options of the reporter. */
export interface ActionReporterOptions {
  /** The PR's sticky comment, when the branch has a PR. */
  comment?: () => Promise<StickyComment | undefined>;
  /** Minimum time between two comment updates while running (final states always go). */
  minIntervalMs?: number;
  now?: () => number;
}

/** Builds the Action's reporter. */
export function actionReporter(
  options: ActionReporterOptions = {},
): Reporter & { close(): void; lastState?: LaneState } {
  let grouped = false;
  let lastAt = 0;
  let lastSteps = '';
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? 5000;
  const reporter = {
    lastState: undefined as LaneState | undefined,
    progress: (message: string) => core.info(message),
    warn: (message: string) => core.warning(message),
    section(title: string) {
      if (grouped) core.endGroup();
      core.startGroup(title);
      grouped = true;
    },
    close() {
      if (grouped) core.endGroup();
      grouped = false;
    },
    async publish(state: LaneState) {
      reporter.lastState = state;
      // Every step change and the final state go out at once; samples at most every minInterval.
      const steps = `${state.status}:${state.steps.map((s) => s.state).join(',')}`;
      if (steps === lastSteps && now() - lastAt < minInterval) return;
      lastSteps = steps;
      const comment = await options.comment?.();
      if (!comment) return;
      lastAt = now();
      try {
        await comment.upsert(renderReport(state));
      } catch (error) {
        core.warning(
          `could not update the PR comment: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
  return reporter;
}
