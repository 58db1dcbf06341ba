/**
 * Event routing (README, "What runs when"): which events run what, and which are refused. Pure: the
 * event's name and payload in, a route out. Everything in the payload is untrusted text.
 */
import { parseHotfixBranch, parseHotfixNumber, type HotfixId } from '../core/branch.js';
import { hasBookkeepingTrailer, isActionCommitter } from '../github/bookkeeping.js';

/** What an event asks for. */
export type Route =
  | { kind: 'refuse'; reason: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string }
  | {
      kind: 'lane';
      /** Said as a `::warning` before the lane runs. */
      warning?: string;
      hotfix: HotfixId;
      branch: string;
      sha: string;
      title?: string;
      summary?: string;
    }
  | { kind: 'rollback'; hotfix?: HotfixId }
  | { kind: 'status'; hotfix?: HotfixId; pr?: number }
  | {
      kind: 'chatops';
      operation: 'rollback' | 'status';
      pr: number;
      user: string;
      commentId: number;
    };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Decides what an event does, from its name and payload. */
export function route(eventName: string, raw: unknown): Route {
  const payload = obj(raw);
  switch (eventName) {
    case 'pull_request_target':
    case 'workflow_run':
      return {
        kind: 'refuse',
        reason: `hotfix-action refuses ${eventName}: the lane runs repository commands and must never run a fork's code with the base repository's token. Trigger it on push to hotfix/** instead.`,
      };
    case 'push':
      return routePush(payload);
    case 'workflow_dispatch':
      return routeDispatch(payload);
    case 'issue_comment':
      return routeComment(payload);
    case 'pull_request':
      return routePullRequest(payload);
    default:
      return {
        kind: 'skip',
        reason: `hotfix-action does nothing on ${eventName.slice(0, 60)} events`,
      };
  }
}

function routePush(payload: Json): Route {
  const ref = str(payload.ref);
  const parsed = parseHotfixBranch(ref);
  if (!parsed.ok) return { kind: 'skip', reason: parsed.reason };
  if (payload.deleted === true)
    return {
      kind: 'skip',
      reason: `${ref.replace(/^refs\/heads\//, '')} was deleted: nothing to do`,
    };
  const headCommit = obj(payload.head_commit);
  const message = str(headCommit.message);
  let warning: string | undefined;
  if (hasBookkeepingTrailer(message)) {
    if (isActionCommitter(obj(headCommit.committer)))
      return {
        kind: 'skip',
        reason: "the head commit is the action's own bookkeeping commit: nothing to do",
      };
    warning =
      "the head commit carries the bookkeeping trailer but was not committed by the action's identity: the lane runs (the trailer never skips the gate for a human commit)";
  }
  const [subject = '', ...body] = message.split('\n');
  return {
    kind: 'lane',
    warning,
    hotfix: parsed.id,
    branch: ref.replace(/^refs\/heads\//, ''),
    sha: str(payload.after),
    title: subject.trim() || undefined,
    summary: body.join('\n').trim() || undefined,
  };
}

function routeDispatch(payload: Json): Route {
  const inputs = obj(payload.inputs);
  const operation = str(inputs.operation).trim() || 'rollback';
  const number = str(inputs.hotfix).trim();
  let hotfix: HotfixId | undefined;
  if (number !== '') {
    hotfix = parseHotfixNumber(number);
    if (!hotfix)
      return {
        kind: 'fail',
        reason: `workflow_dispatch input "hotfix": found ${JSON.stringify(number.slice(0, 40))}; expected a hotfix number such as 42, or empty for the environment's current deployment`,
      };
  }
  if (operation === 'rollback') return { kind: 'rollback', hotfix };
  if (operation === 'status') return { kind: 'status', hotfix };
  return {
    kind: 'fail',
    reason: `workflow_dispatch input "operation": found ${JSON.stringify(operation.slice(0, 40))}; expected rollback or status`,
  };
}

/** Reads `/hotfix rollback` or `/hotfix status` from the first line of a comment. */
export function parseChatOps(body: string): 'rollback' | 'status' | undefined {
  const first = body.trimStart().split(/\r?\n/)[0]?.trim() ?? '';
  const match = /^\/hotfix\s+(rollback|status)\s*$/i.exec(first);
  return match ? (match[1]!.toLowerCase() as 'rollback' | 'status') : undefined;
}

function routeComment(payload: Json): Route {
  if (str(payload.action) !== 'created')
    return { kind: 'skip', reason: 'only new comments are read' };
  const issue = obj(payload.issue);
  const comment = obj(payload.comment);
  const operation = parseChatOps(str(comment.body));
  if (!operation) return { kind: 'skip', reason: 'the comment is not a /hotfix command' };
  if (!issue.pull_request)
    return { kind: 'skip', reason: '/hotfix commands work on hotfix pull requests only' };
  const pr = Number(issue.number);
  const user = str(obj(comment.user).login);
  if (!Number.isInteger(pr) || user === '')
    return { kind: 'skip', reason: 'the comment event has no PR number or author' };
  return { kind: 'chatops', operation, pr, user, commentId: Number(comment.id) };
}

function routePullRequest(payload: Json): Route {
  const action = str(payload.action);
  if (action !== 'opened' && action !== 'reopened')
    return { kind: 'skip', reason: `pull_request ${action.slice(0, 30)}: nothing to do` };
  const pr = obj(payload.pull_request);
  const head = obj(pr.head);
  const parsed = parseHotfixBranch(str(head.ref));
  if (!parsed.ok) return { kind: 'skip', reason: parsed.reason };
  return { kind: 'status', hotfix: parsed.id, pr: Number(pr.number ?? payload.number) };
}
