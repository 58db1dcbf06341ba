/**
 * README, "Environments in order": a Target naming several environments is a promotion chain;
 * each run deploys to the one its environment input names, and a later one only takes a SHA the
 * one before it has held.
 */
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/core/errors.js';
import { environmentsReached, notHeldBefore } from '../../src/core/environments.js';
import { runLane } from '../../src/core/lane.js';
import { renderReport } from '../../src/core/report.js';
import { readSpec } from '../../src/core/spec.js';
import type { DeploymentRecord } from '../../src/core/ports.js';
import { GOOD, SHA, SPEC, laneWorld } from '../helpers/lane-world.js';

const HOTFIX = { number: 42, padded: '042', slug: 'login-500' };

const spec = (target: string) =>
  ['# Hotfix 042: x', '', '**Status**: Active', '', `**Target**: ${target}`, ''].join('\n');

function promotion(environment: string) {
  const t = laneWorld({
    seedGood: false,
    inputs: {
      'test-command': 'npm test',
      'deploy-command': './deploy.sh',
      'probe-url': 'http://127.0.0.1:9/healthz',
      'monitor-duration': '1m',
      'monitor-interval': '30s',
      environment,
    },
  });
  t.store.seed({ ref: GOOD, state: 'success', environment: 'Staging' });
  t.store.seed({ ref: GOOD, state: 'success', environment: 'Production' });
  t.files.files.set(SPEC, spec('Staging, Production'));
  return t;
}

const record = (over: Partial<DeploymentRecord>): DeploymentRecord => ({
  id: 1,
  environment: 'Staging',
  ref: SHA,
  task: 'deploy:hotfix',
  payload: { hotfix: '042' },
  createdAt: '2026-11-25T03:00:00Z',
  state: 'success',
  ...over,
});

describe('a Target list in hotfix.md', () => {
  it('reads the environments in order, comma-separated; a single Target keeps its meaning', () => {
    expect(readSpec(spec('Staging, Production'), SPEC)).toMatchObject({
      targets: { names: ['Staging', 'Production'], line: 5 },
    });
    expect(readSpec(spec('Staging, Production'), SPEC).target).toBeUndefined();
    expect(readSpec(spec('production-eu'), SPEC)).toMatchObject({ target: 'production-eu' });
    expect(readSpec(spec('review/eu'), SPEC)).toMatchObject({ target: 'review/eu' });
  });

  it.each([
    ['Staging -> Production', '">"'],
    ['Staging; Production', '";"'],
    ['Staging / Production', '"/"'],
    ['Staging then Production', '"then"'],
    ['Staging,, Production', 'an empty environment name (name 2 of 3)'],
    ['Staging, Production,', 'an empty environment name (name 3 of 3)'],
    ['Staging, staging', 'names "staging" twice'],
  ])('refuses %j naming the file and line', (target, problem) => {
    const read = () => readSpec(spec(target), SPEC);
    expect(read).toThrowError(SpecError);
    expect(read).toThrowError(`${SPEC}:5: **Target**`);
    expect(read).toThrowError(problem);
    expect(read).toThrowError('separated by commas: **Target**: Staging, Production');
  });

  it('makes a bad Target list an error before anything runs', async () => {
    const t = promotion('Staging');
    t.files.files.set(SPEC, spec('Staging | Production'));
    await expect(runLane(t.input)).rejects.toThrowError(`${SPEC}:5:`);
    expect(t.runner.calls).toHaveLength(0);
    expect(t.store.records).toHaveLength(2);
    expect(t.files.writes).toBe(0);
  });
});

