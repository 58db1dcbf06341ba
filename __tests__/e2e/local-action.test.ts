import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../helpers/action.js';

describe('@github/local-action runs the TypeScript entry', () => {
  it('routes a push to main to a notice and status skipped', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-local-action-'));
    const payload = examplePayload('push');
    payload.ref = 'refs/heads/main';
    await writeFile(path.join(dir, 'event.json'), JSON.stringify(payload));
    await writeFile(
      path.join(dir, '.env'),
      [
        'GITHUB_EVENT_NAME=push',
        `GITHUB_EVENT_PATH=${path.join(dir, 'event.json')}`,
        'GITHUB_REPOSITORY=Codertocat/Hello-World',
        'INPUT_GITHUB-TOKEN=ghs_localactiontoken',
        'INPUT_MONITOR-INTERVAL=30s',
        '',
      ].join('\n'),
    );
    const bin = path.resolve(import.meta.dirname, '../../node_modules/.bin/local-action');
    const { stdout } = await promisify(execFile)(
      bin,
      ['run', '.', 'src/action/main.ts', path.join(dir, '.env')],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        timeout: 120_000,
      },
    );
    expect(stdout).toMatch(/::notice::not a hotfix branch: "main"/);
    // Without GITHUB_OUTPUT (local-action sets none) the output is the ::set-output command.
    expect(stdout).toMatch(/^::set-output name=status::skipped$/m);
  });
});
