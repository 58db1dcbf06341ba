/**
 * The plan of one run: the workflow's inputs with the spec's values laid over them (README, "The
 * spec is executable": the spec replaces, it does not add), checked before anything is deployed.
 */
import { errorAt, quote, type Origin } from './errors.js';
import type { LaneSettings } from './settings.js';
import type { HotfixSpec } from './spec.js';
import { sameEnvironment } from './state.js';
import type { Threshold } from './thresholds.js';

/** The metrics the HTTP probe gives. */
export const PROBE_METRICS = [
  'error_rate',
  'latency_p95_ms',
  'latency_max_ms',
  'availability',
] as const;

/** A command with where it came from, for logs and errors. */
export interface PlannedCommand {
  command: string;
  from: string;
}

/** What this run will do. */
export interface LanePlan {
  environment: string;
  testCommands: PlannedCommand[];
  deployCommand?: string;
  rollbackCommand?: PlannedCommand;
  thresholds: Threshold[];
  thresholdsFrom: Origin;
  /** The spec's Rollback Plan, when this run may not execute it (a default-branch run). */
  ignoredSpecRollback?: PlannedCommand;
  /**
   * A Target naming several environments (README, "Environments in order"): the list in order,
   * where it was written, and the environment before this run's, which must have held the SHA.
   */
  order?: { names: string[]; from: string; before?: string };
  /** Why this run deploys nothing at all: its `environment` input is not in the Target list. */
  refused?: string;
}

/**
 * Where a run executes (README, "Trust boundaries"): `branch`, a push run of the hotfix branch,
 * where the spec's commands and Target are in force; `default-branch`, a dispatch or chat-ops
 * run, which executes with the default branch's secrets: there a command read from a branch is
 * never run, and the environment comes from the deployment records, not the spec.
 */
export type RunContext = 'branch' | 'default-branch';

/** Lays the spec over the settings and checks that every threshold has a source. */
export function planLane(
  settings: LaneSettings,
  spec: HotfixSpec,
  specPath: string,
  context: RunContext = 'branch',
): LanePlan {
  const fromSpec = (line: number) => `${specPath}:${line}`;
  const trusted = context === 'branch';
  const testCommands =
    trusted && spec.testCommands.length > 0
      ? spec.testCommands.map((c) => ({ command: c.command, from: fromSpec(c.line) }))
      : settings.testCommands.map((command) => ({ command, from: 'input test-command' }));
  const rollbackCommand =
    trusted && spec.rollbackCommand
      ? { command: spec.rollbackCommand.command, from: fromSpec(spec.rollbackCommand.line) }
      : settings.rollbackCommand
        ? { command: settings.rollbackCommand, from: 'input rollback-command' }
        : settings.deployCommand
          ? { command: settings.deployCommand, from: 'input deploy-command' }
          : undefined;
  const specThresholds = spec.thresholds.length > 0;
  const plan: LanePlan = {
    environment: (trusted ? spec.target : undefined) ?? settings.environment,
    testCommands,
    deployCommand: settings.deployCommand,
    rollbackCommand,
    thresholds: specThresholds ? spec.thresholds : settings.thresholds,
    thresholdsFrom: specThresholds ? { file: specPath } : { input: 'thresholds' },
  };
  if (!trusted && spec.rollbackCommand)
    plan.ignoredSpecRollback = {
      command: spec.rollbackCommand.command,
      from: fromSpec(spec.rollbackCommand.line),
    };
  if (trusted && spec.targets) inOrder(plan, spec.targets, fromSpec(spec.targets.line));
  checkSources(plan, settings);
  return plan;
}

/**
 * A Target list (README, "Environments in order"): the `environment` input picks this run's
 * environment from it (spelt as the spec spells it), and must be in it.
 */
function inOrder(plan: LanePlan, targets: { names: string[] }, from: string): void {
  const { names } = targets;
  const index = names.findIndex((n) => sameEnvironment(n, plan.environment));
  plan.order = { names, from };
  if (index < 0) {
    plan.refused = `${from}: the environment input is ${quote(plan.environment)}, which the spec's Target (${names.join(', ')}) does not name. Set the job's environment input to one of them (usually the job's own environment:), or add it to Target in its place in the order`;
    return;
  }
  plan.environment = names[index]!;
  if (index > 0) plan.order.before = names[index - 1];
}

function checkSources(plan: LanePlan, settings: LaneSettings): void {
  for (const t of plan.thresholds) {
    const where = plan.thresholdsFrom;
    if (t.promql && !settings.prometheusUrl) {
      throw errorAt(
        where,
        `threshold "${t.source}" is a PromQL query but prometheus-url is empty; set prometheus-url`,
      );
    }
    if (t.promql || settings.monitorCommand) continue;
    const probeMetric = (PROBE_METRICS as readonly string[]).includes(t.metric);
    if (probeMetric && settings.probeUrls.length === 0) {
      throw errorAt(
        where,
        `threshold "${t.source}" needs the HTTP probe but probe-url is empty; set probe-url`,
      );
    }
    if (!probeMetric) {
      throw errorAt(
        where,
        `threshold "${t.source}": no source gives "${t.metric}" (the probe gives ${PROBE_METRICS.join(', ')}); ` +
          'set monitor-command to a command that prints it, or use a PromQL query in backticks',
      );
    }
  }
}
