/**
 * How the hotfix relates to what runs, from GitHub's compare API (src/github/compare.ts; README,
 * "Never roll production back by accident"), against the emulator over a real repository.
 */
import { describe, expect, it } from 'vitest';
import { githubHistory } from '../../src/github/compare.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('githubHistory()', () => {
  it('tells identical, ahead, behind and diverged in one request each', async () => {
    const base = t.commit(t.head(), { 'a.txt': '1\n' });
    const hotfix = t.commit(base, { 'a.txt': '2\n' });
    const other = t.commit(base, { 'a.txt': '3\n' });
    const history = githubHistory(t.gh, t.repo());
    expect(await history.relation(base, base)).toBe('identical');
    expect(await history.relation(base, hotfix)).toBe('ahead');
    expect(await history.relation(hotfix, base)).toBe('behind');
    expect(await history.relation(other, hotfix)).toBe('diverged');
    expect(t.emu.operations()).toEqual(Array(4).fill('repos/compare-commits-with-basehead'));
  });
});
