/**
 * The Action's `run()`: route the event, validate the inputs, run the lane.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { getErrorMessage } from '../core/errors.js';
import { route } from './events.js';
import { readInputs } from './inputs.js';

/** Runs the Action once; failures are reported with `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const eventPath = process.env.GITHUB_EVENT_PATH;
    const payload: unknown = eventPath ? JSON.parse(await readFile(eventPath, 'utf8')) : {};
    const decision = route(eventName, payload);
    if (decision.kind === 'refuse') {
      core.error(decision.reason);
      core.setFailed(decision.reason);
      return;
    }
    // Inputs are validated before anything else happens, whatever the event.
    readInputs();
    if (decision.kind === 'skip') {
      core.notice(decision.reason);
      core.setOutput('status', 'skipped');
      return;
    }
    if (decision.kind === 'unsupported') {
      core.setFailed(
        `${decision.reason}; the GitHub face (deployments, PR comment, dispatch) is not built yet`,
      );
      return;
    }
    core.setOutput('hotfix-number', decision.hotfix.padded);
    core.setOutput('hotfix-slug', decision.hotfix.slug);
    core.setFailed(
      `hotfix ${decision.hotfix.padded}: the GitHub deployments face is not built yet; run the lane locally with npx hotfix run meanwhile`,
    );
  } catch (error) {
    core.setFailed(getErrorMessage(error));
  }
}
