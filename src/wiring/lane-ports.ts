/**
 * The lane's ports on Node, plugged the same way for both faces (README, "Layout"): the system
 * clock, the process runner in the work tree (secrets masked), the metric sources built from the
 * run's thresholds with the run's `HOTFIX_*` environment, and the `notify-webhook` notifier. What
 * differs between the Action and the CLI (where deployments and files live, where the log goes,
 * what a notification links to, how the hotfix's history is asked) is passed in.
 */
import type {
  CommitHistory,
  DeploymentStore,
  LanePorts,
  Reporter,
  SpecFiles,
} from '../core/ports.js';
import type { LaneSettings } from '../core/settings.js';
import { systemClock } from '../node/clock.js';
import { processRunner } from '../node/command-runner.js';
import { webhookNotifier } from '../node/webhook.js';
import { buildSources } from '../sources/index.js';

/** What a face gives to plug the lane in. */
export interface LanePortsOptions {
  /** The work tree: user commands run here. */
  root: string;
  settings: LaneSettings;
  store: DeploymentStore;
  files: SpecFiles;
  /** Where progress, a command's output lines and a notifier's warnings go. */
  reporter: Reporter;
  /** Values masked in command output (the monitor's credentials). */
  secrets?: readonly string[];
  /** What a notification links to: the PR or the run, or the local repository. */
  link: string;
  /** The fetch a notifier sends with (the Action's is proxy-aware). */
  fetch?: typeof fetch;
  history?: CommitHistory;
}

/** Plugs the shared Node adapters into the lane's ports. */
export function lanePorts(options: LanePortsOptions): LanePorts {
  const { settings, reporter } = options;
  const runner = processRunner({
    cwd: options.root,
    writeLine: (line) => reporter.progress(line),
    secrets: options.secrets,
  });
  return {
    clock: systemClock,
    runner,
    store: options.store,
    files: options.files,
    reporter,
    sources: (thresholds, env) => buildSources(settings, thresholds, { env, runner }),
    notifier: webhookNotifier({
      urls: settings.notifyWebhooks,
      link: options.link,
      warn: (message) => reporter.warn(message),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
    ...(options.history ? { history: options.history } : {}),
  };
}
