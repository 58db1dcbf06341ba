/**
 * What each route does: the push lane, a manual rollback, a status report, chat-ops.
 */
import * as core from './io.js';
import type { HotfixId } from '../core/branch.js';
import { parseHotfixBranch, parseHotfixNumber } from '../core/branch.js';
import { manualRollbackSubject } from '../core/manual-subject.js';
import { InputError } from '../core/errors.js';
import { hotfixPaths } from '../core/features.js';
import { runLane, runManualRollback, type LaneResult } from '../core/lane.js';
import { escapeInline } from '../core/markdown.js';
import { renderReport } from '../core/report.js';
import { environmentsReached } from '../core/environments.js';
import { stateFromRecords } from '../core/status-report.js';
import { sameEnvironment, type LaneState } from '../core/state.js';
import { findPullRequest, getPullRequest, replyOnce } from '../github/comments.js';
import { ApiSpecFiles } from '../github/commits.js';
import { statusOf } from '../github/errors.js';
import { canOperate } from '../github/permissions.js';
import type { ActionReporter } from './reporter.js';
import { fsSpecFiles } from '../node/fs-files.js';
import { featuresDirOf } from '../node/workspace.js';
import type { Route } from './events.js';
import type { Session } from './session.js';

/** The push lane. */
export async function pushLane(
  session: Session,
  route: Extract<Route, { kind: 'lane' }>,
): Promise<LaneResult> {
  const { ctx, settings, gh } = session;
  // The PR (a GitHub request) and the pushed tree (a local git call) are asked at once.
  const headTree = settings.dryRun ? undefined : session.localTree(route.sha);
  const pr = await session.pullRequestOf(route.branch);
  // Title and summary: the PR's, else the head commit's (README, "The spec is executable").
  const withText = {
    ...settings,
    title: settings.title ?? pr?.title ?? route.title,
    summary: settings.summary ?? (pr?.body || route.summary),
  };
  const files = settings.dryRun
    ? fsSpecFiles(ctx.workspace)
    : new ApiSpecFiles({
        gh,
        repo: ctx.repo,
        branch: route.branch,
        workspace: ctx.workspace,
        head: route.sha,
        headTree: await headTree,
        // A first attempt runs on the push it was made for; a re-run may find the branch moved on.
        mayHaveMoved: ctx.runAttempt !== '1',
        warn: (m) => core.warning(m),
      });
  const { input, reporter } = await session.laneInput(
    route.hotfix,
    route.branch,
    route.sha,
    files,
    pr?.number,
    withText,
  );
  return finished(session, reporter, (onEnd) => runLane({ ...input, onEnd }));
}

/**
 * Runs a lane and the run's end: outputs, summary, metrics and follow-ups. The end starts as
 * soon as the lane's status is final, beside the lane's own last writes (the bookkeeping commit,
 * the comment, the notifications), not after them (README, "The rollback never waits on
 * GitHub"); the lane's last log group closes when the end starts, or on any error.
 */
async function finished(
  session: Session,
  reporter: ActionReporter,
  lane: (onEnd: (state: LaneState) => void) => Promise<LaneResult>,
): Promise<LaneResult> {
  let ending: Promise<void> | undefined;
  const end = (state: LaneState) => {
    // The lane's log is over: what the end logs (follow-up issues, merge-back PRs) comes after
    // its last group, not inside it.
    reporter.close();
    ending ??= session.finish(state);
    // Awaited below; until then a failure must not count as unhandled.
    ending.catch(() => undefined);
  };
  let result: LaneResult;
  try {
    result = await lane(end);
  } finally {
    // The log group ends before the summary and follow-ups are written, and on any error.
    reporter.close();
  }
  end(result.state);
  // The sticky comment's last write and the run's end do not wait for each other; the comment
  // is waited for within the GitHub wait.
  await Promise.all([ending, session.within(reporter.settled(), 'write the PR comment')]);
  return result;
}

/**
 * A manual rollback (dispatch or `/hotfix rollback`). It runs in the default branch's context:
 * the environment and branch come from the deployment records (or the PR), and the spec's
 * commands are never run (README, "Trust boundaries").
 */
export async function manualRollback(
  session: Session,
  named: HotfixId | undefined,
  prBranch?: string,
): Promise<LaneResult> {
  const { ctx, settings, gh } = session;
  const store = session.store();
  const records = await store.list(named ? undefined : settings.environment);
  const subject = manualRollbackSubject(records, named, settings.environment, prBranch);
  if (!subject) {
    throw new InputError(
      'hotfix',
      named
        ? `no deployment of hotfix ${named.padded} in any environment`
        : `no successful deployment in ${settings.environment} to roll back`,
    );
  }
  for (const value of subject.refused)
    core.warning(
      `deployment ${subject.record.id}: its payload's ${value} is not valid and was not used`,
    );
  if (subject.environment !== settings.environment)
    core.notice(
      `hotfix ${subject.hotfix.padded}'s latest deployment is in ${subject.environment}: rolling back there (input environment is ${settings.environment})`,
    );
  const files = await branchFiles(session, subject.branch);
  const pr = await findPullRequest(gh, ctx.repo, subject.branch);
  const { input, reporter } = await session.laneInput(
    subject.hotfix,
    subject.branch,
    subject.record.ref,
    files,
    pr?.number,
    { ...settings, environment: subject.environment },
  );
  return finished(session, reporter, (onEnd) =>
    runManualRollback({ ...input, context: 'default-branch', onEnd }),
  );
}

