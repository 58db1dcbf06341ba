import { describe, expect, it } from 'vitest';
import { parseHotfixBranch, parseHotfixNumber } from '../../src/core/branch.js';
import { hotfixPaths, isNumberedFeature, resolveFeaturesDir } from '../../src/core/features.js';
import { parseSettings } from '../../src/core/settings.js';
import { TASK_IDS, TASK_TITLES, renderTasks, tickTask, tickedTasks } from '../../src/core/tasks.js';
import { parseThresholds } from '../../src/core/thresholds.js';

const settingsOf = (inputs: Record<string, string>) => parseSettings((name) => inputs[name]);

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(settingsOf({})).toStrictEqual({
      featuresDir: undefined,
      environment: 'production',
      environmentUrl: undefined,
      testCommands: [],
      testTimeoutMs: 900_000,
      skipTests: undefined,
      allowNoRollback: undefined,
      allowDiverged: undefined,
      deployCommand: undefined,
      deployTimeoutMs: 900_000,
      rollbackCommand: undefined,
      probeUrls: [],
      prometheusUrl: undefined,
      monitorHeaders: {},
      monitorCommand: undefined,
      thresholds: [],
      monitorDurationMs: 600_000,
      monitorIntervalMs: 30_000,
      monitorInitialDelayMs: 0,
      policy: {
        failureLimit: 0,
        consecutiveErrorLimit: 4,
        onMonitorError: 'rollback',
        onNoData: 'inconclusive',
        inconclusiveLimit: 0,
      },
      confirmSamples: 2,
      confirmIntervalMs: 2000,
      rollbackVerifySamples: 3,
      autoRollback: true,
      dryRun: false,
      revertPr: false,
      postMortemIssues: true,
      escalationMentions: [],
      maintenanceCommand: undefined,
      labels: ['hotfix'],
      title: undefined,
      severity: undefined,
      summary: undefined,
      resolutionTargetMs: 7_200_000,
      notifyWebhooks: [],
      mergeBack: true,
      mergeBackBranches: [],
    });
  });

  it('reads every input, trimmed; blank means unset', () => {
    const s = settingsOf({
      'features-dir': ' docs/hotfixes ',
      environment: 'eu west',
      'environment-url': 'https://app.example',
      'test-command': ' npm test \r\n# a comment\n\n  npm run lint  ',
      'test-timeout': '5m',
      'skip-tests': ' CI down ',
      'allow-no-rollback': ' first deploy ',
      'allow-diverged': ' release reverted ',
      'deploy-command': './deploy.sh',
      'deploy-timeout': '90s',
      'rollback-command': './rollback.sh',
      'probe-url': 'http://a.test/h\r\nhttps://b.test/h',
      'prometheus-url': 'http://127.0.0.1:9090',
      'monitor-headers': 'Authorization: Bearer abc:def\n# a comment\n X-Scope-OrgID :  team-a ',
      'monitor-command': './metrics.sh',
      thresholds: 'error_rate < 2%',
      'monitor-duration': '1h',
      'monitor-interval': '15s',
      'monitor-initial-delay': '10s',
      'failure-limit': '123456',
      'consecutive-error-limit': '10',
      'on-monitor-error': 'ignore',
      'on-no-data': 'pass',
      'inconclusive-limit': '2',
      'confirm-samples': '0',
      'confirm-interval': '500ms',
      'rollback-verify-samples': '0',
      'auto-rollback': 'false',
      'dry-run': 'true',
      'revert-pr': 'true',
      'post-mortem-issues': 'false',
      'escalation-mentions': ' @a, @b\n@c,,',
      'maintenance-command': './maint.sh',
      labels: 'hotfix, p0\n\n sev-1 ,',
      title: 'T',
      severity: 'SEV1',
      summary: '   ',
      'resolution-target': '45m',
      'notify-webhook': 'https://hooks.example/a\n',
      'merge-back': 'false',
      'merge-back-branches': ' develop \n\nrelease/1.4',
    });
    expect(s).toStrictEqual({
      featuresDir: 'docs/hotfixes',
      environment: 'eu west',
      environmentUrl: 'https://app.example',
      testCommands: ['npm test', 'npm run lint'],
      testTimeoutMs: 300_000,
      skipTests: 'CI down',
      allowNoRollback: 'first deploy',
      allowDiverged: 'release reverted',
      deployCommand: './deploy.sh',
      deployTimeoutMs: 90_000,
      rollbackCommand: './rollback.sh',
      probeUrls: ['http://a.test/h', 'https://b.test/h'],
      prometheusUrl: 'http://127.0.0.1:9090',
      monitorHeaders: { Authorization: 'Bearer abc:def', 'X-Scope-OrgID': 'team-a' },
      monitorCommand: './metrics.sh',
      thresholds: parseThresholds('error_rate < 2%', { input: 'thresholds' }),
      monitorDurationMs: 3_600_000,
      monitorIntervalMs: 15_000,
      monitorInitialDelayMs: 10_000,
      policy: {
        failureLimit: 123456,
        consecutiveErrorLimit: 10,
        onMonitorError: 'ignore',
        onNoData: 'pass',
        inconclusiveLimit: 2,
      },
      confirmSamples: 0,
      confirmIntervalMs: 500,
      rollbackVerifySamples: 0,
      autoRollback: false,
      dryRun: true,
      revertPr: true,
      postMortemIssues: false,
      escalationMentions: ['@a', '@b', '@c'],
      maintenanceCommand: './maint.sh',
      labels: ['hotfix', 'p0', 'sev-1'],
      title: 'T',
      severity: 'SEV1',
      summary: undefined,
      resolutionTargetMs: 2_700_000,
      notifyWebhooks: ['https://hooks.example/a'],
      mergeBack: false,
      mergeBackBranches: ['develop', 'release/1.4'],
    });
  });

  it('watches error_rate < 1% by default only when a probe URL is set', () => {
    expect(settingsOf({ 'probe-url': 'http://a.test/' }).thresholds.map((t) => t.source)).toEqual([
      'error_rate < 1%',
    ]);
    expect(settingsOf({ 'monitor-command': './m.sh' }).thresholds).toEqual([]);
  });

  it.each([
    ['failure-limit', '1234567', /expected a whole number/],
    ['environment', 'prod\nx', /expected an environment name/],
    ['environment', `p${'x'.repeat(255)}`, /expected an environment name/],
    ['probe-url', 'file:///etc/passwd', /expected an http\(s\) URL/],
    ['environment-url', 'javascript:alert(1)', /expected an http\(s\) URL/],
  ])('refuses %s = %j', (name, value, message) => {
    expect(() => settingsOf({ [name]: value })).toThrowError(message);
  });

  it('takes the longest environment name there is room for', () => {
    expect(settingsOf({ environment: `p${'x'.repeat(254)}` }).environment).toHaveLength(255);
  });
});

