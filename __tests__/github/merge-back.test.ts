/**
 * Carrying the fix home (src/github/merge-back.ts; README, "Carrying the fix home"): a PR from the
 * hotfix branch to each base that has none, a draft with a note when it does not merge cleanly,
 * GitHub's late mergeability waited for, and each failure said for a human. Against the emulator
 * over a real repository: mergeability is git's own answer.
 */
import { describe, expect, it } from 'vitest';
import { openMergeBacks, type MergeBackInput } from '../../src/github/merge-back.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();
const BRANCH = 'hotfix/042-login-500';

/**
 * main and develop fork from one commit; the hotfix branch adds a file (clean into main) and
 * changes the line develop changed too (a conflict there).
 */
function repository(): void {
  const base = t.commit(t.head(), { 'app.txt': 'v1\n' });
  t.emu.git(['update-ref', 'refs/heads/main', base]);
  t.emu.git(['update-ref', 'refs/heads/develop', t.commit(base, { 'app.txt': 'develop\n' })]);
  t.emu.git([
    'update-ref',
    `refs/heads/${BRANCH}`,
    t.commit(base, { 'app.txt': 'hotfix\n', 'fix.txt': 'x\n' }),
  ]);
}

function input(bases: string[], extra: Partial<MergeBackInput> = {}) {
  const said = { warnings: [] as string[], notices: [] as string[], sleeps: [] as number[] };
  const value: MergeBackInput = {
    hotfix: { number: 42, padded: '042', slug: 'login-500' },
    title: 'Login 500',
    branch: BRANCH,
    bases,
    specUrl: 'https://github.com/o/r/blob/hotfix/042-login-500/hotfix.md',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    warn: (m) => said.warnings.push(m),
    notice: (m) => said.notices.push(m),
    sleep: async (ms) => void said.sleeps.push(ms),
    ...extra,
  };
  return { value, said };
}

describe('openMergeBacks()', () => {
  it('opens a PR to each base; one that does not merge cleanly becomes a draft with a note', async () => {
    repository();
    const { value, said } = input(['main', 'develop']);
    const results = await openMergeBacks(t.gh, t.repo(), value);

    expect(results.map((r) => [r.base, r.outcome])).toEqual([
      ['main', 'opened'],
      ['develop', 'draft'],
    ]);
    const pulls = t.emu.issues.filter((i) => i.pull);
    expect(pulls.map((p) => [p.pull!.base, p.title, p.pull!.draft])).toEqual([
      ['main', 'Hotfix 042: Login 500', false],
      ['develop', 'Hotfix 042: Login 500', true],
    ]);
    expect(pulls[0]!.body).toContain('Opened by hotfix-action, which never merges');
    expect(t.emu.graphqlMutations).toHaveLength(1);
    const develop = pulls.find((p) => p.pull!.base === 'develop')!;
    expect(t.emu.comments.filter((c) => c.issue === develop.number).map((c) => c.body)).toEqual([
      `⚠️ \`${BRANCH}\` does not merge cleanly into \`develop\`, so this PR is a draft: merge \`develop\` into the hotfix branch (or rebase it), resolve the conflicts, then mark it ready for review.`,
    ]);
    expect(said.warnings).toEqual([]);
  });

  it("waits for GitHub to work out a new PR's mergeability, a second between looks", async () => {
    repository();
    t.emu.mergeabilityPendingLooks = 2;
    const { value, said } = input(['develop']);
    const [result] = await openMergeBacks(t.gh, t.repo(), value);
    expect(result!.outcome).toBe('draft');
    expect(t.emu.operations().filter((o) => o === 'pulls/get')).toHaveLength(3);
    expect(said.sleeps).toEqual([1000, 1000]);
  });

  it('mergeability still unknown after three looks is taken as clean: no draft', async () => {
    repository();
    t.emu.mergeabilityPendingLooks = 5;
    const { value, said } = input(['develop']);
    const [result] = await openMergeBacks(t.gh, t.repo(), value);
    expect(result!.outcome).toBe('opened');
    expect(t.emu.operations().filter((o) => o === 'pulls/get')).toHaveLength(3);
    expect(said.sleeps).toEqual([1000, 1000]);
    expect(t.emu.graphqlMutations).toEqual([]);
  });

  it('opens no second PR: one already open is found first, or known from the PR lookup without a request', async () => {
    repository();
    t.emu.addPull(BRANCH, 'Hotfix 042 by hand');
    const looked = await openMergeBacks(t.gh, t.repo(), input(['main']).value);
    expect(looked).toEqual([
      { base: 'main', url: expect.stringMatching(/\/pull\/1$/), outcome: 'open' },
    ]);
    expect(t.emu.operations()).toEqual(['pulls/list']);
    const known = await openMergeBacks(
      t.gh,
      t.repo(),
      input(['main', BRANCH], { openBases: new Set(['main']) }).value,
    );
    expect(known).toEqual([{ base: 'main', outcome: 'open' }]);
    expect(t.emu.operations()).toEqual(['pulls/list']);
    expect(t.emu.issues.filter((i) => i.pull)).toHaveLength(1);
  });

  it('a base that has every commit already is good news, not a warning', async () => {
    repository();
    t.emu.git(['update-ref', 'refs/heads/main', t.emu.git(['rev-parse', `refs/heads/${BRANCH}`])]);
    const { value, said } = input(['main']);
    expect(await openMergeBacks(t.gh, t.repo(), value)).toEqual([
      { base: 'main', outcome: 'contained' },
    ]);
    expect(said.notices).toEqual([
      `merge-back: main already has every commit of ${BRANCH}; no PR needed`,
    ]);
    expect(said.warnings).toEqual([]);
  });

  it('each failure is a warning that names the fix: a missing base names the input, a 403 the setting; the other bases go on', async () => {
    repository();
    const missing = input(['main', 'release/9.9']);
    const results = await openMergeBacks(t.gh, t.repo(), missing.value);
    expect(results.map((r) => r.outcome)).toEqual(['opened', 'failed']);
    expect(missing.said.warnings).toEqual([
      'merge-back-branches: the branch "release/9.9" does not exist; no merge-back PR to it (fix the input, or create the branch)',
    ]);

    t.emu.faults.push({ operationId: 'pulls/create', status: 403, times: 1 });
    const refused = input(['develop']);
    expect((await openMergeBacks(t.gh, t.repo(), refused.value))[0]!.outcome).toBe('failed');
    expect(refused.said.warnings).toEqual([
      expect.stringMatching(
        /^merge-back: GitHub refused to open the PR from hotfix\/042-login-500 to develop \(403\): .*Allow GitHub Actions to create and approve pull requests/,
      ),
    ]);
  });
});
