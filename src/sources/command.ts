/**
 * The command source: `monitor-command` prints one JSON object of numbers per sample. Its
 * keys are the metrics. Non-JSON, a crash or a hang (past the timeout) fails the sample.
 */
import { spawn } from 'node:child_process';
import type { MetricSource } from '../core/ports.js';
import { commandEnvironment } from '../local/command-runner.js';

/** Options of the command source. */
export interface CommandSourceOptions {
  command: string;
  env?: Record<string, string>;
  timeoutMs?: number;
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
    sample(signal) {
      return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-c', options.command], {
          env: commandEnvironment(process.env, options.env),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        let stdout = '';
        let stderr = '';
        const kill = () => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        };
        const timer = setTimeout(() => {
          kill();
          reject(new Error(`monitor-command did not finish within ${timeoutMs} ms`));
        }, timeoutMs);
        const onAbort = () => kill();
        signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (chunk: Buffer) => {
          if (stdout.length < 1_000_000) stdout += chunk.toString('utf8');
        });
        child.stderr.on('data', (chunk: Buffer) => {
          if (stderr.length < 10_000) stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (code !== 0) {
            reject(
              new Error(
                `monitor-command exited with ${code ?? 'a signal'}: ${stderr.trim().slice(0, 200)}`,
              ),
            );
            return;
          }
          try {
            resolve(parseMonitorOutput(stdout));
          } catch (error) {
            reject(error);
          }
        });
      });
    },
  };
}
