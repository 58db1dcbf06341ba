import { describe, expect, it } from 'vitest';
import { followUpDrafts } from '../../src/action/follow-ups.js';
import { parseSettings } from '../../src/core/settings.js';
import { initialState } from '../../src/core/state.js';

const ctx = {
  eventName: 'push',
  repo: { owner: 'o', repo: 'r' },
  apiUrl: 'http://x',
  serverUrl: 'https://github.com',
  runId: '9',
  runAttempt: '1',
  workspace: '/w',
  runUrl: 'https://github.com/o/r/actions/runs/9',
  githubWaitMs: 60_000,
};
const state = (over: object = {}) => ({
  ...initialState({
    hotfix: { number: 42, padded: '042', slug: 'x' },
    branch: 'hotfix/042-x',
    sha: 'a'.repeat(40),
    environment: 'production',
    specPath: '.specswarm/features/042-hotfix/hotfix.md',
    tasksPath: '.specswarm/features/042-hotfix/tasks.md',
    title: 'Login <b>500</b>',
    thresholds: [],
    startedAt: 0,
    dryRun: false,
  }),
  deployment: { id: 1, ref: 'a' },
  ...over,
});

describe('follow-up issues', () => {
  const now = Date.UTC(2026, 10, 25);
  it('T005 due in 48 hours, T007 in 7 days with the skip-tests justification, linked to hotfix.md', () => {
    const settings = parseSettings((n) => ({ labels: 'hotfix, incident' })[n]);
    const drafts = followUpDrafts(state({ skipTests: 'CI *down*' }), settings, ctx, now);
    expect(drafts.map((d) => d.title)).toEqual([
      'T005 Root Cause Analysis: hotfix 042 (Login <b>500</b>)',
      'T006 Permanent Fix: hotfix 042 (Login <b>500</b>)',
      'T007 Post-Mortem: hotfix 042 (Login <b>500</b>)',
    ]);
    expect(drafts[0]!.body).toContain('**Due**: 2026-11-27 (within 48 hours)');
    expect(drafts[2]!.body).toContain('**Due**: 2026-12-02 (within 7 days)');
    expect(drafts[2]!.body).toContain('**Essential tests were skipped**: CI \\*down\\*');
    expect(drafts[0]!.body).toContain(
      'https://github.com/o/r/blob/hotfix/042-x/.specswarm/features/042-hotfix/hotfix.md',
    );
    expect(drafts[0]!.labels).toEqual(['hotfix', 'incident']);
  });

  it('none without a deployment or with post-mortem-issues false; escalation issue with mentions', () => {
    expect(
      followUpDrafts(
        state({ deployment: undefined }),
        parseSettings(() => undefined),
        ctx,
        now,
      ),
    ).toEqual([]);
    const off = parseSettings(
      (n) => ({ 'post-mortem-issues': 'false', 'escalation-mentions': '@org/oncall @alice' })[n],
    );
    const drafts = followUpDrafts(
      state({ status: 'escalated', message: 'rollback failed <!-- x -->' }),
      off,
      ctx,
      now,
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.body).toMatch(/^@org\/oncall @alice\n\nrollback failed &lt;!-- x -->/);
  });
});
