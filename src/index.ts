/**
 * hotfix-action as a library: the engine (spec and tasks, thresholds, policy, monitor, lane),
 * the metric sources, and the ports the Action and the CLI implement.
 */
export * from './core/branch.js';
export * from './core/duration.js';
export * from './core/errors.js';
export * from './core/features.js';
export * from './core/lane.js';
export * from './core/metrics.js';
export * from './core/monitor.js';
export * from './core/plan.js';
export * from './core/policy.js';
export type * from './core/ports.js';
export * from './core/report.js';
export * from './core/rollback-target.js';
export * from './core/settings.js';
export * from './core/spec.js';
export * from './core/state.js';
export * from './core/tasks.js';
export * from './core/thresholds.js';
export * from './sources/index.js';
export { VERSION } from './version.js';
