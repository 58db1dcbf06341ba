import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/core/duration.js';
import type { DeploymentRecord } from '../../src/core/ports.js';
import { renderReport } from '../../src/core/report.js';
import { stateFromRecords } from '../../src/core/status-report.js';

const hotfix = { number: 42, padded: '042', slug: 'login' };
const paths = { spec: 'f/042-hotfix/hotfix.md', tasks: 'f/042-hotfix/tasks.md' };
const now = Date.UTC(2026, 10, 25, 5);
const rec = (
  id: number,
  state: DeploymentRecord['state'],
  payload: DeploymentRecord['payload'],
  minutesAgo: number,
): DeploymentRecord => ({
  id,
  environment: 'production',
  ref: String(id).repeat(40).slice(0, 40),
  task: 'deploy:hotfix',
  payload,
  createdAt: new Date(now - minutesAgo * 60_000).toISOString(),
  state,
  description: `d${id}`,
});

describe('the report rebuilt from the deployments records', () => {
  it('no deployment of the hotfix: skipped, saying so', () => {
    const s = stateFromRecords(hotfix, 'production', [rec(1, 'success', {}, 60)], paths, now);
    expect(s.status).toBe('skipped');
    expect(s.message).toBe('No deployment of hotfix 042 in production yet.');
    expect(s.steps.every((step) => step.state === 'skipped')).toBe(true);
  });

  it('a successful deployment: resolved, with the deployment and its rollback target', () => {
    const s = stateFromRecords(
      hotfix,
      'production',
      [rec(2, 'success', { hotfix: '042', rollbackTarget: 'abc' }, 10), rec(1, 'success', {}, 60)],
      paths,
      now,
    );
    expect(s.status).toBe('resolved');
    expect(s.deployment).toMatchObject({ id: 2, state: 'success' });
    expect(s.rollbackTarget).toBe('abc');
    expect(s.steps.find((x) => x.name === 'deploy')?.state).toBe('passed');
    expect(s.startedAt).toBe(now - 10 * 60_000);
    expect(s.message).toBe('From the deployment records: deployment 2 is success (d2).');
    expect(s.branch).toBe('hotfix/042-login');
  });

  it.each([
    ['success', 'rolled-back', 'passed'],
    ['failure', 'escalated', 'failed'],
    ['in_progress', 'running', 'running'],
  ] as const)('a rollback deployment %s: %s', (state, status, step) => {
    const records = [
      rec(3, state, { hotfix: '042', rollbackOf: 2 }, 5),
      rec(2, 'failure', { hotfix: '042' }, 10),
    ];
    const s = stateFromRecords(hotfix, 'production', records, paths, now);
    expect(s.status).toBe(status);
    expect(s.rollback).toMatchObject({ id: 3, state });
    expect(s.steps.find((x) => x.name === 'rollback')?.state).toBe(step);
  });

  it.each([
    ['failure', 'breached'],
    ['error', 'breached'],
    ['in_progress', 'running'],
  ] as const)('a hotfix deployment %s without rollback: %s', (state, status) => {
    const s = stateFromRecords(
      hotfix,
      'production',
      [rec(2, state, { hotfix: '042' }, 10)],
      paths,
      now,
    );
    expect(s.status).toBe(status);
    expect(s.steps.find((x) => x.name === 'deploy')?.state).toBe(
      { failure: 'passed', error: 'failed', in_progress: 'running' }[state],
    );
  });

  // README, "Decisions people trust".
  it('a hotfix deployment error "inconclusive: a human decides": inconclusive', () => {
    const record = {
      ...rec(2, 'error', { hotfix: '042' }, 10),
      description: 'inconclusive: a human decides (error_rate: no data)',
    };
    const s = stateFromRecords(hotfix, 'production', [record], paths, now);
    expect(s.status).toBe('inconclusive');
  });
});

describe('what each status tells the human to do next', () => {
  const base = stateFromRecords(hotfix, 'production', [], paths, now);
  it.each([
    ['gate-failed', 'Fix the failing essential test on the hotfix branch and push again.'],
    ['rolled-back', 'The hotfix did not hold: find another approach, push again to retry.'],
    ['deploy-failed', 'The hotfix did not hold: find another approach, push again to retry.'],
    [
      'escalated',
      '**Manual intervention required now:** the service may still run the bad version.',
    ],
    ['breached', 'Decide now: roll back with `/hotfix rollback` or the rollback dispatch.'],
    [
      'inconclusive',
      'Look at the service yourself: the watch could not measure every threshold. Roll back with `/hotfix rollback` or the rollback dispatch, or fix the metric source and push again.',
    ],
  ] as const)('%s', (status, line) => {
    const md = renderReport({ ...base, status });
    expect(md).toContain(`- ${line}\n`);
    expect(md).toContain('- **T005 Root Cause Analysis** within 48 hours');
  });

  it('resolved has only the follow-ups', () => {
    const md = renderReport({ ...base, status: 'resolved' });
    const next = md.slice(md.indexOf('### Next steps'));
    expect(
      next
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(3);
  });
});

describe('small formats', () => {
  it.each([
    [0, '0ms'],
    [250, '250ms'],
    [999.4, '999ms'],
    [999.6, '1s'],
    [1000, '1s'],
    [1040, '1s'],
    [1500, '1.5s'],
    [59_000, '59s'],
    [59_940, '59.9s'],
    [59_999, '1m'],
    [60_000, '1m'],
    [61_000, '1m1s'],
    [90_000, '1m30s'],
    [3_600_000, '1h'],
    [3_601_000, '1h1s'],
    [3_660_000, '1h1m'],
    [5_400_000, '1h30m'],
    [3_661_000, '1h1m1s'],
  ])('formatDuration(%i) is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
