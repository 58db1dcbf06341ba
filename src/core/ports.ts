/**
 * The small interfaces the lane runs over. The Action and the CLI each plug real parts in;
 * tests plug in fakes or real local servers.
 */
import type { HotfixId } from './branch.js';
import type { RunContext } from './plan.js';
import type { LaneSettings } from './settings.js';
import type { LaneState, LaneStatus } from './state.js';
import type { Threshold } from './thresholds.js';

/** Time and sleeping, so the monitor is testable with a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A user command (test, deploy, rollback, maintenance) to run. */
export interface CommandSpec {
  /** What the log calls it, e.g. `deploy`. */
  label: string;
  /** The command string, from the workflow's inputs or the spec only: run with `bash -c`. */
  command: string;
  /** Extra environment (`HOTFIX_*`). Untrusted values travel here, never in `command`. */
  env: Record<string, string>;
  /** Killed (with its children) after this long. */
  timeoutMs: number;
  /**
   * Keep standard output (up to 1 MB) in the result instead of writing it to the log (a monitor
   * command's JSON); standard error is still written.
   */
  captureStdout?: boolean;
}

/** How a command ended. */
export interface CommandResult {
  exitCode: number | null;
  timedOut: boolean;
  /** The last lines of its output, for reports. */
  tail: string;
  durationMs: number;
  /** Standard output, when the spec asked to capture it. */
  stdout?: string;
}

/** Runs user commands; output is streamed to the log as it comes. */
export interface CommandRunner {
  run(spec: CommandSpec, signal?: AbortSignal): Promise<CommandResult>;
}

/** The states of a deployment status (GitHub's words). */
export type DeploymentState =
  'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

/**
 * The payload every deployment of the lane carries (README, "Deployments and your job's
 * environment:").
 */
export interface DeploymentPayload {
  hotfix: string;
  slug: string;
  spec: string;
  rollbackTarget: string | null;
  /** The hotfix's branch as pushed (`hotfix/7-db`), so a manual rollback finds it again. */
  branch?: string;
  /** Set on a rollback deployment: the deployment it replaces. */
  rollbackOf?: string | number;
  /** The written justification when the gate was skipped. */
  skipTests?: string;
  /** Why it was deployed without a rollback target (`allow-no-rollback`). */
  allowNoRollback?: string;
  /** Why it was deployed although it is behind or diverged from what runs (`allow-diverged`). */
  allowDiverged?: string;
}

/** A deployment as the lane sees it, with its latest status. */
export interface DeploymentRecord {
  id: string | number;
  environment: string;
  ref: string;
  task: string;
  payload: Partial<DeploymentPayload>;
  createdAt: string;
  /** Latest status, `undefined` when none was set. */
  state?: DeploymentState;
  description?: string;
  url?: string;
}

/** What a new deployment is created with. */
export interface NewDeployment {
  environment: string;
  ref: string;
  task: string;
  payload: DeploymentPayload;
  description: string;
}

/** Where deployments and their statuses live: GitHub, or `.specswarm/deployments.json`. */
export interface DeploymentStore {
  /**
   * The environment's deployments, newest first, each with its latest status; every
   * environment's when `environment` is undefined; those of each named when it is a list.
   */
  list(environment?: string | readonly string[]): Promise<DeploymentRecord[]>;
  /**
   * Before a deploy: the rollback target (README, "Deployments and your job's environment:": the
   * newest deployment whose latest status is `success` and which is not of this hotfix, neither
   * its payload's hotfix nor its SHA), and another hotfix's deployment still running, if any. A
   * store may stop at the target instead of loading every status.
   */
  scan(environment: string, exclude: { hotfix: string; sha: string }): Promise<DeploymentScan>;
  /**
   * A deployment of `environment` whose payload says it rolls back `id` (a manual rollback made
   * while the lane watches), if any. Cheap: read before every sample. A store without it is
   * read through `list`.
   */
  findRollbackOf?(
    environment: string,
    id: DeploymentRecord['id'],
  ): Promise<DeploymentRecord | undefined>;
  create(input: NewDeployment): Promise<DeploymentRecord>;
  setStatus(
    id: DeploymentRecord['id'],
    state: DeploymentState,
    description: string,
    extra?: { environmentUrl?: string; logUrl?: string },
  ): Promise<void>;
}

/** One sample's values by metric key; throws when the source failed. */
export interface MetricSource {
  /** A short name for reports, e.g. `http-probe`. */
  name: string;
  sample(signal?: AbortSignal): Promise<Record<string, number>>;
}

