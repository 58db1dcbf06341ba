import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../src/core/settings.js';
import { LANE_STATUSES } from '../src/core/state.js';

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'));

describe('action.yml', () => {
  it('declares exactly the inputs the README documents ("Inputs and outputs"), each described, with the documented defaults', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
    for (const input of Object.values(action.inputs) as { description: string }[]) {
      expect(input.description.length).toBeGreaterThan(10);
    }
    expect(action.inputs).toMatchObject({
      'github-token': { default: '${{ github.token }}' },
      environment: { default: 'production' },
      'test-timeout': { default: '15m' },
      'monitor-duration': { default: '10m' },
      'monitor-interval': { default: '30s' },
      'failure-limit': { default: '0' },
      'consecutive-error-limit': { default: '4' },
      'on-monitor-error': { default: 'rollback' },
      'on-no-data': { default: 'inconclusive' },
      'confirm-samples': { default: '2' },
      'confirm-interval': { default: '2s' },
      'auto-rollback': { default: 'true' },
      'dry-run': { default: 'false' },
      labels: { default: 'hotfix' },
    });
  });

  it('declares the outputs the README documents ("Inputs and outputs") and runs dist/index.js on node24', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'hotfix-number',
      'hotfix-slug',
      'spec-path',
      'tasks-path',
      'status',
      'deployment-id',
      'rollback-target',
      'time-to-resolution-seconds',
      'within-target',
    ]);
    for (const status of LANE_STATUSES) expect(action.outputs.status.description).toContain(status);
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toBeDefined();
  });
});
