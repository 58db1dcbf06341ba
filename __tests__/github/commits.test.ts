/** Spec commits through the Git Data API (src/github/commits.ts) against the emulator. */
import { describe, expect, it } from 'vitest';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('spec commits through the Git Data API', () => {
  it('commits on top of the head with the trailer; a file a human changed meanwhile keeps the human version', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { ApiSpecFiles } = await import('../../src/github/commits.js');
    const { git } = await import('../helpers/repo.js');
    const dev = await mkdtemp(path.join(os.tmpdir(), 'hotfix-dev-'));
    git(dev, 'clone', '-q', t.emu.bare, '.');
    git(dev, 'config', 'user.email', 'h@example.invalid');
    git(dev, 'config', 'user.name', 'Human');
    git(dev, 'checkout', '-q', '-b', 'hotfix/042-x');
    await writeFile(path.join(dev, 'spec.md'), 'human v1\n');
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', 'spec');
    git(dev, 'push', '-q', 'origin', 'hotfix/042-x');
    const pushed = git(dev, 'rev-parse', 'HEAD');
    const files = new ApiSpecFiles({
      gh: t.gh,
      repo: t.repo(),
      branch: 'hotfix/042-x',
      workspace: dev,
      head: pushed,
      warn: (m) => t.warnings.push(m),
    });
    expect(await files.read('spec.md')).toBe('human v1\n');
    await files.write('spec.md', 'action v1\n');
    await files.write('tasks.md', 'tasks\n');
    // A human pushes an edit of spec.md before the action commits.
    const other = await mkdtemp(path.join(os.tmpdir(), 'hotfix-dev2-'));
    git(other, 'clone', '-q', '-b', 'hotfix/042-x', t.emu.bare, '.');
    git(other, 'config', 'user.email', 'h@example.invalid');
    git(other, 'config', 'user.name', 'Human');
    await writeFile(path.join(other, 'spec.md'), 'human v2\n');
    git(other, 'commit', '-q', '-am', 'human edit');
    git(other, 'push', '-q', 'origin', 'hotfix/042-x');
    const human = git(other, 'rev-parse', 'HEAD');
    await files.flush('hotfix 042: scaffold');
    expect(t.emu.git(['show', 'refs/heads/hotfix/042-x:spec.md'])).toBe('human v2');
    expect(t.emu.git(['show', 'refs/heads/hotfix/042-x:tasks.md'])).toBe('tasks');
    expect(t.emu.git(['rev-parse', 'refs/heads/hotfix/042-x^'])).toBe(human);
    expect(t.emu.git(['log', '-1', '--format=%B', 'refs/heads/hotfix/042-x'])).toMatch(
      /hotfix 042: scaffold\n\nHotfix-Action: bookkeeping/,
    );
    expect(t.warnings.join('\n')).toMatch(
      /spec\.md was changed on hotfix\/042-x while the action worked: your version is kept/,
    );
    // From now on the file is the human's: later writes do not touch it.
    await files.write('spec.md', 'action v2\n');
    await files.flush('hotfix 042: final');
    expect(t.emu.git(['show', 'refs/heads/hotfix/042-x:spec.md'])).toBe('human v2');
    expect(await readFile(path.join(dev, 'tasks.md'), 'utf8')).toBe('tasks\n');
    expect(t.emu.operations().filter((o) => o === 'git/update-ref').length).toBe(2);
  });
});
