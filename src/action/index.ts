/** The Action's entry: calls `run()`, then leaves. */
import { run } from './main.js';

/**
 * Once `run()` is over (outputs, summary and what GitHub accepted are written), neither a request
 * GitHub has still not answered nor an idle keep-alive connection holds the job (README, "The
 * rollback never waits on GitHub"): after a short grace the process leaves with its exit code.
 */
const LEAVE_AFTER_MS = 100;

void run().finally(() => {
  setTimeout(() => process.exit(), LEAVE_AFTER_MS).unref();
});
