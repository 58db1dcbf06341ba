import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpec } from '../../src/core/spec.js';
import {
  DEPLOY_COMMAND,
  git,
  hotfixBranch,
  makeRepo,
  runCli,
  startVersionService,
  terminate,
  waitUntil,
} from '../helpers/repo.js';

type Service = Awaited<ReturnType<typeof startVersionService>>;
let service: Service | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const lane = (url: string, extra: string[] = []) => [
  'run',
  '--test-command',
  'grep -q . version.txt',
  '--deploy-command',
  DEPLOY_COMMAND,
  '--probe-url',
  url,
  '--monitor-interval',
  '1s',
  ...extra,
];

const deployments = async (repo: string) =>
  JSON.parse(await readFile(path.join(repo, '.specswarm/deployments.json'), 'utf8'))
    .deployments as {
    environment: string;
    ref: string;
    payload: { hotfix?: string; rollbackOf?: number };
    statuses: { state: string }[];
  }[];

/**
 * A first hotfix that resolves, so that the environment has a good deployment to go back to,
 * then merged into main.
 */
async function goodDeployment(repo: string, url: string): Promise<string> {
  const sha = await hotfixBranch(repo, 'hotfix/041-warmup', 'good');
  const run = await runCli(
    lane(url, ['--monitor-duration', '1s', '--allow-no-rollback', 'first deploy of this service']),
    { cwd: repo },
  );
  expect(run.stdout).toContain('status: resolved');
  expect(run.code).toBe(0);
  // The fix goes home: later hotfixes are cut from a main that has it (README, "Never roll
  // production back by accident").
  git(repo, 'checkout', '-q', 'main');
  git(repo, 'merge', '-q', '--ff-only', 'hotfix/041-warmup');
  return sha;
}

/** A repo with a good deployment gone home, a service, and `branch` cut from main at `version`. */
async function hotfixAfterGoodDeployment(branch: string, version: string) {
  const repo = await makeRepo();
  service = await startVersionService(repo);
  const good = await goodDeployment(repo, service.url);
  const sha = await hotfixBranch(repo, branch, version);
  return { repo, url: service.url, good, sha };
}

