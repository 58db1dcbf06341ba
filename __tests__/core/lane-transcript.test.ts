/**
 * What an on-call engineer sees of each path through the lane, pinned word for word: the log
 * lines, warnings, the commands with their environment, every deployment status, the steps and
 * the spec and tasks as written; for a few paths also the report, the metrics and the status
 * report. A change to any of them shows up here
 * as a snapshot diff to read and accept (`npx vitest -u`), never silently.
 */
import { describe, expect, it } from 'vitest';
import { runLane, runManualRollback, type LaneResult } from '../../src/core/lane.js';
import { updateMetrics } from '../../src/core/metrics.js';
import { renderReport } from '../../src/core/report.js';
import { stateFromRecords } from '../../src/core/status-report.js';
import {
  SHA,
  SPEC,
  TASKS,
  laneWorld,
  type LaneWorld,
  type LaneWorldOptions,
} from '../helpers/lane-world.js';

interface Scenario extends Omit<LaneWorldOptions, 'inputs'> {
  inputs?: Record<string, string>;
  spec?: string;
  tasks?: string;
  manual?: boolean;
  /** Changes to the world before the run. */
  arrange?: (world: World) => void;
  /** Show the spec and tasks whole (else only the lines the lane writes). */
  whole?: boolean;
  /**
   * Pin the rendered report, metrics and status report too (a few paths only: the rendering
   * itself is pinned by report.test.ts and status-report.test.ts).
   */
  report?: boolean;
}

type World = LaneWorld & { whole: boolean; report: boolean };

function world(scenario: Scenario): World {
  const w = laneWorld({
    ...scenario,
    logUrl: 'https://ci.example/run/1',
    inputs: {
      'test-command': 'npm test',
      'deploy-command': './deploy.sh',
      'rollback-command': './rollback.sh',
      'probe-url': 'http://127.0.0.1:9/healthz',
      'monitor-duration': '2m',
      'monitor-interval': '30s',
      ...scenario.inputs,
    },
  });
  if (scenario.spec !== undefined) w.files.files.set(SPEC, scenario.spec);
  if (scenario.tasks !== undefined) w.files.files.set(TASKS, scenario.tasks);
  return { ...w, whole: scenario.whole === true, report: scenario.report === true };
}

/** Everything the run left behind, as one readable text. */
function transcript(w: World, outcome: LaneResult | Error): string {
  const out: string[] = [];
  const section = (title: string, lines: readonly string[]) =>
    out.push(`== ${title}`, ...lines.map((l) => `  ${l}`));
  if (outcome instanceof Error) {
    section('threw', [outcome.message]);
  } else {
    section('result', [
      `${outcome.status} (exit ${outcome.exitCode})`,
      outcome.state.message ?? '',
    ]);
    const s = outcome.state;
    section(
      'steps',
      s.steps.map(
        (step) =>
          `${step.name}: ${step.state}${step.detail ? ` - ${step.detail}` : ''} [${time(step.startedAt)} .. ${time(step.endedAt)}]`,
      ),
    );
    section('state', [
      `status=${s.status} target=${s.rollbackTarget} started=${time(s.startedAt)} ended=${time(s.endedAt)}`,
      `deployment=${JSON.stringify(s.deployment)} rollback=${JSON.stringify(s.rollback)}`,
      `samples=${s.samples.length} dryRun=${s.dryRun} skipTests=${s.skipTests}`,
      ...s.plannedCommands.map((c) => `planned ${c.label}: ${c.command} ${envText(c.env)}`),
    ]);
  }
  section('progress', w.reporter.lines);
  section('warnings', w.reporter.warnings);
  section('sections', [w.reporter.sections.join(' ')]);
  section('published', [w.reporter.published.join(' ')]);
  section(
    'commands',
    w.runner.calls.map((c) => `${c.label}: ${c.command} (${c.timeoutMs} ms) ${envText(c.env)}`),
  );
  section(
    'deployments',
    w.store.records.flatMap((r) => [
      `#${r.id} ${r.environment} ${r.ref.slice(0, 7)} ${r.task} ${JSON.stringify(r.payload)} ${r.createdAt}`,
      ...r.statuses.map(
        (st) => `  ${st.state}: ${st.description}${st.urls ? ` (${st.urls})` : ''}`,
      ),
    ]),
  );
  section('writes', w.files.history);
  section('flushes', w.files.flushes);
  for (const [path, text] of [...w.files.files].sort()) {
    section(path, w.whole ? text.split('\n') : journalLines(text));
  }
  if (!(outcome instanceof Error) && w.report) {
    section('report', renderReport(outcome.state).split('\n'));
    const metrics = updateMetrics(undefined, outcome.state, w.clock.now());
    section('metrics', JSON.stringify(metrics, null, 1).split('\n'));
    const rebuilt = stateFromRecords(
      outcome.state.hotfix,
      outcome.state.environment,
      [...w.store.records].reverse(),
      { spec: SPEC, tasks: TASKS },
      w.clock.now(),
    );
    section('status report', renderReport(rebuilt).split('\n'));
  }
  return out.join('\n');
}

