/**
 * The record of one lane run: its state (steps, deployments, samples), the spec's journal, the
 * deployments it opened, and the commands it runs with their HOTFIX_* environment. The lane's
 * steps (lane.ts), the rollback ladder and the environment wait all write through it, so that
 * whatever way a run ends, nothing is left `in_progress` and the spec says what happened.
 */
import { DEFAULT_RECORD_WAIT_MS, within } from './deadline.js';
import { formatDuration } from './duration.js';
import { getErrorMessage } from './errors.js';
import { Journal } from './journal.js';
import type { LanePlan } from './plan.js';
import {
  NOTIFY_EVENTS,
  type CommandSpec,
  type DeploymentRecord,
  type LaneInput,
  type LanePorts,
  type LaneResult,
  type NewDeployment,
  type NotifyEvent,
} from './ports.js';
import type { LaneSettings } from './settings.js';
import type { SpecStatus } from './spec.js';
import {
  exitCodeOf,
  stepOf,
  type LaneState,
  type LaneStatus,
  type StepName,
  type StepState,
} from './state.js';
import type { TaskId } from './tasks.js';

/** The task of every deployment the lane makes. */
export const DEPLOY_TASK = 'deploy:hotfix';

/** One run's state, journal and open deployments, and how it writes them. */
export class LaneRecord {
  /** Deployments this run created that have no final status yet. */
  private readonly open = new Set<DeploymentRecord['id']>();
  /** The last status write of each deployment: the next one goes after it, in order. */
  private readonly statusChain = new Map<DeploymentRecord['id'], Promise<unknown>>();
  /** Records started in the background (while watching), settled before the run ends. */
  private readonly background = new Set<Promise<unknown>>();
  /** The deployment a manual rollback replaces. */
  replaces: DeploymentRecord['id'] | undefined;
  readonly journal: Journal;

  constructor(
    readonly input: LaneInput,
    readonly plan: LanePlan,
    readonly state: LaneState,
    specText: string,
    tasksText: string,
  ) {
    this.journal = new Journal(
      input.ports.files,
      state.specPath,
      state.tasksPath,
      specText,
      tasksText,
      !input.settings.dryRun,
    );
  }

  get ports(): LanePorts {
    return this.input.ports;
  }

  get settings(): LaneSettings {
    return this.input.settings;
  }

  /** Creates a deployment, open until it gets a final status. */
  async createDeployment(deployment: NewDeployment): Promise<DeploymentRecord> {
    const created = await this.ports.store.create(deployment);
    this.open.add(created.id);
    return created;
  }

  /**
   * A record that must not stop the run (README, "The rollback never waits on GitHub"): often
   * started beside the work and awaited later; a failure is a warning, never a stop.
   */
  beside<T>(work: Promise<T>, what: string): Promise<T | undefined> {
    return this.bounded(work, what).catch((error: unknown) => {
      this.ports.reporter.warn(`Could not ${what}: ${getErrorMessage(error)}`);
      return undefined;
    });
  }

  /**
   * `work`, or `undefined` with a warning once the record wait is up and it has not answered:
   * a store that never answers never holds the run (README, "The rollback never waits on
   * GitHub"). A failure is passed on. The wait is real time, whatever the lane's clock.
   */
  bounded<T>(work: Promise<T>, what: string): Promise<T | undefined> {
    const waitMs = this.input.recordWaitMs ?? DEFAULT_RECORD_WAIT_MS;
    return within(work, waitMs, () => {
      this.ports.reporter.warn(
        `Could not ${what}: no answer within ${formatDuration(waitMs)}; the run goes on without it (it may still land later)`,
      );
      return undefined;
    });
  }

  /**
   * A record the lane does not wait for at all (while it watches, each sample's news): started
   * now, a failure is a warning, and the run's end waits for it within the record wait.
   */
  inBackground(work: Promise<unknown>, what: string): void {
    const done = work
      .catch((error: unknown) => {
        this.ports.reporter.warn(`Could not ${what}: ${getErrorMessage(error)}`);
      })
      .finally(() => this.background.delete(done));
    this.background.add(done);
  }

  /** The events already sent, and the sends still in flight. */
  private readonly notified = new Set<NotifyEvent>();
  private readonly notifying = new Set<Promise<void>>();

