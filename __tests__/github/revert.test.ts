/**
 * `revert-pr` (src/github/revert.ts; README, "After a rollback"): after a rollback, a PR that puts
 * each file the hotfix changed back as it is at the rollback target, on top of the default
 * branch, leaving the hotfix's own spec folder alone; nothing when the default branch does not
 * hold the hotfix. Against the emulator over a real repository.
 */
import { describe, expect, it } from 'vitest';
import { openRevertPr, type RevertInput } from '../../src/github/revert.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();
const KEEP = '.specswarm/features/042-hotfix';
const GOOD_FILES = {
  'app.txt': 'good\n',
  'lib/util.js': 'export const u = 1;\n',
  'old-name.txt': 'moved\n',
};

/** The target (what runs after the rollback) and the hotfix on top of it. */
function history(hotfixFiles: Record<string, string>) {
  const target = t.commit(t.head(), GOOD_FILES);
  const hotfix = t.commit(target, hotfixFiles);
  return { target, hotfix };
}

function input(sha: string, target: string) {
  const notices: string[] = [];
  const value: RevertInput = {
    hotfix: { number: 42, padded: '042', slug: 'login-500' },
    sha,
    target,
    defaultBranch: 'main',
    keep: KEEP,
    notice: (m) => notices.push(m),
  };
  return { value, notices };
}

/** The files of a commit, path -> text. */
function filesAt(ref: string): Record<string, string> {
  const paths = t.emu.git(['ls-tree', '-r', '--name-only', ref]).split('\n').filter(Boolean);
  return Object.fromEntries(paths.map((p) => [p, t.emu.git(['show', `${ref}:${p}`])]));
}

describe('openRevertPr()', () => {
  it('puts changed, added and renamed files back as at the target, keeps the spec folder, on top of main; a second call finds the PR', async () => {
    const { target, hotfix } = history({
      'app.txt': 'bad\n',
      'lib/util.js': 'export const u = 1;\n',
      'new-name.txt': 'moved\n',
      'added.txt': 'new\n',
      [`${KEEP}/hotfix.md`]: '# Hotfix 042\n',
    });
    // The hotfix was merged into main, and main moved on.
    const main = t.commit(hotfix, { ...filesAt(hotfix), 'later.txt': 'later\n' });
    t.emu.git(['update-ref', 'refs/heads/main', main]);
    const { value, notices } = input(hotfix, target);

    const url = await openRevertPr(t.gh, t.repo(), value);

    expect(url).toMatch(/\/pull\/1$/);
    expect(notices).toEqual([]);
    const pull = t.emu.issues.find((i) => i.pull)!;
    expect([pull.title, pull.pull!.head, pull.pull!.base]).toEqual([
      'Revert hotfix 042 (rolled back)',
      'revert/hotfix-042',
      'main',
    ]);
    const branch = 'refs/heads/revert/hotfix-042';
    expect(t.emu.git(['rev-parse', `${branch}^`])).toBe(main);
    // Back as at the target: app.txt's old text, the rename undone, the added file gone; the
    // spec folder and main's later work kept (git show drops the last newline).
    expect(filesAt(branch)).toEqual({
      'app.txt': 'good',
      'lib/util.js': 'export const u = 1;',
      'old-name.txt': 'moved',
      'later.txt': 'later',
      [`${KEEP}/hotfix.md`]: '# Hotfix 042',
    });
    expect(t.emu.git(['log', '-1', '--format=%s', branch])).toBe(
      'Revert hotfix 042: it was rolled back',
    );

    const operations = t.emu.operations().length;
    expect(await openRevertPr(t.gh, t.repo(), value)).toBe(url);
    expect(t.emu.operations().slice(operations)).toEqual(['pulls/list']);
    expect(t.emu.issues.filter((i) => i.pull)).toHaveLength(1);
  });

  it('a default branch without the hotfix: a notice, no branch, no PR', async () => {
    const { target, hotfix } = history({ ...GOOD_FILES, 'app.txt': 'bad\n' });
    t.emu.git(['update-ref', 'refs/heads/main', target]);
    const { value, notices } = input(hotfix, target);
    expect(await openRevertPr(t.gh, t.repo(), value)).toBeUndefined();
    expect(notices).toEqual([
      `revert-pr: main does not contain hotfix 042 (${hotfix.slice(0, 7)}): nothing to revert`,
    ]);
    expect(t.emu.issues).toEqual([]);
    expect(t.emu.operations()).not.toContain('git/create-ref');
  });

  it('a hotfix that changed only its own spec folder: a notice, nothing to revert', async () => {
    const { target, hotfix } = history({ ...GOOD_FILES, [`${KEEP}/hotfix.md`]: '# Hotfix 042\n' });
    t.emu.git(['update-ref', 'refs/heads/main', hotfix]);
    const { value, notices } = input(hotfix, target);
    expect(await openRevertPr(t.gh, t.repo(), value)).toBeUndefined();
    expect(notices).toEqual([
      `revert-pr: hotfix 042 changed no file outside ${KEEP}: nothing to revert`,
    ]);
  });
});
