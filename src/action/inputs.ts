/**
 * The Action's inputs: the only place that calls `core.getInput`. Everything is validated into
 * one typed object before any side effect.
 */
import * as core from './io.js';
import { parseSettings, type LaneSettings } from '../core/settings.js';
import { monitorSecrets } from '../sources/endpoint.js';

/** The validated inputs of the Action. */
export interface ActionInputs {
  token: string;
  settings: LaneSettings;
  /** Every value never to be printed: the token, passwords in URLs, monitor-headers values. */
  secrets: string[];
}

/** Reads and validates every input of action.yml. Throws an InputError naming the first bad one. */
export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const settings = parseSettings((name) => core.getInput(name));
  const monitor = monitorSecrets(settings);
  for (const secret of monitor) core.setSecret(secret);
  return { token, settings, secrets: [token, ...monitor].filter((s) => s !== '') };
}
