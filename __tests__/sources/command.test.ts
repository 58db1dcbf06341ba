import { describe, expect, it } from 'vitest';
import { commandSource, parseMonitorOutput } from '../../src/sources/command.js';

describe('monitor-command source, as real child processes', () => {
  it('reads the JSON object of numbers the command prints (last line, other keys ignored)', async () => {
    const source = commandSource({
      command: 'echo starting; echo \'{"error_rate": 0.02, "name": "x", "qps": 12}\'',
    });
    expect(await source.sample()).toEqual({ error_rate: 0.02, qps: 12 });
  });

  it('passes HOTFIX_* values as environment, not as command text', async () => {
    const source = commandSource({
      command: 'printf \'{"n": %s}\' "$HOTFIX_NUMBER"',
      env: { HOTFIX_NUMBER: '42' },
    });
    expect(await source.sample()).toEqual({ n: 42 });
  });

  it('fails the sample on non-JSON, a crash or a hang', async () => {
    await expect(commandSource({ command: 'echo hello' }).sample()).rejects.toThrowError(
      /printed no JSON object/,
    );
    await expect(commandSource({ command: 'echo oops >&2; exit 3' }).sample()).rejects.toThrowError(
      /exited with 3: oops/,
    );
    await expect(
      commandSource({ command: 'sleep 5', timeoutMs: 200 }).sample(),
    ).rejects.toThrowError(/did not finish within 200 ms/);
  });

  it('refuses JSON that is not an object', () => {
    expect(() => parseMonitorOutput('[1,2]')).toThrowError(/one JSON object of numbers/);
  });
});
