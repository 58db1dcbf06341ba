/**
 * The command source: `monitor-command` prints one JSON object of numbers per sample. Its
 * keys are the metrics. Non-JSON, a crash or a hang (past the timeout) fails the sample.
 */
import type { CommandRunner, MetricSource } from '../core/ports.js';

/** Options of the command source. */
export interface CommandSourceOptions {
  command: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The process runner the lane's own commands use. */
  runner: CommandRunner;
}

/** Reads the object of numbers a monitor command printed. */
export function parseMonitorOutput(stdout: string): Record<string, number> {
  const text = stdout.trim();
  const lastLine = text.split('\n').at(-1) ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = JSON.parse(lastLine);
    } catch {
      throw new Error(
        `monitor-command printed no JSON object: ${JSON.stringify(text.slice(0, 120))}`,
      );
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(
      'monitor-command must print one JSON object of numbers, e.g. {"error_rate": 0.01}',
    );
  }
  const values: Record<string, number> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'number' && Number.isFinite(value)) values[key] = value;
  }
  return values;
}

/** Builds the command source. The command string comes from the workflow's inputs only. */
export function commandSource(options: CommandSourceOptions): MetricSource {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    name: 'monitor-command',
    async sample(signal) {
      // The one process runner (README, "Layout"): the workspace as cwd, the action's inputs
      // out of the environment, secrets masked, the whole group killed on a timeout or abort.
      const result = await options.runner.run(
        {
          label: 'monitor-command',
          command: options.command,
          env: options.env ?? {},
          timeoutMs,
          captureStdout: true,
        },
        signal,
      );
      if (result.timedOut) throw new Error(`monitor-command did not finish within ${timeoutMs} ms`);
      if (result.exitCode !== 0) {
        const last = result.tail.split('\n').at(-1) ?? '';
        throw new Error(
          `monitor-command exited with ${result.exitCode ?? 'a signal'}${last ? `: ${last.slice(0, 200)}` : ''}`,
        );
      }
      return parseMonitorOutput(result.stdout ?? '');
    },
  };
}
