/**
 * The Action's inputs: the only place that calls `core.getInput`. Everything is validated into
 * one typed object before any side effect.
 */
import * as core from './io.js';
import { parseSettings, type LaneSettings } from '../core/settings.js';

/** The validated inputs of the Action. */
export interface ActionInputs {
  token: string;
  settings: LaneSettings;
}

/** Reads and validates every input of action.yml. Throws an InputError naming the first bad one. */
export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const settings = parseSettings((name) => core.getInput(name));
  return { token, settings };
}
