/**
 * One lane run's world over the fakes: a clock, a store seeded with a good deployment, files in
 * memory, a reporter, a runner that answers by a rule, and metrics scripted by the seconds since
 * the deploy command ran. The unit tests of the lane and its word-for-word transcripts share it.
 */
import type { LaneInput } from '../../src/core/lane.js';
import type { CommandSpec, CommitHistory, Notification, Notifier } from '../../src/core/ports.js';
import { parseSettings } from '../../src/core/settings.js';
import {
  FakeClock,
  FakeRunner,
  MemoryFiles,
  MemoryReporter,
  MemoryStore,
  scriptedSource,
} from './fakes.js';

export const SHA = 'a'.repeat(40);
export const GOOD = 'b'.repeat(40);
export const SPEC = '.specswarm/features/042-hotfix/hotfix.md';
export const TASKS = '.specswarm/features/042-hotfix/tasks.md';

export interface LaneWorldOptions {
  /** The inputs by their input names (action.yml) (nothing is added to them). */
  inputs: Record<string, string>;
  /** Metric values by seconds since the deploy command ran (-1 before); an Error fails it. */
  metrics?: (secondsSinceDeploy: number) => Record<string, number> | Error;
  /**
   * Metric values by seconds since a rollback command succeeded; by default the service is
   * restored: the values from before the deploy (`metrics(-1)`).
   */
  afterRollback?: (secondsSinceRollback: number) => Record<string, number> | Error;
  /** How each command ends: an exit code, null (a signal) or 'timeout'. */
  exit?: (spec: CommandSpec, call: number) => number | null | 'timeout';
  /** Seed a successful deployment of GOOD (the rollback target); default true. */
  seedGood?: boolean;
  signal?: AbortSignal;
  /** Where notifications go; by default they are recorded in `notified`. */
  notifier?: Notifier;
  /** How the hotfix relates to what runs; none by default (no check). */
  history?: CommitHistory;
  /** The record wait (real ms) of the run. */
  recordWaitMs?: number;
  slug?: string;
  logUrl?: string;
}

export function laneWorld(options: LaneWorldOptions) {
  const clock = new FakeClock();
  const store = new MemoryStore(clock);
  if (options.seedGood !== false) store.seed({ ref: GOOD, state: 'success', payload: {} });
  const files = new MemoryFiles();
  const reporter = new MemoryReporter();
  let deployedAt: number | undefined;
  let rolledBackAt: number | undefined;
  const commandTimes: { label: string; at: number; env: Record<string, string> }[] = [];
  const runner = new FakeRunner((spec, call) => {
    commandTimes.push({ label: spec.label, at: clock.now(), env: spec.env });
    if (spec.label === 'deploy') deployedAt = clock.now();
    const exit = options.exit ? options.exit(spec, call) : 0;
    if (spec.label.startsWith('rollback') && exit === 0) rolledBackAt = clock.now();
    return exit;
  });
  const metrics = options.metrics ?? (() => ({ error_rate: 0 }));
  const afterRollback = options.afterRollback ?? (() => metrics(-1));
  const source = scriptedSource(clock, (t) =>
    rolledBackAt !== undefined
      ? afterRollback((t - rolledBackAt) / 1000)
      : metrics(deployedAt === undefined ? -1 : (t - deployedAt) / 1000),
  );
  const notified: Notification[] = [];
  const notifier = options.notifier ?? {
    notify: async (n: Notification) => {
      notified.push(n);
    },
  };
  const input: LaneInput = {
    hotfix: { number: 42, padded: '042', slug: options.slug ?? 'login-500' },
    branch: 'hotfix/042-login-500',
    sha: SHA,
    featuresDir: '.specswarm/features',
    settings: parseSettings((name) => options.inputs[name]),
    version: '0.0.0-test',
    logUrl: options.logUrl,
    signal: options.signal,
    recordWaitMs: options.recordWaitMs,
    ports: {
      clock,
      runner,
      store,
      files,
      reporter,
      sources: () => source,
      notifier,
      history: options.history,
    },
  };
  return {
    clock,
    store,
    files,
    reporter,
    runner,
    source,
    input,
    commandTimes,
    notified,
    deployedAt: () => deployedAt,
  };
}

export type LaneWorld = ReturnType<typeof laneWorld>;
