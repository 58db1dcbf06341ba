import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'reporter');
const vitest = path.join(here, '..', 'node_modules', 'vitest', 'vitest.mjs');

async function summary(env: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await run(process.execPath, [vitest, 'run', '--root', fixtures], {
    env: { ...process.env, ...env },
  }).catch((error: { stdout: string }) => error);
  return result.stdout.trim().split('\n');
}

// README, "Quick start": the test command's last line counts what vitest counts.
describe('the closing "N passed, N failed" line', () => {
  it('counts a file that fails to load and each hook that throws as a failure', async () => {
    const lines = await summary({ HOTFIX_SKIP_IS_FAILURE: '' });
    expect(lines.at(-1)).toBe('1 passed, 3 failed, 2 skipped');
    expect(lines).toContain('skipped: needs frobnicate, which is not on PATH');
  });

  it('counts a skip as a failure when HOTFIX_SKIP_IS_FAILURE=1, as .ci/run sets', async () => {
    const lines = await summary({ HOTFIX_SKIP_IS_FAILURE: '1' });
    expect(lines.at(-1)).toBe('1 passed, 5 failed');
  });
});
