/** The Action's entry: calls `run()`, then leaves. */
import { run } from './main.js';

/**
 * Once `run()` is over (outputs, summary and what GitHub accepted are written), requests that
 * GitHub has still not answered do not hold the job (README, "The rollback never waits on
 * GitHub"): after a short grace the process leaves with the exit code it has.
 */
const LEAVE_AFTER_MS = 1000;

void run().finally(() => {
  setTimeout(() => process.exit(), LEAVE_AFTER_MS).unref();
});