/** The hotfix branch's files through the API, or nothing to write when the branch is gone. */
async function branchFiles(session: Session, branch: string) {
  const { gh, ctx } = session;
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...ctx.repo,
      ref: `heads/${branch}`,
    });
    return new ApiSpecFiles({
      gh,
      repo: ctx.repo,
      branch,
      workspace: ctx.workspace,
      head: data.object.sha,
      readRemote: true,
      warn: (m) => core.warning(m),
    });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    core.notice(
      `${branch} no longer exists: the rollback is recorded in the deployments and the report, not in hotfix.md`,
    );
    return { read: async () => undefined, write: async () => {}, flush: async () => {} };
  }
}

/**
 * Re-renders a hotfix's report from its deployments' records: those of the environment where
 * its latest deployment is, whatever the `environment` input says.
 */
export async function statusReport(
  session: Session,
  named: HotfixId | undefined,
  pr: number | undefined,
  prBranch?: string,
): Promise<void> {
  const { ctx, settings } = session;
  // Hotfix N: its deployments in every environment; else the environment's current deployment,
  // which must name its hotfix. One listing either way.
  const listed = await session.store().list(named ? undefined : settings.environment);
  const subject = manualRollbackSubject(listed, named, settings.environment, prBranch);
  const hotfix =
    named ??
    (subject && parseHotfixNumber(String(subject.record.payload.hotfix ?? ''))
      ? subject.hotfix
      : undefined);
  if (!hotfix) {
    core.notice(`no hotfix deployment in ${settings.environment}: nothing to report`);
    core.setOutput('status', 'skipped');
    return;
  }
  const environment = subject?.environment ?? settings.environment;
  const records = listed.filter((r) => sameEnvironment(r.environment, environment));
  const features = await featuresDirOf(ctx.workspace, settings.featuresDir);
  const paths = hotfixPaths(features.dir, hotfix.padded);
  const state = stateFromRecords(
    subject?.hotfix ?? hotfix,
    environment,
    records,
    paths,
    Date.now(),
    subject?.branch,
  );
  // A hotfix promoted through several environments shows where it stands in each.
  const reached = environmentsReached(listed, subject?.hotfix ?? hotfix);
  if (reached.length > 1) state.environments = reached;
  const comment = await session.comment(
    hotfix,
    pr ?? (await findPullRequest(session.gh, ctx.repo, state.branch))?.number,
  )();
  if (comment) await comment.upsert(renderReport(state));
  await core.appendSummary(renderReport(state, 'summary'));
  core.setOutput('hotfix-number', hotfix.padded);
  core.setOutput('status', state.status);
  core.setOutput('deployment-id', state.deployment ? String(state.deployment.id) : '');
}

/** `/hotfix rollback|status` on a PR: only for write, maintain or admin. */
export async function chatOps(
  session: Session,
  route: Extract<Route, { kind: 'chatops' }>,
): Promise<LaneResult | undefined> {
  const { gh, ctx } = session;
  if (!(await canOperate(gh, ctx.repo, route.user))) {
    const marker = `<!-- hotfix-action:refusal:${route.commentId} -->`;
    const text =
      `Sorry @${escapeInline(route.user)}, \`/hotfix ${route.operation}\` needs write, maintain or admin permission ` +
      'on this repository. Nothing was run; ask a maintainer to run it.';
    await replyOnce(gh, ctx.repo, route.pr, marker, await session.ownLogin(), text);
    core.notice(`/hotfix ${route.operation} by ${route.user} refused: no write permission`);
    core.setOutput('status', 'skipped');
    return undefined;
  }
  const pr = await getPullRequest(gh, ctx.repo, route.pr);
  const own = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  if (pr.headRepo?.toLowerCase() !== own) {
    // A fork's branch may carry any name: chat-ops acts only on this repository's branches.
    const marker = `<!-- hotfix-action:refusal:${route.commentId} -->`;
    const text =
      `\`/hotfix ${route.operation}\` works only on pull requests whose branch is in this repository; ` +
      `this one comes from ${pr.headRepo ? escapeInline(pr.headRepo) : 'a repository that no longer exists'}. ` +
      'Nothing was run: push the hotfix branch to this repository and use its pull request.';
    await replyOnce(gh, ctx.repo, route.pr, marker, await session.ownLogin(), text);
    core.error(
      `/hotfix ${route.operation} on PR #${route.pr} refused: its head branch is in ${pr.headRepo ?? 'a deleted repository'}, not ${ctx.repo.owner}/${ctx.repo.repo}`,
    );
    core.setOutput('status', 'skipped');
    return undefined;
  }
  const parsed = parseHotfixBranch(pr.headRef);
  if (!parsed.ok) {
    core.notice(`/hotfix ${route.operation}: ${parsed.reason}`);
    core.setOutput('status', 'skipped');
    return undefined;
  }
  if (route.operation === 'status') {
    await statusReport(session, parsed.id, route.pr, pr.headRef);
    return undefined;
  }
  return manualRollback(session, parsed.id, pr.headRef);
}
