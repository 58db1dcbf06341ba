/**
 * The real clock (src/node/clock.ts): sleeps that a cancel cuts short (README, "Cancelling").
 */
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/node/clock.js';

describe('systemClock', () => {
  it('sleeps, and a cancel during the sleep ends it at once with the reason', async () => {
    const before = systemClock.now();
    await systemClock.sleep(20);
    expect(systemClock.now()).toBeGreaterThanOrEqual(before + 19);

    const controller = new AbortController();
    const long = systemClock.sleep(60_000, controller.signal);
    setTimeout(() => controller.abort(new Error('cancelled by SIGTERM')), 10);
    await expect(long).rejects.toThrow('cancelled by SIGTERM');
  });

  it('a sleep asked for after the cancel never starts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by SIGINT'));
    await expect(systemClock.sleep(60_000, controller.signal)).rejects.toThrow(
      'cancelled by SIGINT',
    );
  });
});
