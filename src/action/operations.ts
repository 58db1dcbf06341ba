/**
 * What each route does: the push lane, a manual rollback, a status report, chat-ops.
 */
import * as core from './io.js';
import type { HotfixId } from '../core/branch.js';
import { hotfixBranchName, parseHotfixBranch, parseHotfixNumber } from '../core/branch.js';
import { InputError } from '../core/errors.js';
import { hotfixPaths } from '../core/features.js';
import { runLane, runManualRollback, type LaneResult } from '../core/lane.js';
import { escapeInline } from '../core/markdown.js';
import { renderReport } from '../core/report.js';
import { rollbackSubject } from '../core/rollback-target.js';
import { stateFromRecords } from '../core/status-report.js';
import { findPullRequest, getPullRequest, replyOnce } from '../github/comments.js';
import { ApiSpecFiles } from '../github/commits.js';
import { statusOf } from '../github/octokit.js';
import { canOperate } from '../github/permissions.js';
import type { ActionReporter } from '../github/reporter.js';
import { fsSpecFiles } from '../local/fs-files.js';
import { featuresDirOf } from '../local/workspace.js';
import type { Route } from './events.js';
import type { Session } from './session.js';

/** The push lane. */
export async function pushLane(
  session: Session,
  route: Extract<Route, { kind: 'lane' }>,
): Promise<LaneResult> {
  const { ctx, settings, gh } = session;
  const pr = await findPullRequest(gh, ctx.repo, route.branch);
  // Title and summary: the PR's, else the head commit's (CONTRACT 5).
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
        headTree: await session.localTree(route.sha),
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
  return finished(session, reporter, () => runLane(input));
}

/** Runs a lane, closes its log group, then writes outputs, summary, metrics and follow-ups. */
async function finished(
  session: Session,
  reporter: ActionReporter,
  lane: () => Promise<LaneResult>,
): Promise<LaneResult> {
  let result: LaneResult;
  try {
    result = await lane();
  } finally {
    // The log group ends before the summary and follow-ups are written, and on any error.
    reporter.close();
  }
  await session.finish(result.state);
  return result;
}

/** A manual rollback (dispatch or `/hotfix rollback`). */
export async function manualRollback(
  session: Session,
  named: HotfixId | undefined,
): Promise<LaneResult> {
  const { ctx, settings, gh } = session;
  const store = session.store();
  const subject = rollbackSubject(await store.list(settings.environment), named?.padded);
  if (!subject) {
    throw new InputError(
      'hotfix',
      named
        ? `no deployment of hotfix ${named.padded} in ${settings.environment}`
        : `no successful deployment in ${settings.environment} to roll back`,
    );
  }
  const hotfix = named ??
    parseHotfixNumber(String(subject.payload.hotfix ?? '')) ?? {
      number: 0,
      padded: '000',
      slug: '',
    };
  hotfix.slug = String(subject.payload.slug ?? hotfix.slug);
  const branch = hotfixBranchName(hotfix);
  const files = await branchFiles(session, branch);
  const pr = await findPullRequest(gh, ctx.repo, branch);
  const { input, reporter } = await session.laneInput(
    hotfix,
    branch,
    subject.ref,
    files,
    pr?.number,
  );
  return finished(session, reporter, () => runManualRollback(input));
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

/** Re-renders a hotfix's report from its deployments' records. */
export async function statusReport(
  session: Session,
  named: HotfixId | undefined,
  pr: number | undefined,
): Promise<void> {
  const { ctx, settings } = session;
  const records = await session.store().list(settings.environment);
  const hotfix =
    named ?? parseHotfixNumber(String(rollbackSubject(records, undefined)?.payload.hotfix ?? ''));
  if (!hotfix) {
    core.notice(`no hotfix deployment in ${settings.environment}: nothing to report`);
    core.setOutput('status', 'skipped');
    return;
  }
  const features = await featuresDirOf(ctx.workspace, settings.featuresDir);
  const paths = hotfixPaths(features.dir, hotfix.padded);
  const state = stateFromRecords(hotfix, settings.environment, records, paths, Date.now());
  const comment = await session.comment(
    hotfix,
    pr ?? (await findPullRequest(session.gh, ctx.repo, state.branch))?.number,
  )();
  if (comment) await comment.upsert(renderReport(state));
  core.appendSummary(renderReport(state));
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
  const parsed = parseHotfixBranch(pr.headRef);
  if (!parsed.ok) {
    core.notice(`/hotfix ${route.operation}: ${parsed.reason}`);
    core.setOutput('status', 'skipped');
    return undefined;
  }
  if (route.operation === 'status') {
    await statusReport(session, parsed.id, route.pr);
    return undefined;
  }
  return manualRollback(session, parsed.id);
}