  /**
   * Tells people (README, "Keeping people informed"): each event once per run, never in a dry
   * run, never waited for by the lane (the run's end waits for the sends, within the record
   * wait).
   */
  notify(event: NotifyEvent, what: string): void {
    const { notifier } = this.ports;
    if (!notifier || this.settings.dryRun || this.notified.has(event)) return;
    this.notified.add(event);
    const { hotfix } = this.input;
    let line = `Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} ${event} in ${this.state.environment}: ${what}`;
    const mentions = this.settings.escalationMentions.filter((m) => !line.includes(m));
    if (event === 'escalated' && mentions.length > 0) line += ` ${mentions.join(' ')}`;
    const sent = notifier
      .notify({
        event,
        status: this.state.status,
        text: line.replace(/\s+/g, ' ').slice(0, 1000),
        number: hotfix.padded,
        environment: this.state.environment,
        sha: this.state.sha,
      })
      .catch((error: unknown) => {
        this.ports.reporter.warn(
          `Could not send the ${event} notification: ${getErrorMessage(error)}`,
        );
      })
      .finally(() => this.notifying.delete(sent));
    this.notifying.add(sent);
  }

  /** Waits (within the record wait) for what was started in the background. */
  async settleBackground(): Promise<void> {
    if (this.background.size === 0) return;
    await this.bounded(
      Promise.all([...this.background]),
      'finish the records started while watching',
    );
  }

  /** A command a dry run would run: kept for the report and printed with its environment. */
  plannedCommand(label: string, command: string, env: Record<string, string>): void {
    this.state.plannedCommands.push({ label, command, env });
    const vars = Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    this.progress(`[dry-run] ${label}: ${command}\n          with ${vars}`);
  }

  /**
   * The payload of a deployment the lane makes (README, "Deployments and your job's
   * environment:").
   */
  payload(rollbackTarget: string | null) {
    const { hotfix } = this.input;
    return {
      hotfix: hotfix.padded,
      slug: hotfix.slug,
      spec: this.state.specPath,
      rollbackTarget,
      branch: this.input.branch,
      ...(this.settings.skipTests ? { skipTests: this.settings.skipTests } : {}),
      ...(this.settings.allowNoRollback && rollbackTarget === null
        ? { allowNoRollback: this.settings.allowNoRollback }
        : {}),
      ...(this.state.allowDiverged ? { allowDiverged: this.state.allowDiverged } : {}),
    };
  }

  /** The environment of a rollback command: `HOTFIX_*` for the target, `HOTFIX_ROLLBACK=1`. */
  rollbackEnv(target: string, deploymentId: DeploymentRecord['id']): Record<string, string> {
    return { ...this.commandEnv(target, deploymentId), HOTFIX_ROLLBACK: '1' };
  }

  /** The `HOTFIX_*` environment of a user command: the only way run data reaches it. */
  commandEnv(ref: string, deploymentId?: DeploymentRecord['id']): Record<string, string> {
    const { hotfix } = this.input;
    return {
      HOTFIX_NUMBER: hotfix.padded,
      HOTFIX_SLUG: hotfix.slug,
      HOTFIX_REF: ref,
      HOTFIX_ENVIRONMENT: this.plan.environment,
      HOTFIX_DEPLOYMENT_ID: deploymentId === undefined ? '' : String(deploymentId),
      HOTFIX_SPEC: this.state.specPath,
    };
  }

  /** Runs a user command; says whether it passed and why not. A cancelled run throws. */
  async command(
    label: string,
    command: string,
    env: Record<string, string>,
    timeoutMs: number,
  ): Promise<{ ok: boolean; detail: string }> {
    const spec: CommandSpec = { label, command, env, timeoutMs };
    this.progress(`$ ${command}`);
    const result = await this.ports.runner.run(spec, this.input.signal);
    if (this.input.signal?.aborted) throw this.input.signal.reason ?? new Error('cancelled');
    if (result.timedOut)
      return { ok: false, detail: `timed out after ${formatDuration(timeoutMs)}` };
    if (result.exitCode !== 0)
      return { ok: false, detail: `exited with ${result.exitCode ?? 'a signal'}` };
    return { ok: true, detail: `passed in ${formatDuration(result.durationMs)}` };
  }

