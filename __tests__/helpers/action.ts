/**
 * Runs the built Action (`node dist/index.js`) as the runner does: a child process with the
 * runner's environment, a real event payload (from @octokit/webhooks-examples) in
 * GITHUB_EVENT_PATH, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, INPUT_* named as
 * the runner names them, and GITHUB_API_URL pointing at the local emulator.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { GitHubEmulator } from './github-emulator.js';

const ACTION = path.resolve(import.meta.dirname, '../../dist/index.js');
const ACTION_YML = path.resolve(import.meta.dirname, '../../action.yml');

const require = createRequire(import.meta.url);
type Example = Record<string, unknown> & { action?: string };
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Example[] }[];

/** A real example payload of GitHub's, deep-copied, with the repository set to the emulator's. */
export function examplePayload(event: string, pick: (e: Example) => boolean = () => true): Example {
  const found = examples.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
}

/** The defaults of action.yml, as the runner passes them when the workflow leaves them out. */
function defaults(): Record<string, string> {
  const inputs = parse(readFileSync(ACTION_YML, 'utf8')).inputs as Record<
    string,
    { default?: string }
  >;
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v.default ?? '')]));
}

/** What a run left behind. */
export interface ActionRun {
  code: number | null;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

/** Reads the `name<<delimiter` file format of GITHUB_OUTPUT and GITHUB_STATE. */
function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i += 1) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Runs `node dist/index.js` for one event. */
export async function runAction(options: {
  emulator: GitHubEmulator;
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  runAttempt?: number;
  /** STATE_* values, to run the post step. */
  state?: Record<string, string>;
  onSpawn?: (pid: number) => void;
  env?: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-runner-'));
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary'),
    state: path.join(dir, 'state'),
  };
  await writeFile(files.event, JSON.stringify(options.payload));
  for (const f of [files.output, files.summary, files.state]) await writeFile(f, '');
  const inputs = { ...defaults(), 'github-token': options.emulator.token, ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: `${options.emulator.owner}/${options.emulator.repo}`,
    GITHUB_API_URL: options.emulator.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // The runner upper-cases the name and turns spaces into underscores; hyphens stay.
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    if (child.pid) options.onSpawn?.(child.pid);
    child.on('close', async (code) => {
      resolve({
        code,
        log,
        outputs: parseCommandFile(await readFile(files.output, 'utf8')),
        summary: await readFile(files.summary, 'utf8'),
        state: parseCommandFile(await readFile(files.state, 'utf8')),
      });
    });
  });
}

/**
 * Everything a run wrote where people read it: comments, issues, deployments with their
 * statuses and payloads, the job summary and every commit's patch. A secret must be in none.
 */
export function everythingWritten(emulator: GitHubEmulator, run: ActionRun): string[] {
  return [
    ...emulator.comments.map((c) => c.body),
    ...emulator.issues.map((i) => `${i.title}\n${i.body}`),
    ...emulator.deployments.map((d) => JSON.stringify(d)),
    run.summary,
    emulator.git(['log', '-p', '--all']),
  ];
}
