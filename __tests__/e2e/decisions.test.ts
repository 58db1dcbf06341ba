/**
 * Decisions people trust (README, "Decisions people trust" and "After a rollback"), end to end
 * through `node dist/index.js` against the emulator and a real service.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../src/core/spec.js';
import { examplePayload } from '../helpers/action.js';
import { laneWorlds } from '../helpers/lane-worlds.js';
import { startReceiver } from '../helpers/receiver.js';
import { git } from '../helpers/repo.js';
import { pushToBranch } from '../helpers/world.js';

const BRANCH = 'hotfix/042-login-500';
const SPEC = '.specswarm/features/042-hotfix/hotfix.md';
const { world, cleanups } = laneWorlds(BRANCH);

describe('after a rollback', () => {
  it('the restored service is sampled before the rollback counts: success, and the samples are in the report', async () => {
    const w = await world('bad');
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    const rollback = w.emulator.deployments.at(-1)!;
    expect(rollback.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(run.log).toMatch(/rollback check 3\/3: Successful/);
    expect(w.emulator.comments[0]!.body).toMatch(
      /\(r\) after the rollback\): .*\(r\)S \(r\)S \(r\)S/,
    );
    expect(w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`])).toContain(
      'Rollback verified: 3 sample(s) of the restored service, none breaching',
    );
  });

  it('a rollback that does not restore the service fails its deployment and escalates, with the escalation issue', async () => {
    const w = await world('bad');
    const run = await w.run({
      inputs: {
        ...w.inputs,
        // A rollback command that succeeds but leaves the bad version live.
        'rollback-command': 'echo "rolled back (not really)"',
        'escalation-mentions': '@org/oncall',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('escalated');
    expect(run.code).not.toBe(0);
    expect((await readFile(path.join(w.workspace, '.live-version'), 'utf8')).trim()).toBe('bad');
    const rollback = w.emulator.deployments.at(-1)!;
    expect((rollback.payload as { rollbackOf?: number }).rollbackOf).toBeDefined();
    expect(rollback.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(rollback.statuses.at(-1)!.description).toMatch(
      /^Service still breaching after rollback: error_rate 100% > limit 1% at \d\d:\d\d:\d\d UTC/,
    );
    const escalation = w.emulator.issues.find((i) => i.title.includes('escalated'));
    expect(escalation?.body).toMatch(/@org\/oncall[\s\S]*did not restore the service/);
    expect(readSpec(w.emulator.git(['show', `refs/heads/${BRANCH}:${SPEC}`]), SPEC).status).toBe(
      'Escalated',
    );
  });
});

describe('inconclusive is a decision', () => {
  it('a sample without data ends the run inconclusive: deployment error, no rollback, a failed step, the comment says a human decides', async () => {
    const w = await world('good-v2');
    const run = await w.run({
      inputs: {
        ...w.inputs,
        'probe-url': '',
        thresholds: 'queue_depth < 10',
        'monitor-command': 'echo "{}"',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('inconclusive');
    expect(run.code).not.toBe(0);
    const deployed = w.emulator.deployments.at(-1)!;
    expect(deployed.sha).toBe(w.sha);
    expect(deployed.statuses.at(-1)).toMatchObject({ state: 'error' });
    expect(deployed.statuses.at(-1)!.description).toMatch(/^inconclusive: a human decides/);
    expect(
      w.emulator.deployments.some((d) => (d.payload as { rollbackOf?: number }).rollbackOf),
    ).toBe(false);
    expect(w.emulator.comments[0]!.body).toContain('❔ Inconclusive: a human decides');
  });
});

describe('the clock', () => {
  it("time-to-resolution-seconds runs from hotfix.md's Created across re-runs; within-target against resolution-target", async () => {
    const w = await world('good-v2');
    const first = await w.run({ inputs: { ...w.inputs, severity: 'SEV1' } });
    expect(first.outputs.status).toBe('resolved');
    expect(Number(first.outputs['time-to-resolution-seconds'])).toBeLessThan(120);
    expect(first.outputs['within-target']).toBe('true');
    // The hotfix was in fact opened 90 minutes ago (a human fixes the Created line); the push
    // of that edit runs the lane again on the new head.
    const created = new Date(Date.now() - 90 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const { payload } = await pushToBranch(
      w,
      BRANCH,
      'spec: the real start of the incident',
      async (dev) => {
        const specFile = path.join(dev, SPEC);
        const spec = await readFile(specFile, 'utf8');
        expect(spec).toContain('**🚨 EMERGENCY**: SEV1\n');
        await writeFile(
          specFile,
          spec.replace(/^\*\*Created\*\*: .*$/m, `**Created**: ${created} UTC`),
        );
      },
    );
    const second = await w.run({
      payload,
      inputs: { ...w.inputs, 'resolution-target': '1h' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(second.outputs.status).toBe('resolved');
    const seconds = Number(second.outputs['time-to-resolution-seconds']);
    expect(seconds).toBeGreaterThanOrEqual(90 * 60 - 60);
    expect(seconds).toBeLessThan(90 * 60 + 120);
    expect(second.outputs['within-target']).toBe('false');
    expect(second.summary).toMatch(/Time to resolution:\*\* 1h3\dm.* \(target 1h: over\)/);
    const metrics = JSON.parse(
      await readFile(path.join(w.workspace, '.specswarm/workflow-metrics.json'), 'utf8'),
    );
    expect(metrics.features['042-hotfix'].hotfix_metrics).toMatchObject({
      time_to_resolution_seconds: seconds,
      resolution_target_seconds: 3600,
      within_target: false,
    });
  });
});

describe('keeping people informed', () => {
  it('each notify-webhook gets deploying, breached and rolled-back once, linking the PR; one that fails is a warning and the lane goes on', async () => {
    const w = await world('bad');
    const ok = await startReceiver();
    const down = await startReceiver(() => 500);
    cleanups.push(ok.close, down.close);
    const run = await w.run({
      inputs: { ...w.inputs, 'notify-webhook': `${ok.url}\n${down.url}` },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('rolled-back');
    expect(ok.received.map((r) => r.body.hotfix.event)).toEqual([
      'deploying',
      'breached',
      'rolled-back',
    ]);
    for (const { body, contentType } of ok.received) {
      expect(contentType).toBe('application/json');
      expect(body.hotfix).toMatchObject({ number: '042', environment: 'production', sha: w.sha });
      expect(body.hotfix.url).toMatch(new RegExp(`/pull/${w.pr}$`));
      expect(body.text).toMatch(/^Hotfix 042 \(login-500\) /);
    }
    expect(ok.received[1]!.body.text).toMatch(/error_rate 100% > limit 1% at \d\d:\d\d:\d\d UTC/);
    // The failing one was tried twice for each event, then a warning that never shows its URL.
    expect(down.received).toHaveLength(6);
    const warnings = run.log.match(/::warning::notify-webhook line 2 .*/g) ?? [];
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) expect(warning).not.toContain('s3cr3t');
    // Each URL is masked, and appears nowhere else in the log.
    expect(run.log).toContain(`::add-mask::${ok.url}`);
    expect(run.log.split('s3cr3t-webhook-path').length - 1).toBe(2);
  });
});

