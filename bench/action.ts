/**
 * The built Action on the resolve scenario against the GitHub emulator: lane overhead (wall time
 * minus the user's commands and the monitor window) and the GitHub requests it sends.
 */
import { execFileSync } from 'node:child_process';
import { runAction } from '../__tests__/helpers/action.js';
import { DEPLOY_COMMAND } from '../__tests__/helpers/repo.js';
import { githubWorld } from '../__tests__/helpers/world.js';
import { httpProbe } from '../src/sources/http-probe.js';
import { median, type Figure } from './util.js';

const BRANCH = 'hotfix/042-bench';

async function world() {
  const w = await githubWorld({ branch: BRANCH, version: 'good-v2' });
  w.emulator.addPull(BRANCH, 'Login returns 500', 'details');
  return w;
}

/** Runs the resolve scenario `runs` times; returns the overhead and the request count. */
export async function actionFigures(runs: number): Promise<Figure[]> {
  const overheads: number[] = [];
  const requests: number[] = [];
  let details = '';
  let detail = '';
  // A first run warms the emulator's validators up; it is not counted.
  for (let i = 0; i <= runs; i += 1) {
    if (i === 0) {
      const w = await world();
      await runAction({
        emulator: w.emulator,
        workspace: w.workspace,
        event: 'push',
        payload: w.payload,
        inputs: {
          'test-command': 'true',
          'deploy-command': DEPLOY_COMMAND,
          'probe-url': w.service.url,
          'monitor-duration': '0s',
        },
      });
      await w.close();
      continue;
    }
    const w = await world();
    const inputs = {
      'test-command': 'true',
      'deploy-command': DEPLOY_COMMAND,
      'probe-url': w.service.url,
      'monitor-duration': '0s',
      'monitor-interval': '1s',
    };
    // The user's commands and one monitor sample, timed on their own, are not the lane's cost.
    const t0 = performance.now();
    execFileSync('bash', ['-c', 'true'], { cwd: w.workspace });
    execFileSync('bash', ['-c', DEPLOY_COMMAND], {
      cwd: w.workspace,
      env: { ...process.env, HOTFIX_REF: w.sha },
    });
    const commands = performance.now() - t0;
    const t1 = performance.now();
    await httpProbe({ urls: [w.service.url] }).sample();
    const window = performance.now() - t1;
    const started = performance.now();
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload: w.payload,
      inputs,
    });
    const wall = performance.now() - started;
    if (run.outputs.status !== 'resolved' || w.emulator.violations.length > 0) {
      throw new Error(
        `the resolve scenario did not resolve: ${run.outputs.status} ${w.emulator.violations.join('; ')}\n${run.log}`,
      );
    }
    // The emulator's own time answering stands for GitHub's latency: it is not the lane's cost.
    overheads.push((wall - commands - window - w.emulator.serviceMs) / 1000);
    detail = `wall ${Math.round(wall)} ms = commands ${Math.round(commands)} + monitor ${Math.round(window)} + GitHub (emulator) ${Math.round(w.emulator.serviceMs)} + lane`;
    requests.push(w.emulator.log.length);
    details = w.emulator.log.map((l) => l.operationId).join(', ');
    await w.close();
  }
  return [
    {
      name: 'lane overhead',
      how: 'wall time of node dist/index.js (resolve) - user commands - monitor window',
      value: median(overheads),
      unit: 's',
      target: '<= 1.0 s',
      pass: median(overheads) <= 1.0,
      runs,
      detail,
    },
    {
      name: 'GitHub requests per resolved run',
      how: 'counted by the emulator (PR, comment, deployment, commits, T005-T007)',
      value: median(requests),
      unit: '',
      target: '<= 15',
      pass: median(requests) <= 15,
      runs,
      detail: details,
    },
  ];
}
