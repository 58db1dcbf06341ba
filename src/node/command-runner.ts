/**
 * Runs user commands as `bash -c <command>` in their own process group. The command string
 * comes from the workflow's inputs or the spec; untrusted values travel in the environment
 * (`HOTFIX_*`), never in the string. Output is streamed line by line, with secrets masked, and
 * a timeout or an abort kills the whole group.
 */
import { spawn } from 'node:child_process';
import type { CommandResult, CommandRunner, CommandSpec } from '../core/ports.js';

/** Options of the runner. */
export interface ProcessRunnerOptions {
  cwd: string;
  /** Where each output line goes. */
  writeLine: (line: string) => void;
  /** Values replaced by `***` in every line written. */
  secrets?: readonly string[];
  /** Grace between SIGTERM and SIGKILL on a timeout or abort. */
  killGraceMs?: number;
}

const TAIL_LINES = 20;
/** The most standard output kept when a spec captures it. */
const MAX_CAPTURE = 1_000_000;
/** The longest line written; the rest of a longer one is dropped. */
const MAX_LINE = 64_000;

/**
 * The environment a user command runs in: the runner's, less every `INPUT_*` variable (the
 * action's inputs, its token among them) and `ACTIONS_RUNTIME_TOKEN`, plus the command's own
 * `HOTFIX_*` values. A command that needs a token gets it from the step's `env:` (README,
 * "Tokens and secrets").
 */
export function commandEnvironment(
  base: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (/^INPUT_/i.test(name) || name.toUpperCase() === 'ACTIONS_RUNTIME_TOKEN') continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** Replaces each secret in `text` by `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out;
}

/** Builds a command runner over child processes. */
export function processRunner(options: ProcessRunnerOptions): CommandRunner {
  const grace = options.killGraceMs ?? 2000;
  return {
    run(spec: CommandSpec, signal?: AbortSignal): Promise<CommandResult> {
      const started = Date.now();
      return new Promise((resolve) => {
        const child = spawn('bash', ['-c', spec.command], {
          cwd: options.cwd,
          env: commandEnvironment(process.env, spec.env),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        const tail: string[] = [];
        let timedOut = false;
        let killTimer: NodeJS.Timeout | undefined;
        const killGroup = () => {
          const signalGroup = (sig: NodeJS.Signals) => {
            try {
              process.kill(-child.pid!, sig);
            } catch {
              /* already gone */
            }
          };
          signalGroup('SIGTERM');
          killTimer ??= setTimeout(() => signalGroup('SIGKILL'), grace);
        };
        const timer = setTimeout(() => {
          timedOut = true;
          killGroup();
        }, spec.timeoutMs);
        const onAbort = () => killGroup();
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted) killGroup();
        const pipe = (stream: NodeJS.ReadableStream) => {
          let partial = '';
          stream.on('data', (chunk: Buffer) => {
            const text = partial + chunk.toString('utf8');
            const lines = text.split('\n');
            partial = lines.pop() ?? '';
            // A runaway command printing megabytes on one line is cut, not buffered forever; a
            // line that ends inside this chunk is cut the same way (the unfinished part may have
            // reached almost the limit before the chunk added to it).
            if (partial.length > MAX_LINE) {
              lines.push(partial);
              partial = '';
            }
            for (const line of lines) emit(line.slice(0, MAX_LINE));
          });
          stream.on('end', () => {
            if (partial !== '') emit(partial);
          });
        };
        const emit = (line: string) => {
          const masked = maskSecrets(line, options.secrets ?? []);
          options.writeLine(`  [${spec.label}] ${masked}`);
          tail.push(masked);
          if (tail.length > TAIL_LINES) tail.shift();
        };
        let stdout = '';
        if (spec.captureStdout) {
          child.stdout.on('data', (chunk: Buffer) => {
            if (stdout.length < MAX_CAPTURE) stdout += chunk.toString('utf8');
          });
        } else {
          pipe(child.stdout);
        }
        pipe(child.stderr);
        const done = (exitCode: number | null) => {
          clearTimeout(timer);
          if (killTimer) clearTimeout(killTimer);
          signal?.removeEventListener('abort', onAbort);
          resolve({
            exitCode,
            timedOut,
            tail: tail.join('\n'),
            durationMs: Date.now() - started,
            ...(spec.captureStdout ? { stdout: maskSecrets(stdout, options.secrets ?? []) } : {}),
          });
        };
        child.on('error', (error) => {
          emit(`could not start: ${error.message}`);
          done(127);
        });
        child.on('close', (code) => done(code));
      });
    },
  };
}
