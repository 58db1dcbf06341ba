/**
 * The lane's state: what the report renders and the outputs are read from.
 */
import type { HotfixId } from './branch.js';
import type { Threshold, ThresholdUnit } from './thresholds.js';

/** The final statuses (README, "Inputs and outputs"). */
export const LANE_STATUSES = [
  'resolved',
  'rolled-back',
  'gate-failed',
  'blocked',
  'deploy-failed',
  'escalated',
  'breached',
  'inconclusive',
  'skipped',
  'dry-run',
] as const;
/** A final status. */
export type LaneStatus = (typeof LANE_STATUSES)[number];

/**
 * How an inconclusive watch begins its deployment status (README, "Decisions people trust"):
 * what the status report reads back as `inconclusive`.
 */
export const INCONCLUSIVE_STATUS = 'inconclusive: a human decides';

/** The steps of the lane, in order. */
export type StepName = 'scaffold' | 'gate' | 'deploy' | 'monitor' | 'rollback' | 'escalate';
/** Where a step is. */
export type StepState = 'pending' | 'running' | 'passed' | 'failed' | 'skipped';

/** One step as the report shows it. */
export interface StepRecord {
  name: StepName;
  state: StepState;
  startedAt?: number;
  endedAt?: number;
  detail?: string;
}

/** A sample's phase (the monitoring policy's words). */
export type Phase = 'Successful' | 'Failed' | 'Error' | 'Inconclusive';

/** One threshold's result within a sample. */
export interface SampleVerdict {
  threshold: string;
  metric: string;
  verdict: 'pass' | 'breach' | 'nodata';
  observed?: number;
  limit?: number;
  /** The unit the threshold was written in, in which a breach is said. */
  unit?: ThresholdUnit;
}

/** One monitoring sample. */
export interface SampleRecord {
  at: number;
  phase: Phase;
  values: Record<string, number>;
  verdicts: SampleVerdict[];
  /** Set on the quick samples that confirm a breach. */
  confirmation?: boolean;
  /** Set on the samples of the restored service after a rollback (README, "After a rollback"). */
  afterRollback?: boolean;
  /** Why the sample is what it is, e.g. the source's error or "not confirmed". */
  note?: string;
}

/** A deployment the lane made. */
export interface DeploymentRef {
  id: string | number;
  ref: string;
  url?: string;
  state?: string;
}

/** Everything the report needs. */
export interface LaneState {
  hotfix: HotfixId;
  branch: string;
  sha: string;
  environment: string;
  specPath: string;
  tasksPath: string;
  title?: string;
  status: LaneStatus | 'running';
  steps: StepRecord[];
  thresholds: Threshold[];
  samples: SampleRecord[];
  deployment?: DeploymentRef;
  rollback?: DeploymentRef;
  rollbackTarget?: string | null;
  startedAt: number;
  endedAt?: number;
  /** When the hotfix was created (hotfix.md's `**Created**:`); the clock runs from it. */
  createdAt?: number;
  /** `resolution-target`: how long the hotfix may take from creation to resolution. */
  resolutionTargetMs?: number;
  /** One sentence for humans: what happened and why. */
  message?: string;
  dryRun: boolean;
  /** The commands a dry run would have run, with their environment. */
  plannedCommands: { label: string; command: string; env: Record<string, string> }[];
  skipTests?: string;
  /** Why the lane deploys without a rollback target (`allow-no-rollback`), if it does. */
  allowNoRollback?: string;
  /** Why the lane deploys a hotfix behind or diverged from what runs (`allow-diverged`). */
  allowDiverged?: string;
  /** What the environment runs when the hotfix is behind or diverged from it. */
  divergedFrom?: { ref: string; relation: DivergedRelation };
  /**
   * Every environment of a Target list, or every one the hotfix has reached, with where it
   * stands (README, "Environments in order"); the report shows this run's own from the state.
   */
  environments?: EnvironmentReach[];
}

/** How a hotfix that would take away what runs stands to it. */
export type DivergedRelation = 'behind' | 'diverged';

/** `behind` or `diverged from`, as a sentence says it: "the hotfix is diverged from what runs". */
export function divergedWords(relation: DivergedRelation): string {
  return relation === 'behind' ? 'behind' : 'diverged from';
}

/** Whether two names are the same environment (GitHub's environment names are not case-sensitive). */
export function sameEnvironment(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Where the hotfix stands in one environment, as the report shows it. */
export interface EnvironmentReach {
  environment: string;
  /** `undefined`: the hotfix has no deployment there yet. */
  status?: LaneStatus | 'running';
  /** The SHA its newest deployment there deploys. */
  ref?: string;
  /** This run's environment: the report shows it as the run stands, not as recorded before. */
  thisRun?: boolean;
}

/**
 * The incident's clock (README, "The clock"): seconds from the hotfix's creation (this run's
 * start when unknown) to the end of this run, and whether that is within `resolution-target`.
 */
export function resolutionClock(
  state: LaneState,
  now: number,
): { seconds: number; withinTarget?: boolean } {
  const from = state.createdAt ?? state.startedAt;
  const seconds = Math.max(0, Math.round(((state.endedAt ?? now) - from) / 1000));
  return state.resolutionTargetMs === undefined
    ? { seconds }
    : { seconds, withinTarget: seconds * 1000 <= state.resolutionTargetMs };
}

/** A fresh state with every step pending. */
export function initialState(
  init: Omit<LaneState, 'status' | 'steps' | 'samples' | 'plannedCommands'>,
): LaneState {
  const names: StepName[] = ['scaffold', 'gate', 'deploy', 'monitor', 'rollback', 'escalate'];
  return {
    ...init,
    status: 'running',
    steps: names.map((name) => ({ name, state: 'pending' })),
    samples: [],
    plannedCommands: [],
  };
}

/** The step record by name. */
export function stepOf(state: LaneState, name: StepName): StepRecord {
  return state.steps.find((s) => s.name === name)!;
}

/** Exit code of a status: 0 when the lane did its job without trouble. */
export function exitCodeOf(status: LaneStatus): number {
  switch (status) {
    case 'resolved':
    case 'skipped':
    case 'dry-run':
      return 0;
    case 'gate-failed':
      return 10;
    case 'deploy-failed':
      return 11;
    case 'breached':
      return 12;
    case 'rolled-back':
      return 13;
    case 'escalated':
      return 14;
    case 'blocked':
      return 15;
    case 'inconclusive':
      return 16;
  }
}
