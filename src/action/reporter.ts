/**
 * The Action's reporter: progress in the log (one `core.group` per step), warnings as
 * annotations, and the sticky PR comment kept up to date.
 */
import * as core from './io.js';
import type { Reporter } from '../core/ports.js';
import { renderReport } from '../core/report.js';
import type { LaneState } from '../core/state.js';
import type { StickyComment } from '../github/comments.js';

/** Options of the reporter. */
export interface ActionReporterOptions {
  /** The PR's sticky comment, when the branch has a PR. */
  comment?: () => Promise<StickyComment | undefined>;
  /** Minimum time between two comment writes while running, counted from the start (final
   * states always go at once). */
  minIntervalMs?: number;
  now?: () => number;
}

/**
 * The Action's reporter, with `close()` to end the log group and any pending interval write, and
 * `settled()` for the comment writes started so far. The final state's write is started, not
 * waited for, by `publish`: the run's end (outputs, summary, follow-up issues) goes on beside it
 * (README, "The rollback never waits on GitHub").
 */
export type ActionReporter = Reporter & { close(): void; settled(): Promise<void> };

/** Builds the Action's reporter. */
export function actionReporter(options: ActionReporterOptions = {}): ActionReporter {
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? 5000;
  let grouped = false;
  // A run that is over within the interval writes its comment once, at the end.
  let lastAt = now();
  let timer: NodeJS.Timeout | undefined;
  let latest: LaneState | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = (state: LaneState) => {
    lastAt = now();
    const report = renderReport(state);
    writing = writing.then(async () => {
      try {
        const comment = await options.comment?.();
        if (!comment) return;
        await comment.upsert(report);
      } catch (error) {
        core.warning(
          `could not update the PR comment: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    return writing;
  };

  return {
    progress: (message) => core.info(message),
    warn: (message) => core.warning(message),
    section(title) {
      if (grouped) core.endGroup();
      core.startGroup(title);
      grouped = true;
    },
    settled: () => writing,
    close() {
      if (grouped) core.endGroup();
      grouped = false;
      clearTimeout(timer);
      timer = undefined;
    },
    async publish(state) {
      if (!options.comment) return;
      latest = state;
      if (state.status !== 'running') {
        clearTimeout(timer);
        timer = undefined;
        void write(state);
        return;
      }
      // While running: at most once per interval; what comes in between is written when the
      // interval is up (the latest state then), so a long step still shows on the PR.
      const wait = lastAt + minInterval - now();
      if (wait <= 0) return write(state);
      timer ??= setTimeout(() => {
        timer = undefined;
        if (latest?.status === 'running') void write(latest);
      }, wait);
      timer.unref();
    },
  };
}
