import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processRunner } from '../../src/node/command-runner.js';
import { commandSource, parseMonitorOutput } from '../../src/sources/command.js';

const lines: string[] = [];
const runner = processRunner({
  cwd: os.tmpdir(),
  writeLine: (line) => lines.push(line),
  secrets: ['s3cr3t-value'],
});

describe('monitor-command source, as real child processes', () => {
  it('reads the JSON object of numbers the command prints (last line, other keys ignored)', async () => {
    const source = commandSource({
      command: 'echo starting; echo \'{"error_rate": 0.02, "name": "x", "qps": 12}\'',
      runner,
    });
    expect(await source.sample()).toEqual({ error_rate: 0.02, qps: 12 });
  });

  it('passes HOTFIX_* values as environment, not as command text', async () => {
    const source = commandSource({
      command: 'printf \'{"n": %s}\' "$HOTFIX_NUMBER"',
      env: { HOTFIX_NUMBER: '42' },
      runner,
    });
    expect(await source.sample()).toEqual({ n: 42 });
  });

  it('fails the sample on non-JSON, a crash or a hang', async () => {
    await expect(commandSource({ command: 'echo hello', runner }).sample()).rejects.toThrowError(
      /printed no JSON object/,
    );
    await expect(
      commandSource({ command: 'echo oops >&2; exit 3', runner }).sample(),
    ).rejects.toThrowError(/exited with 3: oops/);
    await expect(
      commandSource({ command: 'sleep 5', timeoutMs: 200, runner }).sample(),
    ).rejects.toThrowError(/did not finish within 200 ms/);
  });

  it('runs through the one process runner: in its cwd, without the action inputs, stderr masked in the log (README, "Layout")', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'hotfix-monitor-'));
    await writeFile(path.join(cwd, 'marker'), '');
    const own = processRunner({
      cwd,
      writeLine: (line) => lines.push(line),
      secrets: ['s3cr3t-value'],
    });
    process.env.INPUT_GITHUB_TOKEN = 'not-for-commands';
    try {
      const source = commandSource({
        command:
          'echo "token s3cr3t-value" >&2; test -e marker && printf \'{"inputs": %s}\' "${#INPUT_GITHUB_TOKEN}"',
        runner: own,
      });
      expect(await source.sample()).toEqual({ inputs: 0 });
    } finally {
      delete process.env.INPUT_GITHUB_TOKEN;
    }
    expect(lines).toContain('  [monitor-command] token ***');
    expect(lines.join('\n')).not.toContain('s3cr3t-value');
  });

  it('refuses JSON that is not an object', () => {
    expect(() => parseMonitorOutput('[1,2]')).toThrowError(/one JSON object of numbers/);
  });
});
