/**
 * README, "The rollback never waits on GitHub": the one real-time bound on waiting for a record
 * (src/core/deadline.ts), with real timers.
 */
import { describe, expect, it } from 'vitest';
import { within } from '../../src/core/deadline.js';

const after = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('within', () => {
  it('gives the work when it answers in time, and what late() says when it does not', async () => {
    let lateCalls = 0;
    const late = () => {
      lateCalls += 1;
      return 'late' as const;
    };
    expect(await within(after(5, 'done'), 1000, late)).toBe('done');
    expect(lateCalls).toBe(0);
    expect(await within(new Promise<never>(() => undefined), 30, late)).toBe('late');
    expect(lateCalls).toBe(1);
  });

  it('passes a failure of the work on', async () => {
    await expect(
      within(Promise.reject(new Error('GitHub said 502')), 1000, () => 'late'),
    ).rejects.toThrowError('GitHub said 502');
  });
});
