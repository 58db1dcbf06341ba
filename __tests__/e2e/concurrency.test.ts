/**
 * An incident is several events at once (README, "Concurrency in an incident"), end to end
 * through `node dist/index.js` against the emulator: the end of a run always happens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { laneWorld } from '../helpers/world.js';

const BRANCH = 'hotfix/042-login-500';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function world(version: string) {
  const w = await laneWorld(BRANCH, version);
  cleanups.push(w.close);
  return w;
}

describe('the end of a run always happens', () => {
  it('an escalated run whose branch was deleted and whose first issue fails still sets its outputs, finishes the comment and the summary, and opens the rest and the escalation issue', async () => {
    const w = await world('bad');
    // The PR was merged and its branch deleted while the lane watched: every ref update is
    // refused and the ref is gone. Opening the first issue is refused too.
    w.emulator.faults.push(
      {
        operationId: 'git/update-ref',
        status: 422,
        times: 99,
        message: 'Reference does not exist',
      },
      { operationId: 'git/get-ref', status: 404, times: 99, message: 'Not Found' },
      { operationId: 'issues/create', status: 403, times: 1, message: 'Issues are disabled' },
    );
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'rollback-command': 'echo "registry down"; exit 3',
        'escalation-mentions': '@org/oncall',
      },
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ 'hotfix-number': '042', status: 'escalated' });
    expect(run.outputs['deployment-id']).not.toBe('');
    expect(run.log).toMatch(
      /::warning::Could not commit \S+hotfix\.md and \S+tasks\.md to hotfix\/042-login-500/,
    );
    expect(run.log).toMatch(/::warning::could not open the issue "T005/);
    expect(run.summary).toContain('## 🚑 Hotfix 042');
    const comment = w.emulator.comments.find((c) => c.issue === w.pr)!;
    expect(comment.body).toMatch(/Escalated/);
    const titles = w.emulator.issues.filter((i) => !i.pull).map((i) => i.title);
    expect(titles.some((t) => t.startsWith('T005'))).toBe(false);
    expect(titles.filter((t) => /^T00[67]/.test(t))).toHaveLength(2);
    expect(titles.some((t) => t.includes('escalated'))).toBe(true);
    for (const d of w.emulator.deployments)
      expect(d.statuses.at(-1)?.state).not.toBe('in_progress');
  });

  it('a comment that cannot be written is a warning: the run resolves with its outputs and issues', async () => {
    const w = await world('good-v2');
    w.emulator.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      times: 99,
      message: 'Forbidden',
    });
    const run = await w.run();
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('resolved');
    expect(run.log).toMatch(/::warning::could not update the PR comment/);
    expect(w.emulator.issues.filter((i) => !i.pull)).toHaveLength(3);
  });
});
