/**
 * The CLI's commands over the engine: start, run, rollback, status, migrate.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHotfixBranch, parseHotfixNumber, type HotfixId } from '../core/branch.js';
import { formatDuration } from '../core/duration.js';
import { environmentsReached, isInEnvironments } from '../core/environments.js';
import { InputError } from '../core/errors.js';
import { hotfixPaths } from '../core/features.js';
import { runLane, runManualRollback, type LaneResult } from '../core/lane.js';
import type { LanePorts, Reporter } from '../core/ports.js';
import { renderReport } from '../core/report.js';
import { manualRollbackSubject } from '../core/manual-subject.js';
import { parseSettings, type RawInputs } from '../core/settings.js';
import { renderSpec } from '../core/spec.js';
import { renderTasks } from '../core/tasks.js';
import { fileDeploymentStore } from './file-store.js';
import { fsSpecFiles, writeFileAtomic } from '../node/fs-files.js';
import { gitHistory, repoState } from '../node/git.js';
import { featuresDirOf, legacyFeatureFolders, recordMetrics } from '../node/workspace.js';
import { monitorSecrets } from '../sources/endpoint.js';
import { VERSION } from '../version.js';
import { lanePorts } from '../wiring/lane-ports.js';

/** What every command gets. */
export interface CommandContext {
  cwd: string;
  inputs: RawInputs;
  positionals: string[];
  reporter: Reporter;
  stdout: (text: string) => void;
  signal?: AbortSignal;
}

/** `hotfix start <number>`: scaffolds hotfix.md and tasks.md, never overwriting. */
export async function startCommand(ctx: CommandContext): Promise<number> {
  const id = parseHotfixNumber(ctx.positionals[0] ?? '');
  if (!id)
    throw new InputError(
      'number',
      `found ${JSON.stringify(ctx.positionals[0] ?? '')}; expected a hotfix number such as 42 (hotfix start 42 --title "Login 500")`,
    );
  const settings = parseSettings(ctx.inputs);
  const { root, branch } = await repoState(ctx.cwd);
  const features = await featuresDirOf(root, settings.featuresDir);
  if (features.notice) ctx.reporter.warn(features.notice);
  const paths = hotfixPaths(features.dir, id.padded);
  const now = Date.now();
  for (const [file, render] of [
    [
      paths.spec,
      () =>
        renderSpec({
          id,
          title: settings.title,
          severity: settings.severity,
          summary: settings.summary,
          environment: settings.environment,
          branch,
          createdAt: now,
          version: VERSION,
        }),
    ],
    [
      paths.tasks,
      () =>
        renderTasks({
          id,
          createdAt: now,
          monitorDuration: formatDuration(settings.monitorDurationMs),
          rollbackPlan: 'see hotfix.md',
        }),
    ],
  ] as const) {
    const full = path.join(root, file);
    if (existsSync(full)) {
      ctx.reporter.progress(`kept ${file} (exists; never overwritten)`);
    } else {
      await writeFileAtomic(full, render());
      ctx.reporter.progress(`created ${file}`);
    }
  }
  ctx.stdout(
    `Hotfix ${id.padded} ready: edit ${paths.spec}, then push a branch hotfix/${id.padded}-<slug>\n`,
  );
  return 0;
}

/** `hotfix run`: the whole lane on the current branch. */
export async function runCommand(ctx: CommandContext): Promise<number> {
  const settings = parseSettings(ctx.inputs);
  const { root, branch, sha } = await repoState(ctx.cwd);
  const parsed = parseHotfixBranch(branch);
  if (!parsed.ok) {
    ctx.stdout(
      `${parsed.reason}\nNothing to do: check out a hotfix branch first (status: skipped).\n`,
    );
    return 0;
  }
  const result = await runLane(await laneInput(ctx, root, branch, sha, parsed.id, settings));
  return finishRun(ctx, root, result);
}

/** `hotfix rollback [--hotfix N]`: a manual rollback of the named hotfix or the current deployment. */
export async function rollbackCommand(ctx: CommandContext): Promise<number> {
  const settings = parseSettings(ctx.inputs);
  const { root, branch } = await repoState(ctx.cwd);
  const named = ctx.inputs('hotfix');
  let id: HotfixId | undefined;
  if (named) {
    id = parseHotfixNumber(named);
    if (!id)
      throw new InputError(
        'hotfix',
        `found ${JSON.stringify(named)}; expected a hotfix number such as 42`,
      );
  }
  const store = fileDeploymentStore(root);
  // The records say where the hotfix runs, whatever --environment says.
  const subject = manualRollbackSubject(
    await store.list(id ? undefined : settings.environment),
    id,
    settings.environment,
  );
  if (!subject) {
    throw new InputError(
      'hotfix',
      id
        ? `no deployment of hotfix ${id.padded} in .specswarm/deployments.json`
        : `no successful deployment in ${settings.environment} to roll back`,
    );
  }
  const result = await runManualRollback(
    await laneInput(ctx, root, branch, subject.record.ref, subject.hotfix, {
      ...settings,
      environment: subject.environment,
    }),
  );
  const code = await finishRun(ctx, root, result);
  // A rollback asked for and done is a success of this command.
  return result.status === 'rolled-back' ? 0 : code;
}