/** The lines of a spec or task list the lane writes: the Status line, the boxes, the Timeline. */
function journalLines(text: string): string[] {
  const lines = text.split('\n');
  const timeline = lines.findIndex((l) => l.startsWith('## Timeline'));
  return [
    ...lines
      .slice(0, timeline < 0 ? undefined : timeline)
      .filter((l) => /^\*\*Status\*\*|- \[[ xX]\]|^### T0/.test(l)),
    ...(timeline < 0 ? [] : lines.slice(timeline)),
  ];
}

function time(t: number | undefined): string {
  return t === undefined ? '-' : new Date(t).toISOString().slice(11, 19);
}

function envText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

async function run(scenario: Scenario): Promise<string> {
  const w = world(scenario);
  scenario.arrange?.(w);
  const go = scenario.manual ? runManualRollback : runLane;
  const outcome = await go(w.input).catch((error: unknown) => error as Error);
  return transcript(w, outcome);
}

const breachAfter =
  (seconds: number) =>
  (s: number): Record<string, number> => ({ error_rate: s >= seconds ? 0.5 : 0 });

describe('the lane, word for word', () => {
  it.each<[string, Scenario]>([
    [
      'resolved, with every user-facing input set',
      {
        report: true,
        inputs: {
          title: 'Login returns 500',
          severity: 'SEV1',
          summary: 'Logins fail after the token change.',
          'environment-url': 'https://app.example',
          thresholds: 'error_rate < 1%\nlatency_p95_ms < 800ms',
        },
        metrics: () => ({ error_rate: 0.001, latency_p95_ms: 123.456 }),
        whole: true,
      },
    ],
    ['resolved, no slug', { slug: '' }],
    [
      'nothing watched, no essential test, no deploy command',
      { inputs: { 'test-command': '', 'probe-url': '', 'deploy-command': '' } },
    ],
    [
      'breach rolled back at once',
      { report: true, inputs: { 'confirm-samples': '0' }, metrics: breachAfter(45) },
    ],
    [
      'breach confirmed by quick samples',
      { inputs: { 'confirm-samples': '2', 'confirm-interval': '2s' }, metrics: breachAfter(30) },
    ],
    [
      'breach, auto-rollback false',
      { inputs: { 'auto-rollback': 'false', 'confirm-samples': '0' }, metrics: breachAfter(30) },
    ],
    [
      'monitor errors with on-monitor-error fail',
      {
        inputs: { 'on-monitor-error': 'fail', 'consecutive-error-limit': '1' },
        metrics: () => new Error('connection refused'),
      },
    ],
    ['no data at all: inconclusive', { metrics: () => ({}) }],
    [
      'baseline measured before the deploy',
      {
        inputs: { thresholds: 'latency_p95_ms < baseline * 2', 'confirm-samples': '0' },
        metrics: (s) => ({ latency_p95_ms: s >= 60 ? 900 : 100 }),
      },
    ],
    ['deploy fails, rollback succeeds', { exit: (spec) => (spec.label === 'deploy' ? 3 : 0) }],
    [
      'deploy times out, rollback fails twice, maintenance fails, mentions',
      {
        report: true,
        inputs: {
          'deploy-timeout': '90s',
          'maintenance-command': './maintenance.sh on',
          'escalation-mentions': '@oncall, @sre',
        },
        exit: (spec) =>
          spec.label === 'deploy'
            ? 'timeout'
            : spec.label.startsWith('rollback')
              ? 1
              : spec.label === 'maintenance'
                ? 2
                : 0,
      },
    ],
    [
      'rollback fails once, the retry succeeds',
      {
        inputs: { 'confirm-samples': '0' },
        metrics: breachAfter(30),
        exit: (spec) => (spec.label === 'rollback' ? 1 : 0),
      },
    ],
    [
      'no rollback target, allowed: escalated, maintenance ran',
      {
        seedGood: false,
        inputs: {
          'confirm-samples': '0',
          'maintenance-command': './maintenance.sh on',
          'allow-no-rollback': 'first deploy of this service',
        },
        metrics: breachAfter(0),
      },
    ],
    ['no rollback target: blocked, nothing deployed', { report: true, seedGood: false }],
    [
      'rollback by the deploy command (no rollback command)',
      {
        inputs: { 'rollback-command': '', 'confirm-samples': '0' },
        metrics: breachAfter(30),
      },
    ],
    [
      'record-only rollback (no deploy or rollback command)',
      {
        inputs: { 'deploy-command': '', 'rollback-command': '', 'confirm-samples': '0' },
        metrics: () => ({ error_rate: 0.5 }),
      },
    ],
    [
      'gate fails on the second test, killed by a signal',
      {
        inputs: { 'test-command': 'npm run lint\nnpm test' },
        exit: (spec) => (spec.label === 'test 2/2' ? null : 0),
      },
    ],
    ['gate times out', { inputs: { 'test-timeout': '45s' }, exit: () => 'timeout' }],
    ['skip-tests', { inputs: { 'skip-tests': 'CI is down' } }],
    ['dry run', { inputs: { 'dry-run': 'true' } }],
    [
      'dry run, record-only, no target',
      {
        report: true,
        seedGood: false,
        inputs: { 'dry-run': 'true', 'deploy-command': '', 'rollback-command': '' },
      },
    ],
    [
      'existing spec and tasks are read back',
      {
        spec: '# Hotfix 042: Hand written\n\n**Status**: Active\n\nNotes.\n\n## Timeline\n\n- earlier\n',
        tasks: '# Tasks\n\n- [ ] T001 Reproduce\n- [ ] T003 Deploy\n',
        whole: true,
      },
    ],
    ['manual rollback', { manual: true }],
    ['manual rollback by the deploy command', { manual: true, inputs: { 'rollback-command': '' } }],
    [
      'manual rollback, record-only',
      { manual: true, inputs: { 'rollback-command': '', 'deploy-command': '' } },
    ],
    ['manual rollback, no target', { manual: true, seedGood: false }],
    ['manual rollback, dry run', { manual: true, inputs: { 'dry-run': 'true' } }],
    [
      'manual rollback, dry run, no target',
      { manual: true, seedGood: false, inputs: { 'dry-run': 'true' } },
    ],
    [
      'manual rollback replacing the current deployment, spec already there',
      {
        report: true,
        manual: true,
        spec: '# Hotfix 042: x\n\n**Status**: Active\n',
        arrange: (w) => w.store.seed({ ref: SHA, state: 'success', payload: { hotfix: '042' } }),
      },
    ],
    [
      'waits for another hotfix, then refuses',
      {
        inputs: { 'deploy-timeout': '40s' },
        arrange: (w) =>
          w.store.seed({
            ref: 'c'.repeat(40),
            state: 'queued',
            payload: { hotfix: '041' },
            description: '',
            createdAt: new Date(w.clock.now() - 60_000).toISOString(),
          }),
      },
    ],
    [
      'a deployment of something else still running long ago is stale',
      {
        arrange: (w) =>
          w.store.seed({
            ref: 'c'.repeat(40),
            state: 'in_progress',
            payload: {},
            createdAt: new Date(w.clock.now() - 40 * 60_000).toISOString(),
          }),
      },
    ],
  ])('%s', async (_name, scenario) => {
    expect(await run(scenario)).toMatchSnapshot();
  });

  it('a run that fails mid-deploy marks the deployment error and saves what it has', async () => {
    const text = await run({
      arrange: (w) => {
        const inner = w.runner.run.bind(w.runner);
        w.runner.run = async (spec) => {
          if (spec.label === 'deploy') throw new Error('spawn EAGAIN');
          return inner(spec);
        };
      },
    });
    expect(text).toMatchSnapshot();
  });

  it('a cancelled run whose store and files fail too warns about both', async () => {
    const controller = new AbortController();
    const text = await run({
      metrics: (s) => {
        if (s >= 30) controller.abort();
        return { error_rate: 0 };
      },
      arrange: (w) => {
        w.input.signal = controller.signal;
        const setStatus = w.store.setStatus.bind(w.store);
        w.store.setStatus = async (id, state, description, options) => {
          if (state === 'error') throw new Error('GitHub is down');
          return setStatus(id, state, description, options);
        };
        w.files.flush = async () => {
          throw new Error('disk full');
        };
      },
    });
    expect(text).toMatchSnapshot();
  });

  it('a command cancelled with a reason rethrows that reason', async () => {
    const controller = new AbortController();
    const text = await run({
      exit: (spec) => {
        if (spec.label === 'deploy') controller.abort(new Error('SIGTERM'));
        return 0;
      },
      arrange: (w) => {
        w.input.signal = controller.signal;
      },
    });
    expect(text).toMatchSnapshot();
  });
});
