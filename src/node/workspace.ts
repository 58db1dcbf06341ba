/**
 * What the faces need from a work tree: the features folder (README, "Branches, files and reports")
 * and the metrics file.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isNumberedFeature, resolveFeaturesDir, type FeaturesDir } from '../core/features.js';
import { updateMetrics } from '../core/metrics.js';
import type { LaneState } from '../core/state.js';
import { readIfExists, writeFileAtomic } from './fs-files.js';

/** The metrics file, relative to the repo. */
export const METRICS_FILE = '.specswarm/workflow-metrics.json';

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Legacy `features/` folders named `NNN-*`. */
export async function legacyFeatureFolders(root: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, 'features'), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && isNumberedFeature(e.name)).map((e) => e.name);
  } catch {
    return [];
  }
}

/** Resolves the features folder of the repo at `root`. */
export async function featuresDirOf(root: string, input: string | undefined): Promise<FeaturesDir> {
  return resolveFeaturesDir(input, {
    specswarmExists: await isDir(path.join(root, '.specswarm/features')),
    legacyHasNumbered: (await legacyFeatureFolders(root)).length > 0,
  });
}

/** Adds this run to `.specswarm/workflow-metrics.json` (other keys kept). */
export async function recordMetrics(
  root: string,
  state: LaneState,
  now = Date.now(),
): Promise<void> {
  const file = path.join(root, METRICS_FILE);
  const text = await readIfExists(file);
  let existing: unknown;
  try {
    existing = text === undefined ? undefined : JSON.parse(text);
  } catch {
    throw new Error(`${METRICS_FILE} is not valid JSON; fix or move it (nothing was overwritten)`);
  }
  await writeFileAtomic(file, `${JSON.stringify(updateMetrics(existing, state, now), null, 2)}\n`);
}
