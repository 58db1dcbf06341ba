/**
 * README, "What runs when": which events run what, and which are refused (src/action/events.ts),
 * on GitHub's own example payloads. Everything in a payload is untrusted text.
 */
import { describe, expect, it } from 'vitest';
import { parseChatOps, route } from '../../src/action/events.js';
import { ACTION_COMMITTER, BOOKKEEPING_TRAILER } from '../../src/github/bookkeeping.js';
import { examplePayload } from '../helpers/action.js';

const SHA = 'b'.repeat(40);

function push(ref: string, message: string, committer: Record<string, string> = {}) {
  const payload = examplePayload('push');
  Object.assign(payload, { ref, after: SHA, deleted: false });
  Object.assign(payload.head_commit as Record<string, unknown>, {
    id: SHA,
    message,
    committer: { name: 'Dev', email: 'dev@example.invalid', ...committer },
  });
  return payload;
}

function comment(body: string, action = 'created', onPr = true) {
  const payload = examplePayload('issue_comment', (e) => e.action === 'created');
  payload.action = action;
  Object.assign(payload.issue as Record<string, unknown>, {
    number: 7,
    pull_request: onPr ? { url: 'https://api.github.com/x' } : undefined,
  });
  Object.assign(payload.comment as Record<string, unknown>, {
    body,
    id: 99,
    user: { login: 'oncall', id: 1 },
  });
  return payload;
}

describe('push', () => {
  it('runs the lane for a hotfix branch, with the title and summary of the head commit', () => {
    expect(
      route('push', push('refs/heads/hotfix/042-login-500', 'Fix login 500\n\nv1 cookies.\n')),
    ).toEqual({
      kind: 'lane',
      warning: undefined,
      hotfix: { number: 42, padded: '042', slug: 'login-500' },
      branch: 'hotfix/042-login-500',
      sha: SHA,
      title: 'Fix login 500',
      summary: 'v1 cookies.',
    });
  });

  it("skips another branch, a deleted branch, and the action's own bookkeeping commit", () => {
    expect(route('push', push('refs/heads/feature/x', 'x'))).toMatchObject({ kind: 'skip' });
    const deleted = push('refs/heads/hotfix/042-login-500', 'x');
    deleted.deleted = true;
    expect(route('push', deleted)).toEqual({
      kind: 'skip',
      reason: 'hotfix/042-login-500 was deleted: nothing to do',
    });
    const own = push(
      'refs/heads/hotfix/042-login-500',
      `hotfix 042: resolved\n\n${BOOKKEEPING_TRAILER}`,
      ACTION_COMMITTER,
    );
    expect(route('push', own)).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('bookkeeping'),
    });
  });

  it('runs the lane, with a warning, for a human commit that carries the trailer', () => {
    const human = push('refs/heads/hotfix/042-login-500', `tweak\n\n${BOOKKEEPING_TRAILER}`);
    expect(route('push', human)).toMatchObject({
      kind: 'lane',
      warning: expect.stringContaining('the trailer never skips the gate for a human commit'),
    });
  });
});

describe('workflow_dispatch', () => {
  const dispatch = (inputs: Record<string, string>) => {
    const payload = examplePayload('workflow_dispatch');
    payload.inputs = inputs;
    return route('workflow_dispatch', payload);
  };

  it('rolls back by default, or reports status, for the named hotfix or the current deployment', () => {
    expect(dispatch({})).toEqual({ kind: 'rollback', hotfix: undefined });
    expect(dispatch({ operation: 'status', hotfix: ' 42 ' })).toEqual({
      kind: 'status',
      hotfix: { number: 42, padded: '042', slug: '' },
    });
  });

  it('fails on an input it cannot use, naming it', () => {
    expect(dispatch({ hotfix: '42; rm -rf /' })).toMatchObject({
      kind: 'fail',
      reason: expect.stringMatching(/^workflow_dispatch input "hotfix": found "42; rm -rf \/"/),
    });
    expect(dispatch({ operation: 'nuke' })).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('expected rollback or status'),
    });
  });
});

describe('issue_comment and pull_request', () => {
  it('reads /hotfix rollback and /hotfix status on the first line of a new PR comment only', () => {
    expect(route('issue_comment', comment('/hotfix rollback\nplease'))).toEqual({
      kind: 'chatops',
      operation: 'rollback',
      pr: 7,
      user: 'oncall',
      commentId: 99,
    });
    expect(parseChatOps('  /HOTFIX Status  ')).toBe('status');
    expect(parseChatOps('please /hotfix rollback')).toBeUndefined();
    expect(parseChatOps('/hotfix rollback now')).toBeUndefined();
    expect(route('issue_comment', comment('/hotfix rollback', 'edited'))).toMatchObject({
      kind: 'skip',
    });
    expect(route('issue_comment', comment('looking into it'))).toMatchObject({ kind: 'skip' });
    expect(route('issue_comment', comment('/hotfix rollback', 'created', false))).toEqual({
      kind: 'skip',
      reason: '/hotfix commands work on hotfix pull requests only',
    });
  });

  it('reports status when a hotfix PR is opened or reopened, and nothing else', () => {
    const opened = examplePayload('pull_request', (e) => e.action === 'opened');
    Object.assign(opened.pull_request as Record<string, unknown>, {
      number: 7,
      head: { ref: 'hotfix/042-login-500', sha: SHA },
    });
    expect(route('pull_request', opened)).toEqual({
      kind: 'status',
      hotfix: { number: 42, padded: '042', slug: 'login-500' },
      pr: 7,
    });
    expect(route('pull_request', { ...opened, action: 'closed' })).toMatchObject({ kind: 'skip' });
  });

  it('refuses pull_request_target and workflow_run, and does nothing on other events', () => {
    for (const name of ['pull_request_target', 'workflow_run'])
      expect(route(name, {})).toMatchObject({
        kind: 'refuse',
        reason: expect.stringContaining("must never run a fork's code"),
      });
    expect(route('schedule', {})).toEqual({
      kind: 'skip',
      reason: 'hotfix-action does nothing on schedule events',
    });
  });
});
