/**
 * Any history, any window (README, "Any history, any window"): GitHub requests to find the
 * rollback target at depth 10, 100 and 1,000; the comment's size and validity for windows of 10,
 * 1,000 and 8,640 samples; resident memory of a 24-hour lane on the simulated clock.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseMarkdown } from '../src/core/markdown.js';
import { renderReport } from '../src/core/report.js';
import { initialState, type SampleRecord } from '../src/core/state.js';
import { parseThresholds } from '../src/core/thresholds.js';
import { githubDeploymentStore } from '../src/github/deployments.js';
import { createGitHub } from '../src/github/octokit.js';
import { GitHubEmulator } from '../__tests__/helpers/github-emulator.js';
import { median, type Figure } from './util.js';

/** GraphQL requests to find a target `depth` deployments back (every newer one failed). */
async function requestsAtDepth(depth: number): Promise<number> {
  const emu = await GitHubEmulator.withBareRepo();
  await emu.start();
  try {
    const sha = 'c'.repeat(40);
    const good = emu.seedDeployment(sha, 'success', { hotfix: '040' });
    for (let i = 1; i < depth; i += 1) emu.seedDeployment(sha, 'failure', { hotfix: '041' });
    const gh = createGitHub({ token: emu.token, baseUrl: emu.url, warn: () => {} });
    const store = githubDeploymentStore(gh, { owner: emu.owner, repo: emu.repo }, { runKey: '1' });
    const scan = await store.scan('production', { hotfix: '042', sha: 'd'.repeat(40) });
    if (scan.target?.id !== good || emu.violations.length > 0)
      throw new Error(`the target at depth ${depth} was not found: ${emu.violations.join('; ')}`);
    return emu.log.length;
  } finally {
    await emu.stop();
  }
}

/** The comment for a window of `n` samples, one breach in the middle: size and validity. */
function comment(n: number): { chars: number; valid: boolean; why: string } {
  const thresholds = parseThresholds('error_rate < 1%\nlatency_p95_ms < 800ms', {
    input: 'thresholds',
  });
  const start = Date.UTC(2026, 10, 25, 3, 0, 0);
  const samples: SampleRecord[] = Array.from({ length: n }, (_, i) => {
    const rate = i === Math.floor(n / 2) ? 0.5 : 0.001;
    return {
      at: start + i * 10_000,
      phase: rate < 0.01 ? 'Successful' : 'Failed',
      values: { error_rate: rate, latency_p95_ms: 120 },
      verdicts: [
        {
          threshold: thresholds[0]!.source,
          metric: 'error_rate',
          verdict: rate < 0.01 ? 'pass' : 'breach',
          observed: rate,
          limit: 0.01,
        },
        {
          threshold: thresholds[1]!.source,
          metric: 'latency_p95_ms',
          verdict: 'pass',
          observed: 120,
          limit: 800,
        },
      ],
    };
  });
  const state = {
    ...initialState({
      hotfix: { number: 42, padded: '042', slug: 'x' },
      branch: 'hotfix/042-x',
      sha: 'a'.repeat(40),
      environment: 'production',
      specPath: 's/hotfix.md',
      tasksPath: 's/tasks.md',
      thresholds,
      startedAt: start,
      dryRun: false,
    }),
    status: 'resolved' as const,
    samples,
  };
  const markdown = renderReport(state);
  const tree = parseMarkdown(markdown);
  const fences = markdown.split('\n').filter((l) => l.startsWith('```')).length;
  const charts = tree.children.filter((c) => c.type === 'code');
  const tables = tree.children.filter((c) => c.type === 'table');
  const breachShown = markdown.includes('0.5');
  const valid =
    markdown.length <= 65_536 &&
    fences % 2 === 0 &&
    charts.length === 2 &&
    tables.length === 2 &&
    breachShown;
  return {
    chars: markdown.length,
    valid,
    why: `${charts.length} charts, ${tables.length} tables, fences ${fences % 2 === 0 ? 'closed' : 'OPEN'}, breach ${breachShown ? 'shown' : 'LOST'}`,
  };
}

/** Every figure of this part. */
export async function scaleFigures(runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [depth, target] of [
    [10, 1],
    [100, 1],
    [1000, 10],
  ] as const) {
    const counts: number[] = [];
    for (let i = 0; i < runs; i += 1) counts.push(await requestsAtDepth(depth));
    figures.push({
      name: `requests to find the target at depth ${depth}`,
      how: 'GitHub requests (GraphQL, counted by the emulator) for a rollback target behind depth - 1 failed deployments',
      value: median(counts),
      unit: '',
      target: `<= ${target}`,
      pass: median(counts) <= target,
      runs,
    });
  }
  for (const n of [10, 1000, 8640]) {
    const c = comment(n);
    figures.push({
      name: `comment for ${n} samples`,
      how: 'renderReport of a window with one breach in the middle, read back with remark: every code fence closed, both tables whole, the breach in the chart',
      value: c.chars,
      unit: 'chars',
      target: '<= 65536, valid',
      pass: c.valid,
      runs: 1,
      detail: c.why,
    });
  }
  const memory: { rssMb: number; samples: number; seconds: number }[] = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'lane-24h.ts')],
      { encoding: 'utf8' },
    );
    memory.push(JSON.parse(out));
  }
  const rss = median(memory.map((m) => m.rssMb));
  figures.push({
    name: 'resident memory, 24 h window at 10 s',
    how: 'RSS of a process (tsx included) that runs the real lane over 8,640 samples on the simulated clock and renders its comment',
    value: rss,
    unit: 'MB',
    target: '< 150 MB',
    pass: rss < 150,
    runs,
    detail: `${memory[0]!.samples} samples in ${memory[0]!.seconds.toFixed(2)} s`,
  });
  return figures;
}
