/** What the lane reads from deployment records (src/core/rollback-target.ts): the rollback target, a running deployment, the subject of a manual rollback. */
import { describe, expect, it } from 'vitest';
import type { DeploymentRecord } from '../../src/core/ports.js';
import {
  findRollbackTarget,
  isActiveState,
  isOfHotfix,
  rollbackSubject,
  scanDeployments,
} from '../../src/core/rollback-target.js';

const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

function rec(
  id: string | number,
  minutes: number,
  state: DeploymentRecord['state'],
  payload: DeploymentRecord['payload'] = {},
  ref = `ref-${id}`,
): DeploymentRecord {
  return {
    id,
    environment: 'production',
    ref,
    task: 'deploy:hotfix',
    payload,
    createdAt: new Date(T0 + minutes * 60_000).toISOString(),
    state,
  };
}

describe('deployment records', () => {
  it('knows which states are still running', () => {
    expect(
      (
        [
          'in_progress',
          'queued',
          'pending',
          'success',
          'failure',
          'error',
          'inactive',
          undefined,
        ] as const
      ).map(isActiveState),
    ).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('a deployment is of the hotfix by its payload or by its SHA', () => {
    expect(isOfHotfix(rec(1, 0, 'success', { hotfix: '042' }), '042', 'x')).toBe(true);
    expect(isOfHotfix(rec(1, 0, 'success', {}, 'sha'), '042', 'sha')).toBe(true);
    expect(isOfHotfix(rec(1, 0, 'success', { hotfix: '041' }), '042', 'sha')).toBe(false);
  });

  it('the rollback target is the newest success not of this hotfix, whatever the order', () => {
    const records = [
      rec(1, 0, 'success'),
      rec(2, 10, 'success'),
      rec(3, 20, 'failure'),
      rec(4, 30, 'success', { hotfix: '042' }),
      rec(5, 40, 'success', {}, 'this-sha'),
      rec(6, 5, 'success'),
    ];
    expect(findRollbackTarget(records, '042', 'this-sha')?.id).toBe(2);
    expect(findRollbackTarget([...records].reverse(), '042', 'this-sha')?.id).toBe(2);
    expect(findRollbackTarget([rec(1, 0, 'failure')], '042', 'x')).toBeUndefined();
    expect(findRollbackTarget([], '042', 'x')).toBeUndefined();
  });

  it('breaks ties of creation time by id, numerically, else as text', () => {
    expect(findRollbackTarget([rec(9, 0, 'success'), rec(10, 0, 'success')], '1', 'x')?.id).toBe(
      10,
    );
    expect(findRollbackTarget([rec(10, 0, 'success'), rec(9, 0, 'success')], '1', 'x')?.id).toBe(
      10,
    );
    expect(findRollbackTarget([rec('a', 0, 'success'), rec('b', 0, 'success')], '1', 'x')?.id).toBe(
      'b',
    );
    expect(findRollbackTarget([rec('b', 0, 'success'), rec('a', 0, 'success')], '1', 'x')?.id).toBe(
      'b',
    );
  });

  it('a running deployment counts only when it is not older than the target', () => {
    const older = rec(1, 0, 'in_progress', { hotfix: '041' });
    const target = rec(2, 10, 'success');
    const same = rec(3, 10, 'queued', { hotfix: '040' });
    const newer = rec(4, 20, 'pending', { hotfix: '039' });
    const mine = rec(5, 30, 'in_progress', { hotfix: '042' });
    expect(scanDeployments([older, target], '042', 'x')).toEqual({ target, active: undefined });
    expect(scanDeployments([older, target, same], '042', 'x').active).toBe(same);
    expect(scanDeployments([older, target, same, newer, mine], '042', 'x').active).toBe(newer);
    expect(scanDeployments([older], '042', 'x')).toEqual({ target: undefined, active: older });
  });

  it('a manual rollback rolls back the named hotfix, else the current deployment', () => {
    const records = [
      rec(1, 0, 'success'),
      rec(2, 10, 'success', { hotfix: '042' }),
      rec(3, 20, 'success', { hotfix: '042', rollbackOf: 2 }),
      rec(4, 30, 'failure'),
      rec(5, 5, 'success', { hotfix: '042' }),
    ];
    expect(rollbackSubject(records, '042')?.id).toBe(2);
    expect(rollbackSubject(records, '041')).toBeUndefined();
    expect(rollbackSubject(records, undefined)?.id).toBe(3);
    expect(rollbackSubject([rec(1, 0, 'failure')], undefined)).toBeUndefined();
  });
});
