import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings.js';
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
