#!/usr/bin/env node
/**
 * The CLI's entry: runs `main`, and on SIGINT/SIGTERM aborts the run so that open deployments
 * are marked `error` and child commands are stopped before exiting.
 */
import { main } from './main.js';

const controller = new AbortController();
const stop = (sig: NodeJS.Signals) => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort(new Error(`cancelled by ${sig}`));
  // Whatever happens, do not outlive the runner's grace period.
  setTimeout(() => process.exit(130), 6000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

main(process.argv.slice(2), controller.signal).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`hotfix: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
