/**
 * Time to rollback and false rollbacks: the real lane (in-process, real clock, real HTTP probe)
 * against a real service on 127.0.0.1 whose answers the benchmark switches at known instants.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLane } from '../src/core/lane.js';
import type { CommandResult, CommandRunner, CommandSpec } from '../src/core/ports.js';
import { parseSettings } from '../src/core/settings.js';
import { systemClock } from '../src/node/clock.js';
import { buildSources } from '../src/sources/index.js';
import {
  FakeRunner,
  MemoryFiles,
  MemoryReporter,
  MemoryStore,
} from '../__tests__/helpers/fakes.js';
import { median, type Figure } from './util.js';

/** A service whose health is a function of time, and which notes its first failing answer. */
async function service(healthy: (now: number, burst: number) => boolean) {
  let firstFail: number | undefined;
  let burst = 0;
  let lastRequest = 0;
  const server = http.createServer((_req, res) => {
    const now = Date.now();
    // The probe's requests of one sample arrive together: a gap starts a new burst.
    if (now - lastRequest > 15) burst += 1;
    lastRequest = now;
    const ok = healthy(now, burst);
    if (!ok) firstFail ??= now;
    res.writeHead(ok ? 200 : 500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`,
    firstFail: () => firstFail,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the lane with `inputs` on a service; resolves with when the rollback command started. */
async function lane(inputs: Record<string, string>, url: string) {
  const clock = systemClock;
  const store = new MemoryStore(clock);
  store.seed({ ref: 'b'.repeat(40), state: 'success' });
  let rollbackAt: number | undefined;
  let deployedAt: number | undefined;
  const fake = new FakeRunner();
  const runner: CommandRunner = {
    async run(spec: CommandSpec): Promise<CommandResult> {
      if (spec.label.startsWith('rollback')) rollbackAt ??= Date.now();
      if (spec.label === 'deploy') deployedAt = Date.now();
      return fake.run(spec);
    },
  };
  const settings = parseSettings(
    (n) => ({ 'deploy-command': './deploy', 'probe-url': url, ...inputs })[n],
  );
  const result = await runLane({
    hotfix: { number: 42, padded: '042', slug: 'bench' },
    branch: 'hotfix/042-bench',
    sha: 'a'.repeat(40),
    featuresDir: '.specswarm/features',
    settings,
    version: 'bench',
    ports: {
      clock,
      runner,
      store,
      files: new MemoryFiles(),
      reporter: new MemoryReporter(),
      sources: (t) => buildSources(settings, t),
    },
  });
  return { result, rollbackAt, deployedAt: deployedAt! };
}

/** Time from the service's first failing answer to the rollback command, in monitor intervals. */
export async function timeToRollback(options: {
  intervalMs: number;
  confirm: number;
  confirmIntervalMs: number;
  runs: number;
}): Promise<Figure & { ratios: number[] }> {
  const ratios: number[] = [];
  const fromBad: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    // The service turns bad at a known instant: `phase` of an interval after the first sample,
    // a spread of phases over the runs.
    const phase = 0.1 + (0.85 * (run + 0.5)) / options.runs;
    let badAt = Number.POSITIVE_INFINITY;
    const svc = await service((now) => {
      if (badAt === Number.POSITIVE_INFINITY) badAt = now + options.intervalMs * phase;
      return now < badAt;
    });
    const started = lane(
      {
        'monitor-interval': `${options.intervalMs}ms`,
        'monitor-duration': `${options.intervalMs * 6}ms`,
        'confirm-samples': String(options.confirm),
        'confirm-interval': `${options.confirmIntervalMs}ms`,
      },
      svc.url,
    );
    const { rollbackAt } = await started;
    const firstFail = svc.firstFail();
    await svc.close();
    if (rollbackAt === undefined || firstFail === undefined)
      throw new Error('the lane did not roll back');
    // The figure: from the service's first failing answer (to the monitor's probe) to the
    // rollback command. Shown beside it: from the instant the service turned bad.
    ratios.push((rollbackAt - firstFail) / options.intervalMs);
    fromBad.push((rollbackAt - badAt) / options.intervalMs);
  }
  const value = median(ratios);
  const limit = options.confirm === 0 ? 1.0 : 0.2;
  return {
    name:
      options.confirm === 0
        ? 'time to rollback, confirm-samples 0'
        : `time to rollback, confirm ${options.confirm} x ${options.confirmIntervalMs / 1000}s`,
    how: "the service's first failing answer (to the monitor) -> the rollback command starting, / monitor-interval",
    value,
    unit: 'intervals',
    target: `<= ${limit}`,
    pass: Math.max(...ratios) <= limit,
    runs: options.runs,
    detail: `interval ${options.intervalMs / 1000}s; max ${Math.max(...ratios).toFixed(3)}; from the instant the service turned bad: median ${median(fromBad).toFixed(3)}, max ${Math.max(...fromBad).toFixed(3)} (the next regular sample)`,
    ratios,
  };
}

/** Rollbacks caused by single-sample blips: one sample in every 10 fails, confirmation on. */
export async function falseRollbacks(options: {
  samples: number;
  intervalMs: number;
}): Promise<Figure> {
  // Every 10th burst of probe requests fails; the quick confirmation that follows is healthy.
  const svc = await service((_now, burst) => burst % 10 !== 0);
  const { result } = await lane(
    {
      'monitor-interval': `${options.intervalMs}ms`,
      'monitor-duration': `${options.intervalMs * (options.samples - 1)}ms`,
      'confirm-samples': '2',
      'confirm-interval': `${Math.round(options.intervalMs / 5)}ms`,
    },
    svc.url,
  );
  await svc.close();
  const regular = result.state.samples.filter((s) => !s.confirmation);
  const blips = regular.filter((s) => s.note?.includes('not confirmed')).length;
  const rollbacks =
    result.state.steps.find((s) => s.name === 'rollback')?.state === 'passed' ? 1 : 0;
  return {
    name: 'false rollbacks',
    how: `${regular.length} samples, one in every 10 a blip`,
    value: rollbacks,
    unit: '',
    target: '0',
    pass: rollbacks === 0 && blips > 0,
    runs: 1,
    detail: `${regular.length} samples, ${blips} blips confirmed away, status ${result.status}`,
  };
}
