import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { VERSION } from '../src/version.js';

// README, "Library": the surface is chosen, not whatever the modules happen to export.
describe('the library surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(library).sort()).toEqual([
      'DEPLOY_TASK',
      'HotfixError',
      'INPUT_NAMES',
      'InputError',
      'LANE_STATUSES',
      'SpecError',
      'VERSION',
      'appendTimeline',
      'buildSources',
      'combineSources',
      'commandSource',
      'decide',
      'evaluateThreshold',
      'exitCodeOf',
      'findRollbackTarget',
      'formatDuration',
      'freshCounters',
      'getErrorMessage',
      'hotfixBranchName',
      'hotfixPaths',
      'httpProbe',
      'monitor',
      'padHotfixNumber',
      'parseDuration',
      'parseHotfixBranch',
      'parseHotfixNumber',
      'parseMonitorOutput',
      'parseSettings',
      'parseThreshold',
      'parseThresholds',
      'phaseOf',
      'prometheusSource',
      'readSpec',
      'renderReport',
      'renderSpec',
      'renderTasks',
      'resolveFeaturesDir',
      'runLane',
      'runManualRollback',
      'scanDeployments',
      'setSpecStatus',
      'takeSample',
      'tickTask',
      'tickedTasks',
      'updateMetrics',
      'windowVerdict',
    ]);
  });

  it('lists every export by name (no export *)', async () => {
    const text = await readFile(new URL('../src/index.ts', import.meta.url), 'utf8');
    expect(text).not.toMatch(/export \*|export type \*/);
  });

  it("has package.json's version (written by scripts/version.mjs, never by hand)", async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(library.VERSION).toBe(pkg.version);
  });
});
