/**
 * One Action run's parts, built once from the runner's context and the inputs: the GitHub
 * client, the deployment store, the reporter and the lane's ports.
 */
import path from 'node:path';
import * as core from './io.js';
import { within } from '../core/deadline.js';
import { formatDuration } from '../core/duration.js';
import { getErrorMessage } from '../core/errors.js';
import type { HotfixId } from '../core/branch.js';
import { VERSION } from '../version.js';
import type { LaneInput } from '../core/lane.js';
import type { SpecFiles } from '../core/ports.js';
import type { LaneSettings } from '../core/settings.js';
import { resolutionClock, type LaneState } from '../core/state.js';
import {
  commentMarker,
  findPullRequest,
  findPullRequestAndLogin,
  ownLogin,
  StickyComment,
  type PullRequestInfo,
} from '../github/comments.js';
import { githubDeploymentStore } from '../github/deployments.js';
import { ensureIssues } from '../github/issues.js';
import { githubHistory } from '../github/compare.js';
import { openMergeBacks } from '../github/merge-back.js';
import { openRevertPr } from '../github/revert.js';
import { createGitHub, proxyFetch, type GitHub } from '../github/octokit.js';
import { actionReporter } from './reporter.js';
import { git } from '../node/git.js';
import { featuresDirOf, recordMetrics } from '../node/workspace.js';
import type { RunnerContext } from './context.js';
import { followUpDrafts, specUrlOf } from './follow-ups.js';
import { renderReport } from '../core/report.js';
import { lanePorts } from '../wiring/lane-ports.js';

/** Saved for the post step: deployments still `in_progress` (main.ts reads it by this name). */
export const OPEN_DEPLOYMENTS_STATE = 'open-deployments';

/** The parts of one run. */
export class Session {
  readonly gh: GitHub;
  readonly requests: string[] = [];
  /** The default branch, when the event's payload names it (saves a request). */
  defaultBranch: string | undefined;
  /** The bases the hotfix branch has open PRs to, when the PR lookup said (README, "Carrying the fix home"). */
  private openBases: ReadonlySet<string> | undefined;
  private login: Promise<string> | undefined;

  constructor(
    readonly ctx: RunnerContext,
    readonly token: string,
    readonly settings: LaneSettings,
    readonly signal: AbortSignal,
    /** Never printed: masked in every line a command writes. */
    readonly secrets: readonly string[] = [token],
  ) {
    this.gh = createGitHub({
      token,
      baseUrl: ctx.apiUrl,
      warn: (message) => core.warning(message),
      onRequest: (method, url) => this.requests.push(`${method} ${url}`),
      attemptTimeoutMs: Math.ceil(ctx.githubWaitMs / 6),
    });
  }

  /**
   * The open PR of a branch; the token's login comes with it in the same request (a GraphQL
   * answer without it, or a GraphQL error, falls back to the REST reads).
   */
  async pullRequestOf(branch: string): Promise<PullRequestInfo | undefined> {
    try {
      const { pr, login, openBases } = await findPullRequestAndLogin(
        this.gh,
        this.ctx.repo,
        branch,
      );
      if (login) this.login ??= Promise.resolve(login);
      this.openBases = openBases;
      return pr;
    } catch {
      return findPullRequest(this.gh, this.ctx.repo, branch);
    }
  }

  /** The token's own login (looked up once). */
  ownLogin(): Promise<string> {
    this.login ??= ownLogin(this.gh, this.token);
    return this.login;
  }

  /** The deployment store; open deployments are saved for the post step. */
  store() {
    return githubDeploymentStore(this.gh, this.ctx.repo, {
      runKey: `${this.ctx.runId}-${this.ctx.runAttempt}`,
      onOpenChange: (open) => core.saveState(OPEN_DEPLOYMENTS_STATE, JSON.stringify(open)),
    });
  }

  /** The sticky comment of a hotfix on a PR (no PR: none). */
  comment(hotfix: HotfixId, pr: number | undefined): () => Promise<StickyComment | undefined> {
    if (pr === undefined || this.settings.dryRun) return async () => undefined;
    let comment: Promise<StickyComment> | undefined;
    return () => {
      comment ??= this.ownLogin().then(
        (login) =>
          new StickyComment(
            this.gh,
            this.ctx.repo,
            pr,
            commentMarker(hotfix.padded),
            login,
            this.settings.escalationMentions,
          ),
      );
      return comment;
    };
  }

