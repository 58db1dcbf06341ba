/**
 * A GitHub emulator over a real bare repository (with one commit on main) and a client of it,
 * fresh for each test of a file; after each test, every request it received must have matched
 * GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/octokit.js';
import { GitHubEmulator } from './github-emulator.js';

/** What a test sees: the emulator, the client, the client's warnings. */
export interface EmulatedGitHub {
  emu: GitHubEmulator;
  gh: GitHub;
  warnings: string[];
  repo(): { owner: string; repo: string };
  /** The SHA main points at. */
  head(): string;
  /** A commit of exactly `files` (paths may have folders) on top of `parent`; its SHA. */
  commit(parent: string, files: Record<string, string>, message?: string): string;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'a',
  GIT_AUTHOR_EMAIL: 'a@b.c',
  GIT_COMMITTER_NAME: 'a',
  GIT_COMMITTER_EMAIL: 'a@b.c',
};

/** Registers the per-test setup; the returned object holds the current test's parts. */
export function emulatedGitHub(): EmulatedGitHub {
  const t = {
    warnings: [] as string[],
    repo: () => ({ owner: t.emu.owner, repo: t.emu.repo }),
    head: () => t.emu.git(['rev-parse', 'refs/heads/main']),
    commit: (parent, files, message = 'change') => {
      const env = { GIT_INDEX_FILE: `${t.emu.bare}/scratch-index` };
      t.emu.git(['read-tree', '--empty'], undefined, env);
      for (const [file, text] of Object.entries(files)) {
        const blob = t.emu.git(['hash-object', '-w', '--stdin'], text);
        t.emu.git(
          ['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`],
          undefined,
          env,
        );
      }
      const tree = t.emu.git(['write-tree'], undefined, env);
      return t.emu.git(['commit-tree', tree, '-p', parent, '-m', message], undefined, IDENTITY);
    },
  } as EmulatedGitHub;
  beforeEach(async () => {
    t.emu = await GitHubEmulator.withBareRepo();
    await t.emu.start();
    t.warnings = [];
    t.gh = createGitHub({
      token: t.emu.token,
      baseUrl: t.emu.url,
      warn: (m) => t.warnings.push(m),
    });
    // A commit for deployments to point at.
    const env = { GIT_INDEX_FILE: `${t.emu.bare}/empty-index` };
    const tree = t.emu.git(['write-tree'], undefined, env);
    const sha = t.emu.git(['commit-tree', tree, '-m', 'init'], undefined, IDENTITY);
    t.emu.git(['update-ref', 'refs/heads/main', sha]);
  });
  afterEach(async () => {
    expect(t.emu.violations).toEqual([]);
    await t.emu.stop();
  });
  return t;
}
