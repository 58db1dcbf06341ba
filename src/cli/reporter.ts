/**
 * The CLI's reporter: progress lines with the time, on stderr so stdout stays the report.
 */
import type { Reporter } from '../core/ports.js';

/** Builds a reporter writing to the given streams. */
export function consoleReporter(out: NodeJS.WritableStream = process.stderr): Reporter {
  const stamp = () => new Date().toISOString().slice(11, 19);
  return {
    progress: (message) => out.write(`${stamp()} ${message}\n`),
    warn: (message) => out.write(`${stamp()} warning: ${message}\n`),
    publish: async () => {},
  };
}
