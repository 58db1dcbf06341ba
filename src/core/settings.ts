/**
 * Every input of action.yml (README, "Inputs and outputs"), read and validated in one place into
 * one typed object, before any side effect. The Action feeds it `core.getInput`; the CLI feeds it
 * its flags.
 */
import { parseDuration } from './duration.js';
import { InputError, quote } from './errors.js';
import type { PolicySettings } from './policy.js';
import { parseThresholds, type Threshold } from './thresholds.js';

/** The validated settings of one lane run. */
export interface LaneSettings {
  featuresDir?: string;
  environment: string;
  environmentUrl?: string;
  testCommands: string[];
  testTimeoutMs: number;
  skipTests?: string;
  /** A written reason to deploy without a rollback target (README, "Rollback readiness"). */
  allowNoRollback?: string;
  /** A written reason to deploy a hotfix that is behind or diverged from what runs. */
  allowDiverged?: string;
  deployCommand?: string;
  deployTimeoutMs: number;
  rollbackCommand?: string;
  probeUrls: string[];
  prometheusUrl?: string;
  /** `monitor-headers`: sent with every probe and Prometheus request. */
  monitorHeaders: Record<string, string>;
  monitorCommand?: string;
  thresholds: Threshold[];
  monitorDurationMs: number;
  monitorIntervalMs: number;
  monitorInitialDelayMs: number;
  policy: PolicySettings;
  confirmSamples: number;
  confirmIntervalMs: number;
  /** Samples of the restored service after a rollback (README, "After a rollback"); 0 = off. */
  rollbackVerifySamples: number;
  autoRollback: boolean;
  dryRun: boolean;
  revertPr: boolean;
  postMortemIssues: boolean;
  escalationMentions: string[];
  maintenanceCommand?: string;
  labels: string[];
  title?: string;
  severity?: string;
  summary?: string;
  /** After `resolved`, a PR from the hotfix branch home (README, "Carrying the fix home"). */
  mergeBack: boolean;
  /** More bases for the merge-back PRs (`merge-back-branches`), e.g. `develop`. */
  mergeBackBranches: string[];
  /** `notify-webhook`: where the lane's events are posted (README, "Keeping people informed"). */
  notifyWebhooks: string[];
  /** How long a hotfix may take from creation to resolution (README, "The clock"). */
  resolutionTargetMs: number;
}

/** Reads a raw input by its input name (action.yml); `undefined` or `''` means unset. */
export type RawInputs = (name: string) => string | undefined;

/**
 * The lines of a many-line input, trimmed, with their 1-based line numbers for errors; blank
 * lines and `#` comments are skipped.
 */
