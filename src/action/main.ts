/**
 * The Action's `run()`: route the event, validate the inputs, then run what the event asks for.
 * Also the `post` step: marks a deployment left `in_progress` by a killed main step as `error`.
 */
import { readFileSync } from 'node:fs';
import * as core from './io.js';
import { getErrorMessage } from '../core/errors.js';
import { describeGitHubError } from '../github/errors.js';
import type { DeploymentState } from '../core/ports.js';
import { isActiveState } from '../core/rollback-target.js';
import { exitCodeOf } from '../core/state.js';
import { readContext } from './context.js';
import { route } from './events.js';
import { readInputs } from './inputs.js';

/** Saved for the post step: deployments still `in_progress` (kept in step with session.ts). */
const OPEN_DEPLOYMENTS_STATE = 'open-deployments';

/** Grace after a cancellation before the process leaves whatever it is doing. */
const CANCEL_GRACE_MS = 5000;

/** Runs the Action once; failures are reported with `core.setFailed`. */
export async function run(): Promise<void> {
  if (core.getState('isPost') === 'true') return post();
  core.saveState('isPost', 'true');
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`${signal} received: cancelling; open deployments are marked error`);
    controller.abort(new Error(`cancelled by ${signal}`));
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const ctx = readContext(process.env);
    const payload: unknown = ctx.eventPath ? JSON.parse(readFileSync(ctx.eventPath, 'utf8')) : {};
    const decision = route(ctx.eventName, payload);
    if (decision.kind === 'refuse') {
      core.error(decision.reason);
      process.exitCode = 1;
      return;
    }
    // Every input is validated before anything else happens, whatever the event.
    const { token, settings, secrets } = readInputs();
    if (decision.kind === 'fail') throw new Error(decision.reason);
    if (decision.kind === 'skip') {
      core.notice(decision.reason);
      core.setOutput('status', 'skipped');
      return;
    }
    // What a path does not need is not loaded: the GitHub client, the engine and remark come in
    // only once the event asks for work (a run with nothing to do starts in a few ms).
    const { chatOps, manualRollback, pushLane, statusReport } = await import('./operations.js');
    const { Session } = await import('./session.js');
    const session = new Session(ctx, token, settings, controller.signal, secrets);
    session.defaultBranch = defaultBranchOf(payload);
    let result;
    switch (decision.kind) {
      case 'lane':
        if (decision.warning) core.warning(decision.warning);
        result = await pushLane(session, decision);
        break;
      case 'rollback':
        result = await manualRollback(session, decision.hotfix);
        break;
      case 'status':
        await statusReport(session, decision.hotfix, decision.pr);
        break;
      case 'chatops':
        result = await chatOps(session, decision);
        break;
    }
    core.debug(`GitHub requests: ${session.requests.length}`);
    if (result && exitCodeOf(result.status) !== 0) {
      const manualOk = decision.kind !== 'lane' && result.status === 'rolled-back';
      if (!manualOk)
        core.setFailed(
          `hotfix ${result.state.hotfix.padded}: ${result.status}. ${result.state.message ?? ''}`.trim(),
        );
    }
  } catch (error) {
    const message = describeGitHubError(error) ?? getErrorMessage(error);
    core.setFailed(controller.signal.aborted ? `cancelled: ${message}` : message);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** The post step: a main step killed outright may have left a deployment `in_progress`. */
async function post(): Promise<void> {
  let open: number[] = [];
  try {
    open = JSON.parse(core.getState(OPEN_DEPLOYMENTS_STATE) || '[]') as number[];
  } catch {
    return;
  }
  if (open.length === 0) return;
  try {
    const ctx = readContext(process.env);
    const { createGitHub } = await import('../github/octokit.js');
    const gh = createGitHub({
      token: core.getInput('github-token'),
      baseUrl: ctx.apiUrl,
      warn: (m) => core.warning(m),
    });
    for (const id of open) {
      const { data } = await gh.request(
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        {
          ...ctx.repo,
          deployment_id: id,
          per_page: 1,
        },
      );
      const state = data[0]?.state;
      if (state && !isActiveState(state as DeploymentState)) continue;
      await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...ctx.repo,
        deployment_id: id,
        state: 'error',
        description: 'Cancelled: the job was stopped before the lane finished',
        log_url: ctx.runUrl,
        auto_inactive: false,
      });
      core.warning(`deployment ${id} was left in_progress by the main step: marked error`);
    }
  } catch (error) {
    core.warning(`post step: ${getErrorMessage(error)}`);
  }
}

/** `repository.default_branch` of an event payload, if present. */
function defaultBranchOf(payload: unknown): string | undefined {
  const repository = (payload as { repository?: { default_branch?: unknown } } | null)?.repository;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}
