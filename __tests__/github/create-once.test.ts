/**
 * Creates that are never doubled (src/github/create-once.ts; README, "Branches, files and reports"): a
 * create GitHub did but whose answer was lost is found by the lookup before the next try; an
 * answer that says the request itself was wrong is not tried again.
 */
import { describe, expect, it } from 'vitest';
import { createOnce, isTransient, NO_RETRY } from '../../src/github/create-once.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();
const TITLE = 'Hotfix 042 follow-up: post-mortem';

/** createOnce() of one issue titled {@link TITLE}, looked up by its title. */
function createIssue(lookupFirst: boolean, sleeps: number[]) {
  return createOnce({
    lookupFirst,
    sleep: async (ms) => void sleeps.push(ms),
    lookup: async () => {
      const { data } = await t.gh.request('GET /repos/{owner}/{repo}/issues', {
        ...t.repo(),
        state: 'all',
      });
      return data.find((i) => i.title === TITLE);
    },
    create: async () =>
      (
        await t.gh.request('POST /repos/{owner}/{repo}/issues', {
          ...t.repo(),
          title: TITLE,
          ...NO_RETRY,
        })
      ).data,
  });
}

describe('createOnce()', () => {
  it('a create GitHub did whose answer was a 502 is found by the lookup: one issue, no second create', async () => {
    t.emu.faults.push({ operationId: 'issues/create', status: 502, times: 1, afterEffect: true });
    const sleeps: number[] = [];
    const issue = await createIssue(false, sleeps);
    expect(issue.title).toBe(TITLE);
    expect(t.emu.issues).toHaveLength(1);
    expect(t.emu.operations()).toEqual(['issues/create', 'issues/list-for-repo']);
    expect(sleeps).toEqual([250]);
  });

  it('a connection dropped after GitHub did the create counts as transient too', async () => {
    t.emu.faults.push({
      operationId: 'issues/create',
      status: 0,
      times: 1,
      afterEffect: true,
      drop: true,
    });
    await createIssue(false, []);
    expect(t.emu.issues).toHaveLength(1);
  });

  it('lookupFirst finds what an earlier run made and creates nothing', async () => {
    await createIssue(false, []);
    await createIssue(true, []);
    expect(t.emu.issues).toHaveLength(1);
    expect(t.emu.operations()).toEqual(['issues/create', 'issues/list-for-repo']);
  });

  it('a 4xx is thrown at once; 5xx on every try is thrown after three, with a lookup before each retry', async () => {
    t.emu.faults.push({ operationId: 'issues/create', status: 422, times: 1 });
    await expect(createIssue(false, [])).rejects.toMatchObject({ status: 422 });
    expect(t.emu.operations()).toEqual(['issues/create']);

    t.emu.log.length = 0;
    t.emu.faults.push({ operationId: 'issues/create', status: 500, times: 3 });
    const sleeps: number[] = [];
    await expect(createIssue(false, sleeps)).rejects.toMatchObject({ status: 500 });
    expect(t.emu.operations()).toEqual([
      'issues/create',
      'issues/list-for-repo',
      'issues/create',
      'issues/list-for-repo',
      'issues/create',
    ]);
    expect(sleeps).toEqual([250, 1000, 2250]);
    expect(t.emu.issues).toHaveLength(0);
  });
});

describe('isTransient()', () => {
  it('a 5xx or no answer at all is worth another try; a 4xx is not', () => {
    expect(isTransient({ status: 502 })).toBe(true);
    expect(isTransient(new Error('socket hang up'))).toBe(true);
    expect(isTransient({ status: 404 })).toBe(false);
    expect(isTransient({ status: 403 })).toBe(false);
  });
});