  /** The lane's input for a hotfix, with every port plugged. */
  async laneInput(
    hotfix: HotfixId,
    branch: string,
    sha: string,
    files: SpecFiles,
    pr: number | undefined,
    settings: LaneSettings = this.settings,
  ) {
    const { ctx } = this;
    const features = await featuresDirOf(ctx.workspace, settings.featuresDir);
    if (features.notice) core.notice(features.notice);
    const reporter = actionReporter({ comment: this.comment(hotfix, pr) });
    const ports = lanePorts({
      root: ctx.workspace,
      settings,
      store: this.store(),
      files,
      reporter,
      secrets: this.secrets,
      link:
        pr !== undefined
          ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/pull/${pr}`
          : ctx.runUrl,
      fetch: proxyFetch,
      history: githubHistory(this.gh, ctx.repo),
    });
    const input: LaneInput = {
      hotfix,
      branch,
      sha,
      featuresDir: features.dir,
      settings,
      version: VERSION,
      ports,
      logUrl: ctx.runUrl,
      signal: this.signal,
      recordWaitMs: ctx.githubWaitMs,
    };
    return { input, reporter };
  }

  /** The tree of a commit from the checkout, when it has it (saves a request). */
  async localTree(sha: string): Promise<string | undefined> {
    try {
      return (await git(this.ctx.workspace, ['rev-parse', `${sha}^{tree}`])) || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * `work`, or nothing with a warning when GitHub has not answered it within the GitHub wait
   * (README, "The rollback never waits on GitHub"); a failure is a warning too.
   */
  async within(work: Promise<unknown>, what: string): Promise<void> {
    try {
      await within(work, this.ctx.githubWaitMs, () =>
        core.warning(
          `could not ${what}: GitHub did not answer within ${formatDuration(this.ctx.githubWaitMs)}; the run ends without it`,
        ),
      );
    } catch (error) {
      core.warning(`could not ${what}: ${getErrorMessage(error)}`);
    }
  }

  /** Outputs, job summary, metrics and follow-up issues of a finished run. */
  async finish(state: LaneState): Promise<void> {
    const { settings } = this;
    const clock = resolutionClock(state, Date.now());
    core.setOutput('hotfix-number', state.hotfix.padded);
    core.setOutput('hotfix-slug', state.hotfix.slug);
    core.setOutput('spec-path', state.specPath);
    core.setOutput('tasks-path', state.tasksPath);
    core.setOutput('status', state.status);
    core.setOutput('deployment-id', state.deployment ? String(state.deployment.id) : '');
    core.setOutput('rollback-target', state.rollbackTarget ?? '');
    core.setOutput('time-to-resolution-seconds', String(clock.seconds));
    core.setOutput('within-target', String(clock.withinTarget ?? true));
    await core.appendSummary(renderReport(state, 'summary'));
    if (settings.dryRun) return;
    try {
      await recordMetrics(this.ctx.workspace, state);
    } catch (error) {
      core.warning(
        `could not write .specswarm/workflow-metrics.json: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    // The revert PR, the merge-back PRs and the follow-up issues do not wait for each other.
    await Promise.all([
      this.within(this.revertPr(state), 'open the revert PR'),
      this.within(this.mergeBack(state), 'open the merge-back PRs'),
      this.within(this.followUps(state), 'open the follow-up issues'),
    ]);
  }

  /** The default branch: the event payload's, else asked of GitHub. */
  private async defaultBranchName(): Promise<string> {
    return (
      this.defaultBranch ??
      (await this.gh.request('GET /repos/{owner}/{repo}', { ...this.ctx.repo })).data.default_branch
    );
  }

  /** The revert PR of a successful rollback, when asked for. */
  private async revertPr(state: LaneState): Promise<void> {
    if (
      !this.settings.revertPr ||
      state.rollback?.state !== 'success' ||
      !state.rollbackTarget ||
      !state.sha
    )
      return;
    const url = await openRevertPr(this.gh, this.ctx.repo, {
      hotfix: state.hotfix,
      sha: state.sha,
      target: state.rollbackTarget,
      defaultBranch: await this.defaultBranchName(),
      keep: path.posix.dirname(state.specPath),
      notice: (m) => core.notice(m),
    });
    if (url) core.info(`Revert PR: ${url}`);
  }

  /**
   * After `resolved`, a PR from the hotfix branch to the default branch and to each of
   * `merge-back-branches` when none is open (README, "Carrying the fix home").
   */
  private async mergeBack(state: LaneState): Promise<void> {
    if (!this.settings.mergeBack || state.status !== 'resolved') return;
    const defaultBranch = await this.defaultBranchName();
    const results = await openMergeBacks(this.gh, this.ctx.repo, {
      hotfix: state.hotfix,
      title: state.title,
      branch: state.branch,
      bases: [defaultBranch, ...this.settings.mergeBackBranches],
      openBases: this.openBases,
      specUrl: specUrlOf(state, this.ctx),
      runUrl: this.ctx.runUrl,
      warn: (message) => core.warning(message),
      notice: (message) => core.notice(message),
    });
    for (const r of results)
      if (r.outcome === 'opened' || r.outcome === 'draft')
        core.info(
          `Merge-back PR to ${r.base}: ${r.url}${r.outcome === 'draft' ? ' (draft: it does not merge cleanly)' : ''}`,
        );
  }

  /** T005-T007 and the escalation issue; each one that cannot be opened is a warning. */
  private async followUps(state: LaneState): Promise<void> {
    const drafts = followUpDrafts(state, this.settings, this.ctx, Date.now());
    if (drafts.length === 0) return;
    const urls = await ensureIssues(
      this.gh,
      this.ctx.repo,
      drafts,
      await this.ownLogin(),
      this.settings.escalationMentions,
      (message) => core.warning(message),
    );
    if (urls.length > 0) core.info(`Follow-up issues: ${urls.join(' ')}`);
  }
}
