/**
 * The hotfix's files in a work tree: written atomically (temp file + rename) so that a kill
 * never leaves one half-written.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/** SpecFiles over a folder (paths are relative to it); `flush` has nothing to do. */
export function fsSpecFiles(root: string): SpecFiles {
  return {
    read: (file) => readIfExists(path.resolve(root, file)),
    write: (file, content) => writeFileAtomic(path.resolve(root, file), content),
    flush: async () => {},
  };
}