describe('the CLI as a child process in a real git repo, against a real service', () => {
  it('rolls a breach back within one monitor interval of the first failing answer', async () => {
    const {
      repo,
      url,
      good,
      sha: bad,
    } = await hotfixAfterGoodDeployment('hotfix/042-login-500', 'bad-after 2500');
    const run = await runCli(lane(url, ['--monitor-duration', '30s', '--confirm-samples', '0']), {
      cwd: repo,
    });
    expect(run.stdout).toContain('status: rolled-back');
    expect(run.code).toBe(13);
    const rollbackAt = Number(await readFile(path.join(repo, '.rollback-at'), 'utf8'));
    const firstFail = service!.firstFailAt()!;
    expect(firstFail).toBeGreaterThan(0);
    // Within one monitor-interval (1 s) of the service's first failing answer.
    expect(rollbackAt - firstFail).toBeLessThanOrEqual(1000);
    expect((await readFile(path.join(repo, '.live-version'), 'utf8')).trim()).toBe('good');
    const records = await deployments(repo);
    expect(records.map((d) => [d.ref, d.statuses.at(-1)?.state])).toEqual([
      [good, 'success'],
      [bad, 'failure'],
      [good, 'success'],
    ]);
    const spec = await readFile(
      path.join(repo, '.specswarm/features/042-hotfix/hotfix.md'),
      'utf8',
    );
    expect(readSpec(spec, 'hotfix.md').status).toBe('Rolled back');
    const metrics = JSON.parse(
      await readFile(path.join(repo, '.specswarm/workflow-metrics.json'), 'utf8'),
    );
    expect(metrics.features['042-hotfix'].hotfix_metrics.rollback_triggered).toBe(true);
    expect(metrics.summary.last_30_days.hotfix).toMatchObject({ count: 2, rollback_rate: 0.5 });
  });

  it('does not roll back a single-sample blip (confirmation on)', async () => {
    // Requests 11-15 are the third sample's five: one bad sample, healthy before and after.
    const { repo, url } = await hotfixAfterGoodDeployment('hotfix/043-blip', 'fail-requests 11 15');
    const run = await runCli(
      lane(url, [
        '--monitor-duration',
        '5s',
        '--confirm-samples',
        '2',
        '--confirm-interval',
        '200ms',
      ]),
      { cwd: repo },
    );
    expect(run.stderr).toMatch(/sample 3: Failed/);
    expect(run.stderr).toMatch(/breach not confirmed/);
    expect(run.stdout).toContain('status: resolved');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(repo, '.rollback-at'))).toBe(false);
    // README, "The clock".
    expect(run.stdout).toMatch(
      /\*\*Time to resolution:\*\* \d+s since hotfix\.md's Created \(target 2h: within\)/,
    );
  });

  it('never deploys when the essential tests fail', async () => {
    const repo = await makeRepo();
    service = await startVersionService(repo);
    await goodDeployment(repo, service.url);
    const before = await deployments(repo);
    await hotfixBranch(repo, 'hotfix/044-broken', 'bad');
    const args = lane(service.url);
    args[2] = 'test "$(cat version.txt)" = good';
    const run = await runCli(args, { cwd: repo });
    expect(run.code).toBe(10);
    expect(run.stdout).toContain('status: gate-failed');
    expect(await deployments(repo)).toEqual(before);
    expect((await readFile(path.join(repo, '.live-version'), 'utf8')).trim()).toBe('good');
  });

  // README, "Rollback readiness".
  it('without a rollback target is blocked with exit 15 and deploys nothing', async () => {
    const repo = await makeRepo();
    service = await startVersionService(repo);
    await hotfixBranch(repo, 'hotfix/046-first', 'good');
    const run = await runCli(lane(service.url), { cwd: repo });
    expect(run.code).toBe(15);
    expect(run.stdout).toContain('status: blocked');
    expect(run.stdout).toMatch(/set allow-no-rollback to a written reason/);
    expect(existsSync(path.join(repo, '.deployed'))).toBe(false);
  });

  // README, "After a rollback".
  it('a rollback that leaves the service breaching escalates with exit 14', async () => {
    const { repo, url } = await hotfixAfterGoodDeployment('hotfix/047-stuck', 'bad');
    const run = await runCli(
      lane(url, [
        '--monitor-duration',
        '5s',
        '--confirm-samples',
        '0',
        '--confirm-interval',
        '200ms',
        '--rollback-command',
        'echo "rolled back (not really)"',
      ]),
      { cwd: repo },
    );
    expect(run.code).toBe(14);
    expect(run.stdout).toContain('status: escalated');
    expect(run.stderr).toMatch(/rollback check 1\/3: Failed/);
    const records = await deployments(repo);
    expect(records.at(-1)!.payload.rollbackOf).toBeDefined();
    expect(records.at(-1)!.statuses.at(-1)?.state).toBe('failure');
  });

  // README, "Decisions people trust".
  it('a sample without data ends the run inconclusive with exit 16, nothing rolled back', async () => {
    const { repo, url } = await hotfixAfterGoodDeployment('hotfix/048-quiet', 'good');
    const run = await runCli(
      lane(url, [
        '--monitor-duration',
        '3s',
        '--thresholds',
        'queue_depth < 10',
        '--monitor-command',
        'echo "{}"',
      ]),
      { cwd: repo },
    );
    expect(run.code).toBe(16);
    expect(run.stdout).toContain('status: inconclusive');
    expect(existsSync(path.join(repo, '.rollback-at'))).toBe(false);
    expect((await deployments(repo)).at(-1)!.statuses.at(-1)?.state).toBe('error');
  });

  // README, "Never roll production back by accident".
  it('a branch cut before a later production deploy is blocked (exit 15); with allow-diverged it deploys, stamped', async () => {
    const repo = await makeRepo();
    service = await startVersionService(repo);
    const running = await goodDeployment(repo, service.url);
    // Cut from main as it was before hotfix 041 shipped and went home.
    git(repo, 'checkout', '-q', '-b', 'hotfix/050-stale', `${running}~1`);
    await writeFile(path.join(repo, 'version.txt'), 'good-v2\n');
    git(repo, 'commit', '-q', '-am', 'hotfix: stale');
    const before = await deployments(repo);
    const blocked = await runCli(lane(service.url, ['--monitor-duration', '1s']), { cwd: repo });
    expect(blocked.code).toBe(15);
    expect(blocked.stdout).toContain('status: blocked');
    expect(blocked.stdout).toMatch(
      new RegExp(`diverged from what production runs \\(${running.slice(0, 7)}\\)`),
    );
    expect(blocked.stdout).toContain(
      `Merge or rebase ${running.slice(0, 12)} into hotfix/050-stale`,
    );
    expect(await deployments(repo)).toEqual(before);
    const allowed = await runCli(
      lane(service.url, [
        '--monitor-duration',
        '1s',
        '--allow-diverged',
        'the 041 change is obsolete',
      ]),
      { cwd: repo },
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('status: resolved');
    expect((await deployments(repo)).at(-1)!.payload).toMatchObject({
      allowDiverged: 'the 041 change is obsolete',
    });
  });

  it('a Target of Staging, Production: Production first is blocked, then Staging and Production deploy in order, and status shows both', async () => {
    const repo = await makeRepo();
    service = await startVersionService(repo);
    const sha = await hotfixBranch(repo, 'hotfix/051-two-step', 'good-v2');
    const spec = path.join(repo, '.specswarm/features/051-hotfix/hotfix.md');
    await mkdir(path.dirname(spec), { recursive: true });
    await writeFile(
      spec,
      '# Hotfix 051: two steps\n\n**Status**: Active\n\n**Target**: Staging, Production\n',
    );
    const to = (environment: string) =>
      runCli(
        lane(service!.url, [
          '--monitor-duration',
          '1s',
          '--environment',
          environment,
          '--allow-no-rollback',
          'first deploy of this service',
        ]),
        { cwd: repo },
      );
    const early = await to('Production');
    expect(early.code).toBe(15);
    expect(early.stdout).toContain(
      `Production comes after Staging in the spec's Target (.specswarm/features/051-hotfix/hotfix.md:5), and Staging has not held ${sha.slice(0, 7)}: hotfix 051 has no deployment there`,
    );
    expect(existsSync(path.join(repo, '.specswarm/deployments.json'))).toBe(false);
    const staging = await to('staging');
    expect(staging.code).toBe(0);
    const production = await to('Production');
    expect(production.code).toBe(0);
    expect(production.stdout).toMatch(/\| Staging +\| resolved +\| [0-9a-f]{12} \|/);
    expect((await deployments(repo)).map((d) => [d.environment, d.ref])).toEqual([
      ['Staging', sha],
      ['Production', sha],
    ]);
    const status = await runCli(['status', '--environment', 'Production'], { cwd: repo });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(
      `Hotfix 051 in each environment it reached:\n  Staging        resolved     ${sha.slice(0, 7)}\n  Production     resolved     ${sha.slice(0, 7)}\n`,
    );
  });

  it('names a bad input before doing anything', async () => {
    const repo = await makeRepo();
    await hotfixBranch(repo, 'hotfix/045-x', 'good');
    const run = await runCli(['run', '--monitor-interval', '5 minutes'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /input "monitor-interval": found "5 minutes"; expected a duration such as 90s, 5m, 1h or 1h30m/,
    );
    expect(existsSync(path.join(repo, '.specswarm'))).toBe(false);
  });

  it('is a no-op on a branch that is not a hotfix branch', async () => {
    const repo = await makeRepo();
    const run = await runCli(['run'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not a hotfix branch: "main"/);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('start scaffolds once and never overwrites; --help works on every command', async () => {
    const repo = await makeRepo();
    expect((await runCli(['start', '7', '--title', 'DB down'], { cwd: repo })).code).toBe(0);
    const file = path.join(repo, '.specswarm/features/007-hotfix/hotfix.md');
    const first = await readFile(file, 'utf8');
    expect(first).toMatch(/^# Hotfix 007: DB down$/m);
    const second = await runCli(['start', '7', '--title', 'other'], { cwd: repo });
    expect(second.stderr).toMatch(/kept .*hotfix\.md \(exists; never overwritten\)/);
    expect(await readFile(file, 'utf8')).toBe(first);
    for (const command of ['start', 'run', 'rollback', 'status', 'migrate', 'demo']) {
      const help = await runCli([command, '--help'], { cwd: repo });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: hotfix ${command}`));
    }
  });

  it('runs the demo lane to a rollback and exits 0', async () => {
    const run = await runCli(['demo'], { cwd: process.cwd() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/confirmation sample|✅ demo passed/);
    expect(run.stderr).toMatch(/confirmation sample 3: Failed/);
    expect(run.stdout).toMatch(/✅ demo passed: the bad hotfix was rolled back/);
    // The demo's own webhook receiver prints what the lane told it (README, "Keeping people
    // informed").
    const received = [...run.stdout.matchAll(/^📣 notify-webhook received: (.*)$/gm)].map(
      (m) => (JSON.parse(m[1]!) as { hotfix: { event: string } }).hotfix.event,
    );
    expect(received).toEqual(['deploying', 'breached', 'rolled-back']);
  });
});

describe('files the CLI refuses (README, "Trust boundaries")', () => {
  it('refuses a hotfix.md that is a symbolic link, naming it, and touches nothing', async () => {
    const repo = await makeRepo();
    const outside = path.join(await mkdtemp(path.join(os.tmpdir(), 'hotfix-secret-')), 'id_key');
    await writeFile(outside, 'PRIVATE KEY\n');
    await hotfixBranch(repo, 'hotfix/042-login-500', 'good-v2');
    const dir = path.join(repo, '.specswarm/features/042-hotfix');
    await mkdir(dir, { recursive: true });
    await symlink(outside, path.join(dir, 'hotfix.md'));
    const run = await runCli(
      ['run', '--test-command', 'true', '--deploy-command', 'touch deployed-anyway'],
      { cwd: repo },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(
      /\.specswarm\/features\/042-hotfix\/hotfix\.md: is a symbolic link; hotfix\.md and tasks\.md must be regular files/,
    );
    expect(await readFile(outside, 'utf8')).toBe('PRIVATE KEY\n');
    expect(existsSync(path.join(repo, 'deployed-anyway'))).toBe(false);
    expect(existsSync(path.join(repo, '.specswarm/deployments.json'))).toBe(false);
  });
});

describe('CLI rollback, status, migrate and cancellation', () => {
  it('rolls the current deployment back by hand to the last good one (HOTFIX_ROLLBACK=1)', async () => {
    const repo = await makeRepo();
    service = await startVersionService(repo);
    const good = await goodDeployment(repo, service.url);
    const second = await hotfixBranch(repo, 'hotfix/046-tweak', 'good-v2');
    const run = await runCli(lane(service.url, ['--monitor-duration', '1s']), { cwd: repo });
    expect(run.code).toBe(0);
    expect((await readFile(path.join(repo, '.live-version'), 'utf8')).trim()).toBe('good-v2');
    const rollback = await runCli(['rollback', '--deploy-command', DEPLOY_COMMAND], { cwd: repo });
    expect(rollback.stdout).toContain('status: rolled-back');
    expect(rollback.code).toBe(0);
    expect((await readFile(path.join(repo, '.live-version'), 'utf8')).trim()).toBe('good');
    expect(existsSync(path.join(repo, '.rollback-at'))).toBe(true);
    const records = await deployments(repo);
    expect(records.at(-1)).toMatchObject({ ref: good, payload: { hotfix: '046', rollbackOf: 2 } });
    expect(records.at(-2)?.ref).toBe(second);
    const spec = await readFile(
      path.join(repo, '.specswarm/features/046-hotfix/hotfix.md'),
      'utf8',
    );
    expect(readSpec(spec, 'hotfix.md').status).toBe('Rolled back');
    expect(spec).toMatch(/Manual rollback requested for production/);

    const status = await runCli(['status'], { cwd: repo });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/#3 .* success +rollback of hotfix 046/);
    expect(status.stdout).toMatch(/#2 .* success +hotfix 046/);
  });

  it('migrates legacy features/ to .specswarm/features, and refuses to overwrite', async () => {
    const repo = await makeRepo();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(repo, 'features/042-hotfix'), { recursive: true });
    await writeFile(path.join(repo, 'features/042-hotfix/hotfix.md'), '# Hotfix 042: legacy\n');
    await hotfixBranch(repo, 'hotfix/042-legacy', 'good');
    const dry = await runCli(['run', '--dry-run', 'true'], { cwd: repo });
    expect(dry.stderr).toMatch(/using the legacy features\/ folder; `npx hotfix migrate` moves it/);
    const migrate = await runCli(['migrate'], { cwd: repo });
    expect(migrate.code).toBe(0);
    expect(
      await readFile(path.join(repo, '.specswarm/features/042-hotfix/hotfix.md'), 'utf8'),
    ).toBe('# Hotfix 042: legacy\n');
    expect(existsSync(path.join(repo, 'features/042-hotfix'))).toBe(false);
    await mkdir(path.join(repo, 'features/042-hotfix'), { recursive: true });
    const again = await runCli(['migrate'], { cwd: repo });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already holds 042-hotfix: merge those by hand, nothing was moved/,
    );
  });

  it('on SIGTERM mid-monitor marks the deployment error (cancelled), keeps the store whole, exits fast', async () => {
    const { repo, url } = await hotfixAfterGoodDeployment('hotfix/047-slow', 'good');
    let pid = 0;
    const running = runCli(lane(url, ['--monitor-duration', '60s']), {
      cwd: repo,
      onSpawn: (p) => (pid = p),
    });
    // Wait until hotfix 047 is being monitored (its deployment is in_progress).
    await waitUntil(
      async () => {
        const last = (await deployments(repo)).at(-1);
        return (
          last?.payload.hotfix === '047' && last.statuses.some((st) => st.state === 'in_progress')
        );
      },
      { everyMs: 100 },
    );
    const { run, ms } = await terminate(pid, running);
    expect(ms).toBeLessThan(7000);
    expect(run.code).toBe(130);
    const records = await deployments(repo);
    expect(records.at(-1)?.statuses.at(-1)).toMatchObject({
      state: 'error',
      description: 'Cancelled: the run was stopped',
    });
    expect(
      await readFile(path.join(repo, '.specswarm/features/047-hotfix/hotfix.md'), 'utf8'),
    ).toMatch(/Run cancelled/);
  });
});
