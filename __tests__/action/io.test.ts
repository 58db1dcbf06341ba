import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as io from '../../src/action/io.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const captureStdout = () => {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
};

describe('the runner protocol', () => {
  it('escapes %, CR and LF so untrusted text cannot start a workflow command of its own', () => {
    const out = captureStdout();
    io.notice('branch x\n::set-output name=status::resolved\r\n::add-mask::x 100%');
    expect(out.join('')).toBe(
      '::notice::branch x%0A::set-output name=status::resolved%0D%0A::add-mask::x 100%25\n',
    );
  });

  it('reads inputs as the runner names them (INPUT_ + upper case, spaces to underscores, hyphens kept)', () => {
    vi.stubEnv('INPUT_MONITOR-INTERVAL', '  30s ');
    vi.stubEnv('INPUT_MY_INPUT', 'x');
    expect(io.getInput('monitor-interval')).toBe('30s');
    expect(io.getInput('my input')).toBe('x');
    expect(io.getInput('absent')).toBe('');
  });

  it('writes outputs and state as delimited blocks, and multi-line values whole', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-io-'));
    const output = path.join(dir, 'out');
    await writeFile(output, '');
    vi.stubEnv('GITHUB_OUTPUT', output);
    io.setOutput('status', 'resolved');
    io.setOutput('report', 'line 1\nstatus<<EOF\nline 3');
    const text = await readFile(output, 'utf8');
    const blocks = [
      ...text.matchAll(/^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm),
    ].map((m) => [m[1], m[3]]);
    expect(blocks).toEqual([
      ['status', 'resolved'],
      ['report', 'line 1\nstatus<<EOF\nline 3'],
    ]);
  });

  it('fails the step with exit code 1 and an error annotation', () => {
    const out = captureStdout();
    const before = process.exitCode;
    io.setFailed('input "x": bad');
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
    expect(out.join('')).toBe('::error::input "x": bad\n');
  });
});

describe('what the action adds to @actions/core', () => {
  it('makes a log line that would start a workflow command inert (README, "Trust boundaries")', () => {
    const out = captureStdout();
    io.info('fine\n::error::forged\n   ::add-mask::x');
    expect(out.join('')).toBe('fine\n:\u200b:error::forged\n   :\u200b:add-mask::x\n');
  });

  it('appends to the job summary when the runner gives one, and does nothing without', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-io-'));
    const summary = path.join(dir, 'summary');
    await writeFile(summary, '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    await io.appendSummary('## one');
    await io.appendSummary('## two');
    expect(await readFile(summary, 'utf8')).toBe('## one\n## two\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    await expect(io.appendSummary('## three')).resolves.toBeUndefined();
  });
});
