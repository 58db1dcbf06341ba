/**
 * The Action's reporter (src/action/reporter.ts): one log group per step, warnings as
 * annotations, and the sticky PR comment kept up to date, at most once per interval while
 * running and at once for the final state (README, "Branches, files and reports"), against the
 * emulator.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actionReporter } from '../../src/action/reporter.js';
import type { LaneState } from '../../src/core/state.js';
import { commentMarker, StickyComment } from '../../src/github/comments.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';
import { laneState } from '../helpers/lane-state.js';

const t = emulatedGitHub();
let stdout: string[];

beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function state(message: string, status: LaneState['status'] = 'running'): LaneState {
  return laneState({ status, message });
}

/** A reporter writing the sticky comment of PR 1; the comment's bodies as GitHub keeps them. */
function onPullRequest(minIntervalMs: number) {
  t.emu.addPull('hotfix/042-login-500', 'Hotfix 042');
  const comment = new StickyComment(t.gh, t.repo(), 1, commentMarker('042'), 'github-actions[bot]');
  const reporter = actionReporter({ comment: async () => comment, minIntervalMs });
  const bodies = () => t.emu.comments.map((c) => c.body);
  return { reporter, bodies };
}

describe('actionReporter()', () => {
  it('while running writes the comment at most once per interval, then the latest state; the final state at once', async () => {
    const { reporter, bodies } = onPullRequest(150);
    await reporter.publish(state('gate'));
    await reporter.publish(state('deploying now'));
    await reporter.publish(state('monitor 1/10'));
    expect(t.emu.operations()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reporter.settled();
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('monitor 1/10');
    expect(bodies()[0]).not.toContain('deploying now');

    await reporter.publish(state('All thresholds held.', 'resolved'));
    await reporter.settled();
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('All thresholds held.');
    expect(t.emu.operations().filter((o) => o.endsWith('create-comment'))).toHaveLength(1);
  });

  it('a final state cancels the pending interval write', async () => {
    const { reporter, bodies } = onPullRequest(150);
    await reporter.publish(state('gate'));
    await reporter.publish(state('Rolled back.', 'rolled-back'));
    await reporter.settled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reporter.settled();
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('Rolled back.');
    expect(t.emu.operations().filter((o) => o.includes('comment'))).toEqual([
      'issues/list-comments',
      'issues/create-comment',
    ]);
  });

  it('a comment GitHub refuses is a warning, never a stop', async () => {
    const { reporter } = onPullRequest(0);
    t.emu.faults.push({ operationId: 'issues/list-comments', status: 403, times: 1 });
    await reporter.publish(state('x', 'resolved'));
    await reporter.settled();
    expect(stdout.join('')).toMatch(/^::warning::could not update the PR comment: /m);
  });

  it('opens one log group per step and closes the last; progress and warnings go to the log', async () => {
    const reporter = actionReporter();
    reporter.section?.('gate');
    reporter.progress('$ npm test');
    reporter.section?.('deploy');
    reporter.warn('slow');
    reporter.close();
    reporter.close();
    await reporter.publish(state('x', 'resolved'));
    expect(stdout.join('')).toBe(
      '::group::gate\n$ npm test\n::endgroup::\n::group::deploy\n::warning::slow\n::endgroup::\n',
    );
  });
});
