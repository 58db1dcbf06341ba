/**
 * `npm run bench`: the figures of the performance issue, each the median of several runs,
 * printed as a table and written to BENCHMARKS.md with the machine, Node version and date.
 * `npm run bench -- --quick` is the short setting CI runs so that the benchmark cannot rot: it
 * checks that every figure can be measured, prints them, writes nothing and fails only on error.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { actionFigures } from './action.js';
import { probeCost, specReadBack, startup } from './local.js';
import { falseRollbacks, timeToRollback } from './rollback.js';
import { scaleFigures } from './scale.js';
import { slowGitHubFigures } from './slow-github.js';
import { table, type Figure } from './util.js';

const quick = process.argv.includes('--quick');
const figures: Figure[] = [];
const step = async (label: string, fn: () => Promise<Figure | Figure[]> | Figure) => {
  process.stderr.write(`bench: ${label}...\n`);
  const result = await fn();
  figures.push(...(Array.isArray(result) ? result : [result]));
};

await step('time to rollback (confirm 0)', () =>
  timeToRollback({
    intervalMs: quick ? 1000 : 30_000,
    confirm: 0,
    confirmIntervalMs: 2000,
    runs: quick ? 2 : 5,
  }),
);
await step('time to rollback (defaults)', () =>
  quick
    ? timeToRollback({ intervalMs: 3000, confirm: 2, confirmIntervalMs: 200, runs: 1 })
    : timeToRollback({ intervalMs: 30_000, confirm: 2, confirmIntervalMs: 2000, runs: 5 }),
);
await step('false rollbacks', () =>
  falseRollbacks({ samples: quick ? 30 : 100, intervalMs: quick ? 100 : 200 }),
);
await step('lane overhead and GitHub requests', () => actionFigures(quick ? 1 : 5));
await step('rollback with a slow GitHub, round trips before the deploy', () =>
  slowGitHubFigures(quick ? 1 : 3),
);
await step('any history, any window', () => scaleFigures(quick ? 1 : 3));
await step('start-up', () => startup(quick ? 5 : 30));
await step('spec read-back', () => specReadBack(quick ? 2 : 7));
await step('monitor cost', () => probeCost(quick ? 50 : 500));

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick setting: short intervals, few runs; not comparable)' : ''}`;
const out = `${header}\n\n${table(figures)}\n`;
process.stdout.write(`\n${out}\n`);
if (!quick) {
  writeFileSync(
    new URL('../BENCHMARKS.md', import.meta.url),
    `# Benchmarks\n\nWritten by \`npm run bench\` (each figure the median of the runs shown; ratios measured side by side in the same run).\n\n${out}\n## How each figure is measured\n\n${figures.map((f) => `- **${f.name}**: ${f.how}.`).join('\n')}\n`,
  );
  process.exitCode = figures.every((f) => f.pass) ? 0 : 1;
}
