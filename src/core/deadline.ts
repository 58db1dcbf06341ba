/**
 * A real-time bound on waiting for something outside the lane (README, "The rollback never waits
 * on GitHub"), whatever the lane's clock: the one timer race the lane and the Action share.
 */

/**
 * How long the lane waits for a record that must not stop it (a deployment status, the report,
 * the spec's commit) before it goes on without it (README, "The rollback never waits on
 * GitHub"). The request itself is not abandoned: it may still land later.
 */
export const DEFAULT_RECORD_WAIT_MS = 60_000;

/**
 * `work`'s outcome, or `late()`'s value when `ms` real milliseconds pass first. A failure of
 * `work` is passed on; the timer never keeps the process alive and is cleared when `work` settles.
 */
export function within<T, L>(work: Promise<T>, ms: number, late: () => L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
