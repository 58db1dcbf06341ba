/**
 * hotfix-action as a library (README, "Library"): the engine (spec and tasks, thresholds,
 * policy, monitor, lane, report), the metric sources, and the ports a host implements. Every
 * name is listed on purpose; `__tests__/library.test.ts` pins the list.
 */
export {
  hotfixBranchName,
  padHotfixNumber,
  parseHotfixBranch,
  parseHotfixNumber,
  type HotfixId,
} from './core/branch.js';
export { formatDuration, parseDuration } from './core/duration.js';
export { getErrorMessage, HotfixError, InputError, SpecError } from './core/errors.js';
export { hotfixPaths, resolveFeaturesDir } from './core/features.js';
export { DEPLOY_TASK, runLane, runManualRollback } from './core/lane.js';
export { updateMetrics, type WorkflowMetrics } from './core/metrics.js';
export {
  combineSources,
  monitor,
  takeSample,
  type MonitorOptions,
  type MonitorOutcome,
} from './core/monitor.js';
export {
  decide,
  freshCounters,
  phaseOf,
  windowVerdict,
  type PolicySettings,
} from './core/policy.js';
export type {
  Clock,
  CommandResult,
  CommandRunner,
  CommandSpec,
  DeploymentRecord,
  DeploymentScan,
  DeploymentState,
  DeploymentStore,
  LaneInput,
  LanePorts,
  LaneResult,
  MetricSource,
  NewDeployment,
  Notification,
  Notifier,
  NotifyEvent,
  Reporter,
  SpecFiles,
} from './core/ports.js';
export { renderReport } from './core/report.js';
export { findRollbackTarget, scanDeployments } from './core/rollback-target.js';
export { INPUT_NAMES, parseSettings, type LaneSettings } from './core/settings.js';
export {
  appendTimeline,
  readSpec,
  renderSpec,
  setSpecStatus,
  type HotfixSpec,
  type SpecStatus,
} from './core/spec.js';
export {
  exitCodeOf,
  LANE_STATUSES,
  type LaneState,
  type LaneStatus,
  type Phase,
  type SampleRecord,
} from './core/state.js';
export { renderTasks, tickedTasks, tickTask, type TaskId } from './core/tasks.js';
export {
  evaluateThreshold,
  parseThreshold,
  parseThresholds,
  type Threshold,
  type ThresholdVerdict,
} from './core/thresholds.js';
export {
  buildSources,
  commandSource,
  httpProbe,
  parseMonitorOutput,
  prometheusSource,
  type SourceContext,
} from './sources/index.js';
export { VERSION } from './version.js';