describe('environments in order', () => {
  it('deploys to the environment the input names, then promotes the SHA Staging held to Production', async () => {
    const t = promotion('staging');
    const staging = await runLane(t.input);
    expect(staging.status).toBe('resolved');
    // Spelt as the spec spells it.
    expect(t.store.records.at(-1)).toMatchObject({ environment: 'Staging', ref: SHA });
    expect(renderReport(staging.state)).toMatch(
      /### Environments\n\n\| Environment +\| Status +\| Ref +\|\n.*\n\| Staging \(this run\) \| resolved +\| [0-9a-f]{12} \|\n\| Production +\| not reached yet \| +\|/,
    );
    expect(staging.state.environments).toEqual([
      { environment: 'Staging', thisRun: true },
      { environment: 'Production' },
    ]);

    t.input.settings = { ...t.input.settings, environment: 'Production' };
    const production = await runLane(t.input);
    expect(production.status).toBe('resolved');
    expect(t.store.records.at(-1)).toMatchObject({ environment: 'Production', ref: SHA });
    expect(production.state.environments).toEqual([
      { environment: 'Staging', status: 'resolved', ref: SHA },
      { environment: 'Production', thisRun: true },
    ]);
    const report = renderReport(production.state);
    expect(report).toMatch(/\| Staging +\| resolved +\| [0-9a-f]{12} \|/);
    expect(report).toMatch(/\| Production \(this run\) \| resolved +\| [0-9a-f]{12} \|/);
  });

  it('blocks Production when Staging has not held the SHA, naming what is missing, before the gate', async () => {
    const t = promotion('Production');
    const result = await runLane(t.input);
    expect(result.status).toBe('blocked');
    expect(result.exitCode).toBe(15);
    expect(result.state.message).toBe(
      `Nothing deployed: Production comes after Staging in the spec's Target (${SPEC}:5), and Staging has not held ${SHA.slice(0, 7)}: hotfix 042 has no deployment there. Deploy it to Staging first (its job in the promotion workflow) and let that run resolve, then run this one again.`,
    );
    expect(t.runner.calls).toHaveLength(0);
    expect(t.store.records).toHaveLength(2);
    expect(t.notified.map((n) => n.event)).toEqual(['blocked']);
    expect(renderReport(result.state)).toMatch(/\| Staging +\| not reached yet \| +\|/);
    expect(renderReport(result.state)).toMatch(/\| Production \(this run\) \| blocked +\| +\|/);
  });

  it('blocks Production when the Staging deployment of the SHA did not succeed', async () => {
    const t = promotion('Production');
    t.store.seed({
      ref: SHA,
      state: 'failure',
      environment: 'Staging',
      payload: { hotfix: '042' },
    });
    const result = await runLane(t.input);
    expect(result.status).toBe('blocked');
    expect(result.state.message).toContain(
      `Staging has not held ${SHA.slice(0, 7)}: its deployment 102 of it is failure, not success`,
    );
  });

  it('refuses an environment input that the Target list does not name, naming file:line, before anything runs', async () => {
    const t = promotion('qa');
    const result = await runLane(t.input);
    expect(result.status).toBe('blocked');
    expect(result.state.message).toBe(
      `Nothing ran: ${SPEC}:5: the environment input is "qa", which the spec's Target (Staging, Production) does not name. Set the job's environment input to one of them (usually the job's own environment:), or add it to Target in its place in the order.`,
    );
    expect(t.runner.calls).toHaveLength(0);
    expect(t.store.records).toHaveLength(2);
    expect(result.state.steps.every((s) => s.state === 'skipped')).toBe(true);
  });

  it('says in a dry run that a real run would be blocked, and deploys nothing', async () => {
    const t = promotion('Production');
    t.input.settings = { ...t.input.settings, dryRun: true };
    const result = await runLane(t.input);
    expect(result.status).toBe('dry-run');
    expect(t.reporter.lines.join('\n')).toContain(
      'A real run would be blocked: Production comes after Staging',
    );
    expect(t.store.records).toHaveLength(2);
  });
});

describe('where the hotfix stands in each environment', () => {
  it('takes the newest deployment of the hotfix in each, and its rollback', () => {
    const records = [
      record({
        id: 4,
        environment: 'Production',
        ref: GOOD,
        payload: { hotfix: '042', rollbackOf: 3 },
      }),
      record({ id: 3, environment: 'Production', state: 'failure' }),
      record({ id: 2, environment: 'Staging' }),
      record({ id: 1, environment: 'Staging', ref: GOOD, payload: {} }),
    ];
    expect(environmentsReached(records, HOTFIX)).toEqual([
      { environment: 'Staging', status: 'resolved', ref: SHA },
      { environment: 'Production', status: 'rolled-back', ref: SHA },
    ]);
    expect(environmentsReached(records, HOTFIX, ['Staging', 'Canary', 'Production'])).toEqual([
      { environment: 'Staging', status: 'resolved', ref: SHA },
      { environment: 'Canary' },
      { environment: 'Production', status: 'rolled-back', ref: SHA },
    ]);
  });

  it('counts only a success of the same SHA and of this hotfix as held', () => {
    expect(notHeldBefore([record({})], HOTFIX, SHA, 'staging')).toBeUndefined();
    expect(notHeldBefore([record({ ref: GOOD })], HOTFIX, SHA, 'Staging')).toBe(
      `Staging has not held ${SHA.slice(0, 7)}: hotfix 042 was deployed there at ${GOOD.slice(0, 7)}, not at ${SHA.slice(0, 7)}`,
    );
    expect(notHeldBefore([record({ payload: { hotfix: '041' } })], HOTFIX, SHA, 'Staging')).toMatch(
      /hotfix 042 has no deployment there$/,
    );
    expect(notHeldBefore([record({ state: 'in_progress' })], HOTFIX, SHA, 'Staging')).toMatch(
      /its deployment 1 of it is in_progress, not success$/,
    );
  });
});