describe('carrying the fix home', () => {
  /** The PRs from the hotfix branch, by base. */
  const pullsFrom = (w: Awaited<ReturnType<typeof world>>) =>
    w.emulator.issues.filter((i) => i.pull?.head === BRANCH);

  it('a resolved run opens a PR to each merge-back branch that has none (not to main: one is open), and a re-run opens no second', async () => {
    const w = await world('good-v2');
    git(w.dev, 'push', '-q', 'origin', 'main:develop');
    const inputs = { ...w.inputs, 'merge-back-branches': 'develop' };
    const run = await w.run({ inputs });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    expect(pullsFrom(w).map((i) => i.pull!.base)).toEqual(['main', 'develop']);
    const develop = pullsFrom(w).find((i) => i.pull!.base === 'develop')!;
    expect(develop.title).toBe('Hotfix 042: Login returns 500 for legacy cookies');
    expect(develop.body).toContain(`blob/${BRANCH}/${SPEC}`);
    expect(develop.body).toMatch(/Run: https?:\/\/\S+\/actions\/runs\/\d+/);
    expect(develop.body).toContain('never merges');
    expect(develop.pull!.draft).toBe(false);
    expect(run.log).toMatch(/Merge-back PR to develop: \S+\/pull\/\d+/);
    await w.run({ inputs, runAttempt: 2 });
    expect(w.emulator.violations).toEqual([]);
    expect(pullsFrom(w)).toHaveLength(2);
  });

  it('with no PR open, one to the default branch; a branch that does not merge cleanly gets a draft with a note; a missing branch is a warning naming it', async () => {
    const w = await world('good-v2');
    // The PR of the world is closed: nothing carries the fix home yet.
    w.emulator.issues.find((i) => i.pull)!.state = 'closed';
    git(w.dev, 'checkout', '-q', '-b', 'develop', 'main');
    await writeFile(path.join(w.dev, 'version.txt'), 'develop-only\n');
    git(w.dev, 'commit', '-q', '-am', 'develop moves on');
    git(w.dev, 'push', '-q', 'origin', 'develop');
    const run = await w.run({
      inputs: { ...w.inputs, 'merge-back-branches': 'develop\nrelease/9.9' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    expect(run.code).toBe(0);
    // The bases are opened side by side: in either order.
    const open = pullsFrom(w).filter((i) => i.state === 'open');
    expect(Object.fromEntries(open.map((i) => [i.pull!.base, i.pull!.draft]))).toEqual({
      main: false,
      develop: true,
    });
    const draft = open.find((i) => i.pull!.base === 'develop')!;
    const note = w.emulator.comments.find((c) => c.issue === draft.number);
    expect(note?.body).toMatch(/does not merge cleanly into `develop`, so this PR is a draft/);
    expect(w.emulator.graphqlMutations).toHaveLength(1);
    expect(run.log).toMatch(
      /::warning::merge-back-branches: the branch "release\/9\.9" does not exist; no merge-back PR to it/,
    );
  });

  it('a 403 (Actions may not open PRs here) is a warning naming the setting; the run stays resolved', async () => {
    const w = await world('good-v2');
    w.emulator.issues.find((i) => i.pull)!.state = 'closed';
    w.emulator.faults.push({
      operationId: 'pulls/create',
      status: 403,
      times: 9,
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    const run = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(run.outputs.status).toBe('resolved');
    expect(run.code).toBe(0);
    expect(run.log).toMatch(
      /::warning::merge-back: GitHub refused to open the PR from hotfix\/042-login-500 to main \(403\).*Allow GitHub Actions to create and approve pull requests/,
    );
  });

  it('nothing is carried home when the run did not resolve, or with merge-back false', async () => {
    const bad = await world('bad');
    bad.emulator.issues.find((i) => i.pull)!.state = 'closed';
    expect((await bad.run()).outputs.status).toBe('rolled-back');
    expect(bad.emulator.log.filter((l) => l.operationId === 'pulls/create')).toEqual([]);
    const off = await world('good-v2');
    off.emulator.issues.find((i) => i.pull)!.state = 'closed';
    const run = await off.run({ inputs: { ...off.inputs, 'merge-back': 'false' } });
    expect(run.outputs.status).toBe('resolved');
    expect(off.emulator.log.filter((l) => l.operationId === 'pulls/create')).toEqual([]);
  });
});

describe('never roll production back by accident', () => {
  it('a branch cut before a later production deploy is blocked; with allow-diverged it deploys, stamped in the payload and T007', async () => {
    const w = await world('good-v2');
    // Main moves on after the branch was cut, and that is what production runs now.
    git(w.dev, 'checkout', '-q', 'main');
    await writeFile(path.join(w.dev, 'feature.txt'), 'shipped since the branch was cut\n');
    git(w.dev, 'add', 'feature.txt');
    git(w.dev, 'commit', '-q', '-m', 'feature: shipped');
    git(w.dev, 'push', '-q', 'origin', 'main');
    const running = git(w.dev, 'rev-parse', 'HEAD');
    w.emulator.seedDeployment(running, 'success', {});
    const blocked = await w.run();
    expect(w.emulator.violations).toEqual([]);
    expect(blocked.outputs.status).toBe('blocked');
    expect(blocked.code).not.toBe(0);
    expect(w.emulator.deployments.some((d) => d.sha === w.sha)).toBe(false);
    expect(blocked.log).toMatch(
      new RegExp(
        `::error::hotfix 042: blocked\\. Nothing deployed: the hotfix ${w.sha.slice(0, 7)} is diverged from what production runs \\(${running.slice(0, 7)}\\)`,
      ),
    );
    expect(w.emulator.comments[0]!.body).toContain(`merge or rebase \`${running.slice(0, 12)}\``);
    const allowed = await w.run({
      runAttempt: 2,
      inputs: { ...w.inputs, 'allow-diverged': 'feature.txt is not needed by the fix' },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(allowed.outputs.status).toBe('resolved');
    const deployed = w.emulator.deployments.find((d) => d.sha === w.sha)!;
    expect(deployed.payload).toMatchObject({
      allowDiverged: 'feature.txt is not needed by the fix',
    });
    const t007 = w.emulator.issues.find((i) => i.title.startsWith('T007'));
    expect(t007?.body).toContain(
      `**Deployed although diverged from what ran (${running.slice(0, 12)})**: feature.txt is not needed by the fix`,
    );
  });
});

describe('environments in order', () => {
  it('a two-environment chain run as two action runs deploys to Staging, then Production; Production first is blocked', async () => {
    const w = await world('good-v2');
    w.emulator.seedDeployment(w.mainSha, 'success', {}, 'Staging');
    w.emulator.seedDeployment(w.mainSha, 'success', {}, 'Production');
    const { head, payload } = await pushToBranch(
      w,
      BRANCH,
      'spec: staging, then production',
      async (dev) => {
        await mkdir(path.dirname(path.join(dev, SPEC)), { recursive: true });
        await writeFile(
          path.join(dev, SPEC),
          '# Hotfix 042: Login returns 500\n\n**Status**: Active\n\n## Deployment Plan\n\n**Target**: Staging, Production\n',
        );
      },
    );
    const job = (environment: string, runAttempt: number) =>
      w.run({ payload, runAttempt, inputs: { ...w.inputs, environment } });

    const early = await job('Production', 1);
    expect(w.emulator.violations).toEqual([]);
    expect(early.outputs.status).toBe('blocked');
    expect(early.code).not.toBe(0);
    expect(w.emulator.deployments.some((d) => d.sha === head)).toBe(false);
    expect(early.log).toContain(
      `::error::hotfix 042: blocked. Nothing deployed: Production comes after Staging in the spec's Target (${SPEC}:7), and Staging has not held ${head.slice(0, 7)}: hotfix 042 has no deployment there.`,
    );

    const staging = await job('Staging', 2);
    expect(w.emulator.violations).toEqual([]);
    expect(staging.outputs.status).toBe('resolved');
    expect(w.emulator.deployments.filter((d) => d.sha === head).map((d) => d.environment)).toEqual([
      'Staging',
    ]);

    const production = await job('Production', 3);
    expect(w.emulator.violations).toEqual([]);
    expect(production.outputs.status).toBe('resolved');
    expect(w.emulator.deployments.filter((d) => d.sha === head).map((d) => d.environment)).toEqual([
      'Staging',
      'Production',
    ]);
    // One sticky comment, showing every environment the hotfix reached.
    const comments = w.emulator.comments.filter((c) => c.issue === w.pr);
    expect(comments).toHaveLength(1);
    const row = (name: string, status: string) =>
      new RegExp(
        `\\| ${name.replace(/[()]/g, '\\$&')} +\\| ${status} +\\| ${head.slice(0, 12)} \\|`,
      );
    expect(comments[0]!.body).toMatch(row('Staging', 'resolved'));
    expect(comments[0]!.body).toMatch(row('Production (this run)', 'resolved'));

    // The status report reads the same from the records.
    const dispatch = examplePayload('workflow_dispatch');
    dispatch.inputs = { operation: 'status', hotfix: '42' };
    const status = await w.run({ event: 'workflow_dispatch', payload: dispatch });
    expect(status.outputs.status).toBe('resolved');
    expect(status.summary).toMatch(row('Staging', 'resolved'));
    expect(status.summary).toMatch(row('Production', 'resolved'));
  });
});
