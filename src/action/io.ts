/**
 * The runner protocol, without @actions/core: workflow commands on stdout (`::notice::`, ...) and
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), as GitHub documents them.
 *
 * Why not @actions/core: importing it loads an HTTP client (undici) for OIDC that this action
 * never uses, and that alone doubles the start-up of a run that has nothing to do.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { neutralizeCommands } from '../core/mentions.js';

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** A file command's `name<<delimiter` block, with a delimiter the value cannot contain. */
export function fileCommandBlock(name: string, value: string): string {
  // globalThis.crypto is loaded on first use: a run with nothing to write does not pay for it.
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`unexpected delimiter in ${name}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** The value of input `name` as the runner passes it (`INPUT_<NAME>`), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Sets an output. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, fileCommandBlock(name, value));
  else process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`);
}

/** Saves state for the post step. */
export function saveState(name: string, value: string): void {
  const file = process.env.GITHUB_STATE;
  if (file) appendFileSync(file, fileCommandBlock(name, value));
  else command(`save-state name=${name}`, value);
}

/** State saved by the main step (`STATE_<name>`). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Masks a secret in every later log line. */
export function setSecret(secret: string): void {
  command('add-mask', secret);
}

/** A plain log line; a line of it that would start a workflow command (`::`) is made inert. */
export function info(message: string): void {
  process.stdout.write(`${neutralizeCommands(message)}${EOL}`);
}

/** A debug line (shown when step debugging is on). */
export function debug(message: string): void {
  command('debug', message);
}

/** A notice annotation. */
export function notice(message: string): void {
  command('notice', message);
}

/** A warning annotation. */
export function warning(message: string): void {
  command('warning', message);
}

/** An error annotation. */
export function error(message: string): void {
  command('error', message);
}

/** Fails the step: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Opens a collapsible group in the log. */
export function startGroup(name: string): void {
  command('group', name);
}

/** Closes the group. */
export function endGroup(): void {
  process.stdout.write(`::endgroup::${EOL}`);
}

/** Appends markdown to the job summary. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}${EOL}`);
}
