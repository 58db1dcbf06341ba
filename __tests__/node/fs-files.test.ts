/**
 * The hotfix's files in a work tree (src/node/fs-files.ts): written whole or not at all, a missing
 * file is `undefined`, and a symbolic link is refused, never followed (README, "Trust
 * boundaries").
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsSpecFiles, readIfExists, writeFileAtomic } from '../../src/node/fs-files.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hotfix-fs-files-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fs-files', () => {
  it('writes through a temp file and a rename: the folders made, the text whole, no temp file left', async () => {
    const file = path.join(root, '.specswarm/features/042-hotfix/hotfix.md');
    await writeFileAtomic(file, '# Hotfix 042\n');
    await writeFileAtomic(file, '# Hotfix 042: Login 500\n');
    expect(readFileSync(file, 'utf8')).toBe('# Hotfix 042: Login 500\n');
    expect(readdirSync(path.dirname(file))).toEqual(['hotfix.md']);
  });

  it('reads a missing file as undefined, and any other failure as the error it is', async () => {
    await expect(readIfExists(path.join(root, 'none.md'))).resolves.toBeUndefined();
    await expect(readIfExists(root)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('fsSpecFiles reads and writes under its root, and refuses a hotfix.md that is a symbolic link, naming the file as the user knows it', async () => {
    const files = fsSpecFiles(root);
    await files.write('f/042-hotfix/tasks.md', 'tasks');
    await expect(files.read('f/042-hotfix/tasks.md')).resolves.toBe('tasks');
    await expect(files.read('f/042-hotfix/hotfix.md')).resolves.toBeUndefined();
    writeFileSync(path.join(root, 'secret.txt'), 'TOKEN');
    symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'f/042-hotfix/hotfix.md'));
    await expect(files.read('f/042-hotfix/hotfix.md')).rejects.toThrow(
      /^f\/042-hotfix\/hotfix\.md: is a symbolic link; hotfix\.md and tasks\.md must be regular files/,
    );
  });
});
