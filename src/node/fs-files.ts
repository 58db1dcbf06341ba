/**
 * The hotfix's files in a work tree: written atomically (temp file + rename) so that a kill
 * never leaves one half-written.
 */
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SpecError } from '../core/errors.js';
import type { SpecFiles } from '../core/ports.js';

/** Writes `content` to `file` through a temp file in the same folder and a rename. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(temp, content, 'utf8');
  await rename(temp, file);
}

/** Reads a file, `undefined` when it does not exist. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The refusal of a spec or tasks file that is a symbolic link (README, "Trust boundaries"). */
export function symlinkRefused(file: string): SpecError {
  return new SpecError(
    file,
    undefined,
    'is a symbolic link; hotfix.md and tasks.md must be regular files (a link could make the action read, publish or overwrite another file). Replace the link with the file itself',
  );
}

/**
 * Reads a hotfix file of the work tree (`shown` is its path as the user knows it), `undefined`
 * when it does not exist; a symbolic link is refused, never followed.
 */
export async function readSpecFile(file: string, shown: string): Promise<string | undefined> {
  try {
    if ((await lstat(file)).isSymbolicLink()) throw symlinkRefused(shown);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return readIfExists(file);
}

/** SpecFiles over a folder (paths are relative to it); `flush` has nothing to do. */
export function fsSpecFiles(root: string): SpecFiles {
  return {
    read: (file) => readSpecFile(path.resolve(root, file), file),
    write: (file, content) => writeFileAtomic(path.resolve(root, file), content),
    flush: async () => {},
  };
}
