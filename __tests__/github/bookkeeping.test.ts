/**
 * The action's own bookkeeping commits told apart from a human's (src/github/bookkeeping.ts;
 * README, "Loops and the bookkeeping trailer"): the trailer on a line of its own, and the
 * action's committer address.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTION_COMMITTER,
  hasBookkeepingTrailer,
  isActionCommitter,
} from '../../src/github/bookkeeping.js';

describe('bookkeeping', () => {
  it('the trailer counts only on a line of its own', () => {
    expect(hasBookkeepingTrailer('hotfix 042: resolved\n\nHotfix-Action: bookkeeping\n')).toBe(
      true,
    );
    expect(hasBookkeepingTrailer('x\n\n  Hotfix-Action: bookkeeping  ')).toBe(true);
    expect(hasBookkeepingTrailer('Fix: mention Hotfix-Action: bookkeeping in the docs')).toBe(
      false,
    );
    expect(hasBookkeepingTrailer('x\n\nHotfix-Action: bookkeeping please')).toBe(false);
  });

  it('the committer is the action by its address (in any case), not by a name anyone can set', () => {
    expect(isActionCommitter(ACTION_COMMITTER)).toBe(true);
    expect(isActionCommitter({ email: ACTION_COMMITTER.email.toUpperCase() })).toBe(true);
    expect(isActionCommitter({ name: 'github-actions[bot]', email: 'me@example.com' })).toBe(false);
    expect(isActionCommitter({ name: 'github-actions[bot]' })).toBe(false);
  });
});
