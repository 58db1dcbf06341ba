/**
 * The work tree's features folder and metrics file (src/node/workspace.ts; README, "Branches,
 * files and reports"), on real folders.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laneState, STARTED } from '../helpers/lane-state.js';
import { featuresDirOf, METRICS_FILE, recordMetrics } from '../../src/node/workspace.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hotfix-workspace-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const state = () => laneState({ status: 'resolved', endedAt: STARTED + 12 * 60_000 });

describe('featuresDirOf()', () => {
  it('the input wins; then .specswarm/features; then a legacy features/ with NNN-* folders, with a notice; else .specswarm/features', async () => {
    expect(await featuresDirOf(root, 'docs/features/')).toEqual({ dir: 'docs/features' });
    expect(await featuresDirOf(root, undefined)).toEqual({ dir: '.specswarm/features' });
    mkdirSync(path.join(root, 'features/notes'), { recursive: true });
    expect(await featuresDirOf(root, undefined)).toEqual({ dir: '.specswarm/features' });
    mkdirSync(path.join(root, 'features/007-db'));
    expect(await featuresDirOf(root, undefined)).toEqual({
      dir: 'features',
      notice:
        'using the legacy features/ folder; `npx hotfix migrate` moves it to .specswarm/features',
    });
    mkdirSync(path.join(root, '.specswarm/features'), { recursive: true });
    expect(await featuresDirOf(root, undefined)).toEqual({ dir: '.specswarm/features' });
  });
});

describe('recordMetrics()', () => {
  it("adds this run and keeps the file's other keys", async () => {
    mkdirSync(path.join(root, '.specswarm'));
    writeFileSync(
      path.join(root, METRICS_FILE),
      JSON.stringify({ team: 'payments', features: { '001-login': { workflow: 'feature' } } }),
    );
    await recordMetrics(root, state());
    const written = JSON.parse(readFileSync(path.join(root, METRICS_FILE), 'utf8'));
    expect(written.team).toBe('payments');
    expect(Object.keys(written.features)).toEqual(['001-login', '042-hotfix']);
    expect(written.features['042-hotfix']).toMatchObject({
      workflow: 'hotfix',
      status: 'resolved',
    });
  });

  it('a metrics file that is not JSON is an error naming it, and is left as it was', async () => {
    mkdirSync(path.join(root, '.specswarm'));
    writeFileSync(path.join(root, METRICS_FILE), '{ half');
    await expect(recordMetrics(root, state())).rejects.toThrow(
      '.specswarm/workflow-metrics.json is not valid JSON; fix or move it (nothing was overwritten)',
    );
    expect(readFileSync(path.join(root, METRICS_FILE), 'utf8')).toBe('{ half');
  });
});
