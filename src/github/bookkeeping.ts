/**
 * How the action's own bookkeeping commits are told apart from a human's (README, "Loops and
 * the bookkeeping trailer"): the message carries the trailer *and* the commit's committer is the
 * action's identity. A human commit with the trailer still runs the lane.
 */

/** The trailer of the action's own bookkeeping commits. */
export const BOOKKEEPING_TRAILER = 'Hotfix-Action: bookkeeping';

/** The committer of every commit the action makes (GitHub Actions' own bot identity). */
export const ACTION_COMMITTER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

/** Whether a commit message carries the bookkeeping trailer on a line of its own. */
export function hasBookkeepingTrailer(message: string): boolean {
  return message.split('\n').some((line) => line.trim() === BOOKKEEPING_TRAILER);
}

/** Whether a committer (as a push event's `head_commit.committer` gives it) is the action. */
export function isActionCommitter(committer: { name?: unknown; email?: unknown }): boolean {
  return (
    typeof committer.email === 'string' &&
    committer.email.toLowerCase() === ACTION_COMMITTER.email.toLowerCase()
  );
}
