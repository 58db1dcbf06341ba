/**
 * Builds the metric source of a run from its settings and thresholds.
 */
import { combineSources } from '../core/monitor.js';
import type { CommandRunner, MetricSource } from '../core/ports.js';
import type { LaneSettings } from '../core/settings.js';
import type { Threshold } from '../core/thresholds.js';
import { commandSource } from './command.js';
import { httpProbe } from './http-probe.js';
import { prometheusSource } from './prometheus.js';

export { commandSource, parseMonitorOutput } from './command.js';
export { httpProbe, percentile } from './http-probe.js';
export { instantValue, prometheusSource } from './prometheus.js';
export { endpoint, endpointSecrets } from './endpoint.js';

/** What a monitor command runs with: its `HOTFIX_*` values and the lane's process runner. */
export interface SourceContext {
  env?: Record<string, string>;
  runner?: CommandRunner;
}

/** The sources the settings name, combined; `undefined` when there is none. */
export function buildSources(
  settings: LaneSettings,
  thresholds: readonly Threshold[],
  context: SourceContext = {},
): MetricSource | undefined {
  const sources: MetricSource[] = [];
  // A probe request must answer well within one interval, or the cadence slips.
  const timeoutMs = Math.max(250, Math.min(5000, Math.floor(settings.monitorIntervalMs / 2)));
  if (settings.probeUrls.length > 0)
    sources.push(
      httpProbe({ urls: settings.probeUrls, timeoutMs, headers: settings.monitorHeaders }),
    );
  const queries = thresholds.filter((t) => t.promql).map((t) => t.metric);
  if (settings.prometheusUrl && queries.length > 0) {
    sources.push(
      prometheusSource({
        baseUrl: settings.prometheusUrl,
        queries,
        headers: settings.monitorHeaders,
      }),
    );
  }
  if (settings.monitorCommand) {
    if (!context.runner)
      throw new Error('monitor-command needs the process runner: pass it to buildSources');
    sources.push(
      commandSource({
        command: settings.monitorCommand,
        env: context.env,
        runner: context.runner,
        timeoutMs: Math.max(1000, settings.monitorIntervalMs),
      }),
    );
  }
  return sources.length === 0 ? undefined : combineSources(sources);
}