function numberedLines(text: string): { text: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ text: raw.trim(), number: index + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

const lines = (text: string) => numberedLines(text).map((l) => l.text);

/** Parses and validates every input; throws an {@link InputError} naming the first bad one. */
export function parseSettings(raw: RawInputs): LaneSettings {
  const get = (name: string) => {
    const value = raw(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const duration = (name: string, fallback: string) =>
    parseDuration(get(name) ?? fallback, { input: name });
  const bool = (name: string, fallback: boolean) => {
    const value = get(name);
    if (value === undefined) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(name, `found ${quote(value)}; expected true or false`);
  };
  const count = (name: string, fallback: number) => {
    const value = get(name);
    if (value === undefined) return fallback;
    if (!/^\d{1,6}$/.test(value))
      throw new InputError(
        name,
        `found ${quote(value)}; expected a whole number such as 0, 2 or 4`,
      );
    return Number(value);
  };
  const oneOf = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const value = get(name) ?? fallback;
    if (!(options as readonly string[]).includes(value)) {
      throw new InputError(name, `found ${quote(value)}; expected one of ${options.join(', ')}`);
    }
    return value as T;
  };
  const url = (name: string, value: string) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new InputError(
        name,
        `found ${quote(value)}; expected an http(s) URL such as https://example.com/healthz`,
      );
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new InputError(
        name,
        `found ${quote(value)}; expected an http(s) URL such as https://example.com/healthz`,
      );
    }
    return value;
  };

  const environment = get('environment') ?? 'production';
  if (!/^[^\s/][^\n]{0,254}$/.test(environment)) {
    throw new InputError(
      'environment',
      `found ${quote(environment)}; expected an environment name such as production`,
    );
  }
  const probeUrls = lines(get('probe-url') ?? '').map((u) => url('probe-url', u));
  const prometheusUrl = get('prometheus-url');
  if (prometheusUrl) url('prometheus-url', prometheusUrl);
  const environmentUrl = get('environment-url');
  if (environmentUrl) url('environment-url', environmentUrl);
  const thresholdText = get('thresholds') ?? (probeUrls.length > 0 ? 'error_rate < 1%' : '');
  const thresholds = parseThresholds(thresholdText, { input: 'thresholds' });

  return {
    featuresDir: get('features-dir'),
    environment,
    environmentUrl,
    testCommands: lines(get('test-command') ?? ''),
    testTimeoutMs: duration('test-timeout', '15m'),
    skipTests: get('skip-tests'),
    allowNoRollback: get('allow-no-rollback'),
    allowDiverged: get('allow-diverged'),
    deployCommand: get('deploy-command'),
    deployTimeoutMs: duration('deploy-timeout', '15m'),
    rollbackCommand: get('rollback-command'),
    probeUrls,
    prometheusUrl,
    monitorHeaders: parseHeaders(get('monitor-headers') ?? ''),
    monitorCommand: get('monitor-command'),
    thresholds,
    monitorDurationMs: duration('monitor-duration', '10m'),
    monitorIntervalMs: positive('monitor-interval', duration('monitor-interval', '30s')),
    monitorInitialDelayMs: duration('monitor-initial-delay', '0s'),
    policy: {
      failureLimit: count('failure-limit', 0),
      consecutiveErrorLimit: count('consecutive-error-limit', 4),
      onMonitorError: oneOf(
        'on-monitor-error',
        ['rollback', 'fail', 'ignore'] as const,
        'rollback',
      ),
      onNoData: oneOf('on-no-data', ['rollback', 'inconclusive', 'pass'] as const, 'inconclusive'),
      inconclusiveLimit: count('inconclusive-limit', 0),
    },
    confirmSamples: count('confirm-samples', 2),
    confirmIntervalMs: duration('confirm-interval', '2s'),
    rollbackVerifySamples: count('rollback-verify-samples', 3),
    autoRollback: bool('auto-rollback', true),
    dryRun: bool('dry-run', false),
    revertPr: bool('revert-pr', false),
    postMortemIssues: bool('post-mortem-issues', true),
    escalationMentions: (get('escalation-mentions') ?? '').split(/[\s,]+/).filter((m) => m !== ''),
    maintenanceCommand: get('maintenance-command'),
    labels: (get('labels') ?? 'hotfix')
      .split(/[\n,]+/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    title: get('title'),
    severity: get('severity'),
    summary: get('summary'),
    resolutionTargetMs: positive('resolution-target', duration('resolution-target', '2h')),
    notifyWebhooks: webhooks(get('notify-webhook') ?? ''),
    mergeBack: bool('merge-back', true),
    mergeBackBranches: branchNames(get('merge-back-branches') ?? ''),
  };
}

/**
 * Reads `notify-webhook`: one http(s) URL a line. A URL is a credential: an error names the line,
 * never the value.
 */
function webhooks(text: string): string[] {
  return numberedLines(text).map(({ text: line, number }) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(line);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
      throw new InputError(
        'notify-webhook',
        `line ${number} is not an http(s) URL; expected one URL a line, such as https://hooks.slack.com/services/... (the value is not shown here)`,
      );
    return line;
  });
}

/** A branch name git accepts (the common rules of `git check-ref-format --branch`). */
const BRANCH_NAME =
  /^(?!-|\/|.*\/\/|.*\.\.|.*@\{|.*\.lock(?:\/|$)|.*\/$|.*\.$)[A-Za-z0-9._/+-]{1,250}$/;

/** Reads `merge-back-branches`: one branch a line. */
function branchNames(text: string): string[] {
  return numberedLines(text).map(({ text: line, number }) => {
    if (!BRANCH_NAME.test(line))
      throw new InputError(
        'merge-back-branches',
        `line ${number}: ${quote(line)} is not a branch name; expected one branch a line, such as develop or release/1.4`,
      );
    return line;
  });
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

/** Reads `monitor-headers`: one `Name: value` a line (blank lines and `#` comments skipped). */
export function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { text: line, number } of numberedLines(text)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(name) || value === '')
      throw new InputError(
        'monitor-headers',
        `line ${number} is not a header; expected one "Name: value" a line, e.g. "Authorization: Bearer <token>" (the value is not shown here)`,
      );
    headers[name] = value;
  }
  return headers;
}

function positive(name: string, ms: number): number {
  if (ms <= 0) throw new InputError(name, 'found 0; expected a duration above zero such as 30s');
  return ms;
}

/**
 * The input names of action.yml (README, "Inputs and outputs"), in order (the Action reads exactly
 * these).
 */
export const INPUT_NAMES = [
  'github-token',
  'features-dir',
  'environment',
  'environment-url',
  'test-command',
  'test-timeout',
  'skip-tests',
  'allow-no-rollback',
  'allow-diverged',
  'deploy-command',
  'deploy-timeout',
  'rollback-command',
  'probe-url',
  'prometheus-url',
  'monitor-headers',
  'monitor-command',
  'thresholds',
  'monitor-duration',
  'monitor-interval',
  'monitor-initial-delay',
  'failure-limit',
  'consecutive-error-limit',
  'on-monitor-error',
  'on-no-data',
  'inconclusive-limit',
  'confirm-samples',
  'confirm-interval',
  'rollback-verify-samples',
  'auto-rollback',
  'dry-run',
  'revert-pr',
  'post-mortem-issues',
  'escalation-mentions',
  'maintenance-command',
  'labels',
  'severity',
  'resolution-target',
  'notify-webhook',
  'merge-back',
  'merge-back-branches',
] as const;