/** `hotfix status`: the environment's deployments and the hotfix's spec status. */
export async function statusCommand(ctx: CommandContext): Promise<number> {
  const settings = parseSettings(ctx.inputs);
  const { root, branch } = await repoState(ctx.cwd);
  // One read of the records: every environment's, for the hotfix of this branch.
  const all = await fileDeploymentStore(root).list();
  // On a hotfix branch: where that hotfix stands in every environment it reached (README,
  // "Environments in order").
  const current = parseHotfixBranch(branch);
  if (current.ok) {
    const reached = environmentsReached(all, current.id);
    if (reached.length > 0) {
      ctx.stdout(`Hotfix ${current.id.padded} in each environment it reached:\n`);
      for (const r of reached)
        ctx.stdout(
          `  ${r.environment.padEnd(14)} ${(r.status ?? '').padEnd(12)} ${r.ref?.slice(0, 7) ?? ''}\n`,
        );
      ctx.stdout('\n');
    }
  }
  const records = all.filter((r) => isInEnvironments(r.environment, settings.environment));
  if (records.length === 0) {
    ctx.stdout(
      `No deployments of ${settings.environment} recorded in .specswarm/deployments.json\n`,
    );
    return 0;
  }
  ctx.stdout(`Deployments of ${settings.environment}, newest first:\n`);
  for (const r of records) {
    const what =
      r.payload.rollbackOf !== undefined
        ? `rollback of hotfix ${r.payload.hotfix}`
        : r.payload.hotfix
          ? `hotfix ${r.payload.hotfix}`
          : 'deployment';
    ctx.stdout(
      `  #${r.id}  ${r.createdAt}  ${r.ref.slice(0, 7)}  ${(r.state ?? 'created').padEnd(11)} ${what}${r.description ? ` - ${r.description}` : ''}\n`,
    );
  }
  return 0;
}

/** `hotfix migrate`: moves legacy `features/NNN-*` to `.specswarm/features`, never overwriting. */
export async function migrateCommand(ctx: CommandContext): Promise<number> {
  const { root } = await repoState(ctx.cwd);
  const folders = await legacyFeatureFolders(root);
  if (folders.length === 0) {
    ctx.stdout('Nothing to migrate: features/ holds no NNN-* folders.\n');
    return 0;
  }
  const target = path.join(root, '.specswarm/features');
  const clashes = folders.filter((f) => existsSync(path.join(target, f)));
  if (clashes.length > 0) {
    throw new Error(
      `.specswarm/features already holds ${clashes.join(', ')}: merge those by hand, nothing was moved`,
    );
  }
  await mkdir(target, { recursive: true });
  for (const folder of folders) {
    await rename(path.join(root, 'features', folder), path.join(target, folder));
    ctx.reporter.progress(`moved features/${folder} -> .specswarm/features/${folder}`);
  }
  ctx.stdout(`Migrated ${folders.length} folder(s) to .specswarm/features\n`);
  return 0;
}

async function laneInput(
  ctx: CommandContext,
  root: string,
  branch: string,
  sha: string,
  hotfix: HotfixId,
  settings: ReturnType<typeof parseSettings>,
) {
  const features = await featuresDirOf(root, settings.featuresDir);
  if (features.notice) ctx.reporter.warn(features.notice);
  return {
    hotfix,
    branch,
    sha,
    featuresDir: features.dir,
    settings,
    version: VERSION,
    signal: ctx.signal,
    ports: localPorts(ctx, root, settings),
  };
}

/**
 * The lane's ports for a run on this machine: the file-backed store and the work tree of `root`,
 * this terminal for the log, git for the hotfix's history.
 */
export function localPorts(
  ctx: CommandContext,
  root: string,
  settings: ReturnType<typeof parseSettings>,
): LanePorts {
  return lanePorts({
    root,
    settings,
    store: fileDeploymentStore(root),
    files: fsSpecFiles(root),
    reporter: ctx.reporter,
    secrets: monitorSecrets(settings),
    link: pathToFileURL(root).href,
    history: gitHistory(root),
  });
}

async function finishRun(ctx: CommandContext, root: string, result: LaneResult): Promise<number> {
  if (!result.state.dryRun) await recordMetrics(root, result.state);
  ctx.stdout(`\n${renderReport(result.state)}\nstatus: ${result.status}\n`);
  return result.exitCode;
}