/** Where the hotfix's files live: the work tree, or the branch through the GitHub API. */
export interface SpecFiles {
  read(path: string): Promise<string | undefined>;
  write(path: string, content: string): Promise<void>;
  /** Makes what was written durable: once, at the end of a run (the Action's one bookkeeping
   * commit; nothing locally). */
  flush(message: string): Promise<void>;
}

/** Where progress and the report go: the log, the job summary, the sticky comment. */
export interface Reporter {
  /** One line of progress for a human watching. */
  progress(message: string): void;
  /** A warning that does not stop the lane. */
  warn(message: string): void;
  /** A step starts: where the log has sections (the Action's `core.group`), open one. */
  section?(title: string): void;
  /** The lane's state changed: re-render the report wherever it lives. */
  publish(state: import('./state.js').LaneState): Promise<void>;
}

/** What the lane learns from an environment's deployments before it deploys. */
export interface DeploymentScan {
  /** The rollback target (README, "Deployments and your job's environment:"). */
  target?: DeploymentRecord;
  /** Another hotfix's deployment that is still running (newer than the target). */
  active?: DeploymentRecord;
  /** Why there is no target although there may be one further back (the scan stopped). */
  note?: string;
  /**
   * Commits known to be in the hotfix's history (the store may learn its newest ones with the
   * scan): a target among them needs no further question.
   */
  ancestors?: ReadonlySet<string>;
}

/**
 * How the hotfix's SHA stands to the SHA the environment runs (README, "Never roll production
 * back by accident"): `ahead` or `identical` keep everything that shipped; `behind` and
 * `diverged` would take some of it away.
 */
export type CommitRelation = 'ahead' | 'identical' | 'behind' | 'diverged';

/** Answers how two commits relate (GitHub's compare API; `git merge-base` for the CLI). */
export interface CommitHistory {
  relation(running: string, hotfix: string): Promise<CommitRelation>;
}

/** The events people are told of (README, "Keeping people informed"), each once per run. */
export const NOTIFY_EVENTS = [
  'deploying',
  'breached',
  'rolled-back',
  'escalated',
  'resolved',
  'gate-failed',
  'blocked',
  'deploy-failed',
  'inconclusive',
] as const;
/** One of {@link NOTIFY_EVENTS}. */
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

/** What a notification says. */
export interface Notification {
  event: NotifyEvent;
  /** The lane's status when it was sent (`running` before the end). */
  status: string;
  /** One line for humans. */
  text: string;
  /** The hotfix number, padded (`042`). */
  number: string;
  environment: string;
  sha: string;
}

/** Tells people what the lane does; never throws (a failure is the notifier's own warning). */
export interface Notifier {
  notify(notification: Notification): Promise<void>;
}

/** The parts the lane runs on. */
export interface LanePorts {
  clock: Clock;
  runner: CommandRunner;
  store: DeploymentStore;
  files: SpecFiles;
  reporter: Reporter;
  /**
   * Builds the metric source for the run's thresholds; `undefined` when nothing is watched. `env`
   * is the run's `HOTFIX_*` environment, which a monitor command gets like every other command.
   */
  sources: (
    thresholds: readonly Threshold[],
    env: Record<string, string>,
  ) => MetricSource | undefined;
  /** Where the lane's events go (`notify-webhook`); none: nobody is notified. */
  notifier?: Notifier;
  /** How the hotfix relates to what runs; none: the check is not made. */
  history?: CommitHistory;
}

/** One run of the lane. */
export interface LaneInput {
  hotfix: HotfixId;
  branch: string;
  /** The SHA to deploy. */
  sha: string;
  featuresDir: string;
  settings: LaneSettings;
  version: string;
  ports: LanePorts;
  logUrl?: string;
  signal?: AbortSignal;
  /** Where this run executes; `branch` (a push run) unless said (see {@link RunContext}). */
  context?: RunContext;
  /**
   * How long (real milliseconds) a record that must not stop the run is waited for before the
   * run goes on without it (default 60 s; README, "The rollback never waits on GitHub").
   */
  recordWaitMs?: number;
  /**
   * Called once, as soon as the run's status is final and before its last writes (the
   * bookkeeping commit, the report, the notifications): a face may start its own end beside them.
   */
  onEnd?: (state: LaneState) => void;
}

/** How a run ended. */
export interface LaneResult {
  status: LaneStatus;
  exitCode: number;
  state: LaneState;
}
