/** The process runner (src/node/command-runner.ts), with real child processes. */
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskSecrets, processRunner } from '../../src/node/command-runner.js';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'hotfix-local-'));

describe('process runner', () => {
  const collect = () => {
    const lines: string[] = [];
    return { lines, writeLine: (line: string) => lines.push(line) };
  };

  it('streams output, gives HOTFIX_* as environment, and reports the exit code', async () => {
    const out = collect();
    const runner = processRunner({ cwd: os.tmpdir(), writeLine: out.writeLine });
    const result = await runner.run({
      label: 'deploy',
      command: 'echo "ref=$HOTFIX_REF"; exit 4',
      env: { HOTFIX_REF: 'abc' },
      timeoutMs: 5000,
    });
    expect(result.exitCode).toBe(4);
    expect(out.lines).toEqual(['  [deploy] ref=abc']);
  });

  it('never interprets untrusted values: $(...), backticks and ; in env stay text', async () => {
    const root = await tmp();
    const out = collect();
    const evil = '$(touch pwned1); `touch pwned2`; touch pwned3';
    const runner = processRunner({ cwd: root, writeLine: out.writeLine });
    await runner.run({
      label: 'x',
      command: 'printf "%s\\n" "$HOTFIX_SLUG"',
      env: { HOTFIX_SLUG: evil },
      timeoutMs: 5000,
    });
    expect(out.lines).toEqual([`  [x] ${evil}`]);
    expect(await readdir(root)).toEqual([]);
  });

  it('kills the whole process group on timeout', async () => {
    const root = await tmp();
    const runner = processRunner({ cwd: root, writeLine: () => {}, killGraceMs: 200 });
    const result = await runner.run({
      label: 'test',
      command: '(sleep 2; touch survived) & sleep 30',
      env: {},
      timeoutMs: 300,
    });
    expect(result.timedOut).toBe(true);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await readdir(root)).toEqual([]);
  });

  it('stops the command when the run is aborted', async () => {
    const controller = new AbortController();
    const runner = processRunner({ cwd: os.tmpdir(), writeLine: () => {}, killGraceMs: 200 });
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    const result = await runner.run(
      { label: 'deploy', command: 'sleep 30', env: {}, timeoutMs: 60_000 },
      controller.signal,
    );
    expect(result.exitCode).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('survives megabytes of output on one line and keeps a short tail', async () => {
    const out = collect();
    const runner = processRunner({ cwd: os.tmpdir(), writeLine: out.writeLine });
    const result = await runner.run({
      label: 't',
      command: 'head -c 3000000 /dev/zero | tr "\\0" x; echo; echo done',
      env: {},
      timeoutMs: 20_000,
    });
    expect(result.exitCode).toBe(0);
    expect(result.tail.split('\n').length).toBeLessThanOrEqual(20);
    expect(out.lines.at(-1)).toBe('  [t] done');
    expect(Math.max(...out.lines.map((l) => l.length))).toBeLessThanOrEqual(64_100);
  });

  it('masks secrets in every line written', async () => {
    const out = collect();
    const runner = processRunner({
      cwd: os.tmpdir(),
      writeLine: out.writeLine,
      secrets: ['s3cr3t-token'],
    });
    await runner.run({
      label: 'deploy',
      command: 'echo "token is $TOKEN"',
      env: { TOKEN: 's3cr3t-token' },
      timeoutMs: 5000,
    });
    expect(out.lines).toEqual(['  [deploy] token is ***']);
    expect(maskSecrets('a s3cr3t-token b s3cr3t-token', ['s3cr3t-token'])).toBe('a *** b ***');
  });

  it('reports a command that cannot start as a failure, not a crash', async () => {
    const runner = processRunner({ cwd: os.tmpdir(), writeLine: () => {} });
    const result = await runner.run({
      label: 't',
      command: 'definitely-not-a-command-xyz',
      env: {},
      timeoutMs: 5000,
    });
    expect(result.exitCode).toBe(127);
  });
});