describe('branch grammar, the rest', () => {
  it('quotes a long wrong branch name cut to 120 characters', () => {
    const result = parseHotfixBranch(`x${'y'.repeat(200)}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(
      `not a hotfix branch: ${JSON.stringify(`x${'y'.repeat(119)}`)} (expected hotfix/<number>[-<slug>], e.g. hotfix/042-login-500)`,
    );
    expect(parseHotfixBranch('my/hotfix/042-x').ok).toBe(false);
  });

  it('reads a bare hotfix number, trimmed', () => {
    expect(parseHotfixNumber(' 42 ')).toEqual({ number: 42, padded: '042', slug: '' });
    expect(parseHotfixNumber('42x')).toBeUndefined();
    expect(parseHotfixNumber('1234567')).toBeUndefined();
  });
});

describe('features folder, the rest', () => {
  it('drops trailing slashes and knows a numbered feature folder', () => {
    expect(
      resolveFeaturesDir('docs//', { specswarmExists: false, legacyHasNumbered: false }),
    ).toEqual({ dir: 'docs' });
    expect(hotfixPaths('f', '042')).toEqual({
      dir: 'f/042-hotfix',
      spec: 'f/042-hotfix/hotfix.md',
      tasks: 'f/042-hotfix/tasks.md',
    });
    expect(
      ['042-hotfix', '1-x', '123456-y', '1234567-z', 'x-1-', 'abc', '12'].map(isNumberedFeature),
    ).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('tasks.md, the rest', () => {
  const text = renderTasks({
    id: { number: 42, padded: '042', slug: 'x' },
    createdAt: Date.UTC(2026, 10, 25, 3, 0, 0),
    monitorDuration: '10m',
    rollbackPlan: 'run it',
  });

  it('names the tasks as the seed does', () => {
    expect(TASK_TITLES).toEqual({
      T001: 'Implement Hotfix',
      T002: 'Essential Testing',
      T003: 'Deploy to Production',
      T004: 'Monitor Post-Deployment',
      T005: 'Root Cause Analysis',
      T006: 'Permanent Fix',
      T007: 'Post-Mortem',
    });
  });

  it('has one heading with its title per task', () => {
    for (const id of TASK_IDS) expect(text).toContain(`### ${id}: ${TASK_TITLES[id]}`);
  });

  it('ticks only the first box of the named task, and never twice', () => {
    const once = tickTask(text, 'T003');
    expect([...tickedTasks(once)]).toEqual(['T003']);
    expect(once.replace('[x]', '[ ]')).toBe(text);
    expect(tickTask(once, 'T003')).toBe(once);
  });

  it('leaves a task without a box and a list before any task alone; a heading matches in any case', () => {
    const custom =
      '- [ ] loose\n\n### t001 lower\n\n- [ ] a\n\n### T002 no box\n\n- plain\n\n### T003\n\n- [X] done\n- [ ] second\n';
    expect(tickTask(custom, 'T002')).toBe(custom);
    expect(tickTask(custom, 'T003')).toBe(custom);
    expect(tickTask(custom, 'T001')).toBe(custom.replace('- [ ] a', '- [x] a'));
    expect([...tickedTasks(custom)]).toEqual(['T003']);
    expect([...tickedTasks('### T004\n\n- [ ] a\n- [x] b\n')]).toEqual(['T004']);
  });
});
