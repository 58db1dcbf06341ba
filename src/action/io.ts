/**
 * The runner protocol, through @actions/core: inputs, outputs, state, secrets, annotations,
 * log groups and the job summary. Two things are the action's own: a plain log line that would
 * start a workflow command is made inert (README, "Trust boundaries"), and the job summary is
 * appended only when the runner gives one (a local run has none).
 */
import * as core from '@actions/core';
import { neutralizeCommands } from '../core/mentions.js';

export {
  debug,
  endGroup,
  error,
  getInput,
  getState,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning,
} from '@actions/core';

/** A plain log line; a line of it that would start a workflow command (`::`) is made inert. */
export function info(message: string): void {
  core.info(neutralizeCommands(message));
}

/** Appends markdown to the job summary, when the runner gives one. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
