/**
 * Start-up of the Action with nothing to do, spec read-back on a 1 MB hotfix.md, and the CPU
 * cost of one HTTP probe sample.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendTimeline, readSpec, renderSpec, setSpecStatus } from '../src/core/spec.js';
import { httpProbe } from '../src/sources/http-probe.js';
import { median, type Figure } from './util.js';

const ACTION = path.resolve(import.meta.dirname, '../dist/index.js');

/** Wall time of one `node <args>`; a failing step (exit 1) is timed like any other. */
function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - started;
}

/** `node dist/index.js` with no event vs `node -e 0`, alternated, as a ratio of medians. */
export function startup(runs: number): Figure {
  const env = { PATH: process.env.PATH, GITHUB_REPOSITORY: 'o/r' };
  const action: number[] = [];
  const bare: number[] = [];
  timeRun(['-e', '0'], env);
  timeRun([ACTION], env);
  for (let i = 0; i < runs; i += 1) {
    bare.push(timeRun(['-e', '0'], env));
    action.push(timeRun([ACTION], env));
  }
  // A run that fails on a bad input reports it without loading the GitHub client.
  const inputError = { ...env, GITHUB_EVENT_NAME: 'push', 'INPUT_MONITOR-INTERVAL': 'soon' };
  const failing: number[] = [];
  for (let i = 0; i < runs; i += 1) failing.push(timeRun([ACTION], inputError));
  const value = median(action) / median(bare);
  // Beside it: an entry that only imports @actions/core as published (no sideEffects flag, so its
  // OIDC client and undici come along), bundled by plain ncc, measured side by side.
  const floorDir = mkdtempSync(path.join(os.tmpdir(), 'hotfix-core-only-'));
  writeFileSync(
    path.join(floorDir, 'entry.mjs'),
    "import * as core from '@actions/core';\ncore.setOutput('status', core.getInput('x'));\n",
  );
  symlinkSync(
    path.resolve(import.meta.dirname, '../node_modules'),
    path.join(floorDir, 'node_modules'),
  );
  execFileSync(
    process.execPath,
    [
      path.resolve(import.meta.dirname, '../node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(floorDir, 'entry.mjs'),
      '-o',
      path.join(floorDir, 'out'),
      '--quiet',
    ],
    { stdio: 'ignore' },
  );
  const floorEntry = path.join(floorDir, 'out', 'index.mjs');
  const floor: number[] = [];
  const bareAgain: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    bareAgain.push(timeRun(['-e', '0'], env));
    floor.push(timeRun([floorEntry], env));
  }
  rmSync(floorDir, { recursive: true, force: true });
  const floorRatio = median(floor) / median(bareAgain);
  return {
    name: 'start-up',
    how: 'node dist/index.js (no event) / node -e 0, side by side',
    value,
    unit: 'x',
    target: '<= 2.0',
    pass: value <= 2.0,
    runs,
    detail: `${median(action).toFixed(1)} ms vs ${median(bare).toFixed(1)} ms, on Node ${process.version}; an entry that only imports @actions/core as published: ${floorRatio.toFixed(2)} x; a run failing on a bad input: ${(median(failing) / median(bare)).toFixed(2)} x`,
  };
}

/** A hotfix.md of about `bytes`, most of it a long timeline. */
export function bigSpec(bytes: number): string {
  const head = renderSpec({
    id: { number: 42, padded: '042', slug: 'x' },
    title: 'Login 500',
    environment: 'production',
    createdAt: Date.UTC(2026, 10, 25),
    version: 'bench',
  });
  const lines: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i += 1) {
    const line = `- 2026-11-25 03:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC — sample ${i}: error_rate 0.0${i % 10} latency_p95_ms ${100 + (i % 50)} (all thresholds hold)`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${head}${lines.join('\n')}\n`;
}

/** Read back + status edit + timeline append on a 1 MB spec. */
export function specReadBack(runs: number, bytes = 1_000_000): Figure {
  const text = bigSpec(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const started = performance.now();
    readSpec(text, 'hotfix.md');
    const edited = appendTimeline(setSpecStatus(text, 'Monitoring'), [
      { at: Date.now(), text: 'one more event' },
    ]);
    const ms = performance.now() - started;
    if (!edited.includes('one more event')) throw new Error('the edit was lost');
    if (i > 0) times.push(ms); // the first run warms the JIT up
  }
  return {
    name: 'spec read-back',
    how: `${(text.length / 1e6).toFixed(2)} MB hotfix.md: read, set Status, append a timeline line`,
    value: median(times),
    unit: 'ms',
    target: '<= 200 ms',
    pass: median(times) <= 200,
    runs,
  };
}

/** CPU time per HTTP probe sample (5 requests), against a server in another process. */
export async function probeCost(samples: number): Promise<Figure> {
  const server = spawn(process.execPath, [
    '-e',
    "const s=require('http').createServer((q,r)=>r.end('ok')).listen(0,'127.0.0.1',()=>console.log(s.address().port))",
  ]);
  const port = await new Promise<number>((resolve) =>
    server.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
  );
  const probe = httpProbe({ urls: [`http://127.0.0.1:${port}/healthz`] });
  for (let i = 0; i < 20; i += 1) await probe.sample();
  const before = process.cpuUsage();
  for (let i = 0; i < samples; i += 1) await probe.sample();
  const used = process.cpuUsage(before);
  server.kill();
  const value = (used.user + used.system) / 1000 / samples;
  return {
    name: 'monitor cost',
    how: 'CPU time per HTTP probe sample (5 requests, keep-alive)',
    value,
    unit: 'ms',
    target: '<= 5 ms',
    pass: value <= 5,
    runs: samples,
  };
}