  /** Sets a deployment's status; a final one closes it. */
  async deploymentStatus(
    id: DeploymentRecord['id'],
    state: 'in_progress' | 'success' | 'failure' | 'error',
    description: string,
  ) {
    // A deployment's statuses land in the order they were decided: each one after the last
    // write of the same deployment has answered (or failed).
    const previous = this.statusChain.get(id) ?? Promise.resolve();
    const write = previous
      .catch(() => undefined)
      .then(() =>
        this.ports.store.setStatus(id, state, description, {
          environmentUrl: this.settings.environmentUrl,
          logUrl: this.input.logUrl,
        }),
      );
    this.statusChain.set(id, write);
    await write;
    if (state !== 'in_progress') this.open.delete(id);
    for (const ref of [this.state.deployment, this.state.rollback]) {
      if (ref && ref.id === id) ref.state = state;
    }
  }

  /** Never leave a deployment `in_progress`: on any exit, mark what is still open `error`. */
  async closeOpenDeployments(): Promise<void> {
    const cancelled = this.input.signal?.aborted === true;
    const description = cancelled
      ? 'Cancelled: the run was stopped'
      : 'The run ended with an error before this deployment finished';
    await Promise.all(
      [...this.open].map((id) =>
        this.beside(
          this.deploymentStatus(id, 'error', description),
          `mark deployment ${id} as error`,
        ),
      ),
    );
    if (this.state.status === 'running') {
      this.state.endedAt = this.ports.clock.now();
      this.event(cancelled ? 'Run cancelled' : 'Run ended with an error');
      // Nothing is testing, deploying or watching any more: the hotfix is open for a human.
      this.setStatus('Active');
      await this.beside(
        this.journal.commit(`hotfix ${this.input.hotfix.padded}: run stopped`),
        `save ${this.state.specPath}`,
      );
    }
  }

  /** Ends the run: pending steps skipped, the journal committed, the report published. */
  async finish(status: LaneStatus, message: string): Promise<LaneResult> {
    this.state.status = status;
    this.state.message = message;
    this.state.endedAt = this.ports.clock.now();
    for (const step of this.state.steps) {
      if (step.state === 'pending') step.state = 'skipped';
    }
    this.event(`Finished: ${status}. ${message}`);
    if ((NOTIFY_EVENTS as readonly string[]).includes(status))
      this.notify(status as NotifyEvent, message);
    await this.settleBackground();
    // What the state says is final: the face's own end may start beside the last writes.
    this.input.onEnd?.(this.state);
    // The end of a run always happens (README, "Concurrency in an incident"): a commit that
    // fails (the branch deleted after the merge, GitHub down) or a comment that cannot be
    // written is a warning, and the outputs, summary and follow-ups still follow. The commit
    // and the report do not wait for each other.
    await Promise.all([
      this.beside(
        this.journal.commit(`hotfix ${this.input.hotfix.padded}: ${status}`),
        `commit ${this.state.specPath} and ${this.state.tasksPath} to ${this.input.branch} (the outputs, the report and the follow-up issues are written all the same)`,
      ),
      this.beside(this.publish(), 'publish the report'),
      this.bounded(Promise.all([...this.notifying]), 'send the notifications'),
    ]);
    return { status, exitCode: exitCodeOf(status), state: this.state };
  }

  /** Moves a step to a state, with its times, and opens a log section when it starts. */
  step(name: StepName, state: StepState, detail?: string): void {
    const step = stepOf(this.state, name);
    const now = this.ports.clock.now();
    if (state === 'running') {
      step.startedAt = now;
      this.ports.reporter.section?.(name);
    } else if (step.startedAt !== undefined || state !== 'skipped') {
      step.startedAt ??= now;
      step.endedAt = now;
    }
    step.state = state;
    if (detail !== undefined) step.detail = detail;
  }

  /** Sets the spec's `**Status**:`. */
  setStatus(status: SpecStatus): void {
    this.journal.setStatus(status);
  }

  /** Ticks a task's box in tasks.md. */
  tick(id: TaskId): void {
    this.journal.tick(id);
  }

  /** A Timeline event, also logged. */
  event(text: string): void {
    this.journal.note(this.ports.clock.now(), text);
    this.progress(text);
  }

  /** A log line. */
  progress(message: string): void {
    this.ports.reporter.progress(message);
  }

  /** Publishes the state (the sticky comment, the job summary). */
  async publish(): Promise<void> {
    await this.ports.reporter.publish(this.state);
  }
}

/** A SHA shortened for humans; anything else as it is. */
export function short(sha: string): string {
  return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}

/** Sample values for a log line: `error_rate=0.500 latency_p95_ms=120`. */
export function formatValues(values: Record<string, number>): string {
  const entries = Object.entries(values);
  if (entries.length === 0) return 'no values';
  return entries.map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(3)}`).join(' ');
}
