import { describe, expect, it } from 'vitest';
import { manualRollbackSubject } from '../../src/core/manual-subject.js';
import type { DeploymentRecord } from '../../src/core/ports.js';

const record = (
  id: number,
  environment: string,
  payload: DeploymentRecord['payload'],
  state: DeploymentRecord['state'] = 'success',
): DeploymentRecord => ({
  id,
  environment,
  ref: `sha${id}`,
  task: 'deploy:hotfix',
  payload,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
  state,
});

describe('the subject of a manual rollback (README, "Trust boundaries")', () => {
  const records = [
    record(1, 'production', {}),
    record(2, 'staging', { hotfix: '007', slug: 'db', branch: 'hotfix/7-db' }),
    record(3, 'production', { hotfix: '042', slug: 'login-500' }),
  ];

  it("names hotfix N's latest deployment, in its own environment, on its recorded branch", () => {
    const subject = manualRollbackSubject(
      records,
      { number: 7, padded: '007', slug: '' },
      'production',
    );
    expect(subject).toMatchObject({
      record: { id: 2 },
      environment: 'staging',
      hotfix: { number: 7, padded: '007', slug: 'db' },
      branch: 'hotfix/7-db',
      refused: [],
    });
  });

  it("without a number, takes the environment's newest successful deployment and its hotfix", () => {
    const subject = manualRollbackSubject(records, undefined, 'Production');
    expect(subject).toMatchObject({
      record: { id: 3 },
      environment: 'production',
      hotfix: { number: 42, padded: '042', slug: 'login-500' },
      branch: 'hotfix/042-login-500',
    });
    expect(manualRollbackSubject(records, undefined, 'qa')).toBeUndefined();
    expect(manualRollbackSubject(records, { number: 9, padded: '009', slug: '' }, 'x')).toBe(
      undefined,
    );
  });

  it('prefers the PR head as the branch; a deployment that names no hotfix is 000', () => {
    expect(manualRollbackSubject(records, undefined, 'production', 'hotfix/42-x')?.branch).toBe(
      'hotfix/42-x',
    );
    const bare = manualRollbackSubject([record(5, 'production', {})], undefined, 'production');
    expect(bare?.hotfix).toEqual({ number: 0, padded: '000', slug: '' });
    expect(bare?.branch).toBe('hotfix/000');
  });

  it('refuses a slug or branch from a payload that is not valid, and says which', () => {
    const subject = manualRollbackSubject(
      [
        record(6, 'production', {
          hotfix: '042',
          slug: '$(id)',
          branch: 'hotfix/43-other',
        }),
      ],
      { number: 42, padded: '042', slug: '' },
      'production',
    );
    expect(subject?.hotfix.slug).toBe('');
    expect(subject?.branch).toBe('hotfix/042');
    expect(subject?.refused).toEqual(['slug "$(id)"', 'branch "hotfix/43-other"']);
    const main = manualRollbackSubject(
      [record(7, 'production', { hotfix: '042', slug: 'ok.v2_x-y', branch: 'main' })],
      undefined,
      'production',
    );
    expect(main?.hotfix.slug).toBe('ok.v2_x-y');
    expect(main?.refused).toEqual(['branch "main"']);
    expect(main?.branch).toBe('hotfix/042-ok.v2_x-y');
  });
});
