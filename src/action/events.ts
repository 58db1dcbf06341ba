/**
 * Event routing (CONTRACT 2): which events run what, and which are refused.
 */
import { parseHotfixBranch, type HotfixId } from '../core/branch.js';

/** What an event asks for. */
export type Route =
  | { kind: 'refuse'; reason: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'lane'; hotfix: HotfixId; branch: string; sha: string }
  | { kind: 'unsupported'; reason: string };

/** The trailer of the action's own bookkeeping commits. */
export const BOOKKEEPING_TRAILER = 'Hotfix-Action: bookkeeping';

interface PushPayload {
  ref?: string;
  after?: string;
  deleted?: boolean;
  head_commit?: { message?: string } | null;
}

/** Decides what an event does, from its name and payload. */
export function route(eventName: string, payload: unknown): Route {
  if (eventName === 'pull_request_target' || eventName === 'workflow_run') {
    return {
      kind: 'refuse',
      reason: `hotfix-action refuses ${eventName}: the lane runs repository commands and must never run a fork's code with the base repository's token. Trigger it on push to hotfix/** instead.`,
    };
  }
  if (eventName === 'push') {
    const push = (payload ?? {}) as PushPayload;
    const ref = push.ref ?? '';
    const parsed = parseHotfixBranch(ref);
    if (!parsed.ok) return { kind: 'skip', reason: parsed.reason };
    if (push.deleted) return { kind: 'skip', reason: `branch ${ref} was deleted` };
    const message = push.head_commit?.message ?? '';
    if (message.split('\n').some((line) => line.trim() === BOOKKEEPING_TRAILER)) {
      return {
        kind: 'skip',
        reason: "the head commit is the action's own bookkeeping commit: nothing to do",
      };
    }
    return {
      kind: 'lane',
      hotfix: parsed.id,
      branch: ref.replace(/^refs\/heads\//, ''),
      sha: push.after ?? '',
    };
  }
  return { kind: 'unsupported', reason: `event ${eventName} is not handled yet` };
}
