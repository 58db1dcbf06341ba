import { describe, expect, it } from 'vitest';
import { planLane } from '../../src/core/plan.js';
import { parseSettings } from '../../src/core/settings.js';
import type { HotfixSpec } from '../../src/core/spec.js';
import { parseThresholds } from '../../src/core/thresholds.js';

const SPEC = 'features/042/hotfix.md';
const settingsOf = (inputs: Record<string, string>) => parseSettings((name) => inputs[name]);
const noSpec: HotfixSpec = { testCommands: [], thresholds: [] };

describe('the plan: the spec replaces the inputs, it does not add', () => {
  it('takes the inputs when the spec says nothing', () => {
    const settings = settingsOf({
      'test-command': 'npm test\nnpm run lint',
      'deploy-command': './deploy.sh',
      'rollback-command': './rollback.sh',
      'probe-url': 'http://127.0.0.1:9/',
      environment: 'staging',
    });
    expect(planLane(settings, noSpec, SPEC)).toEqual({
      environment: 'staging',
      testCommands: [
        { command: 'npm test', from: 'input test-command' },
        { command: 'npm run lint', from: 'input test-command' },
      ],
      deployCommand: './deploy.sh',
      rollbackCommand: { command: './rollback.sh', from: 'input rollback-command' },
      thresholds: settings.thresholds,
      thresholdsFrom: { input: 'thresholds' },
    });
  });

  it('falls back to the deploy command for rollback, and to nothing', () => {
    const deployOnly = settingsOf({ 'deploy-command': './deploy.sh' });
    expect(planLane(deployOnly, noSpec, SPEC).rollbackCommand).toEqual({
      command: './deploy.sh',
      from: 'input deploy-command',
    });
    expect(planLane(settingsOf({}), noSpec, SPEC).rollbackCommand).toBeUndefined();
  });

  it('takes the spec over the inputs, naming file:line', () => {
    const settings = settingsOf({
      'test-command': 'npm test',
      'rollback-command': './rollback.sh',
      'probe-url': 'http://127.0.0.1:9/',
    });
    const thresholds = parseThresholds('error_rate < 5%', { file: SPEC, line: 30 });
    const spec: HotfixSpec = {
      testCommands: [{ command: 'make smoke', line: 20 }],
      rollbackCommand: { command: './back.sh', line: 12 },
      thresholds,
      target: 'eu',
    };
    expect(planLane(settings, spec, SPEC)).toMatchObject({
      environment: 'eu',
      testCommands: [{ command: 'make smoke', from: `${SPEC}:20` }],
      rollbackCommand: { command: './back.sh', from: `${SPEC}:12` },
      thresholds,
      thresholdsFrom: { file: SPEC },
    });
  });

  it.each([
    [
      { thresholds: '`up` < 1' },
      'input "thresholds": threshold "`up` < 1" is a PromQL query but prometheus-url is empty; set prometheus-url',
    ],
    [
      { thresholds: 'error_rate < 1%' },
      'input "thresholds": threshold "error_rate < 1%" needs the HTTP probe but probe-url is empty; set probe-url',
    ],
    [
      { thresholds: 'queue_depth < 10', 'probe-url': 'http://127.0.0.1:9/' },
      'input "thresholds": threshold "queue_depth < 10": no source gives "queue_depth" (the probe gives error_rate, latency_p95_ms, latency_max_ms, availability); set monitor-command to a command that prints it, or use a PromQL query in backticks',
    ],
  ])('refuses a threshold without a source: %j', (inputs, message) => {
    expect(() => planLane(settingsOf(inputs), noSpec, SPEC)).toThrowError(message);
  });

  it('names the spec file when the spec threshold has no source', () => {
    const spec: HotfixSpec = {
      testCommands: [],
      thresholds: parseThresholds('`up` < 1', { file: SPEC, line: 3 }),
    };
    expect(() => planLane(settingsOf({}), spec, SPEC)).toThrowError(
      `${SPEC}: threshold "\`up\` < 1" is a PromQL query but prometheus-url is empty`,
    );
  });

  it('accepts each threshold that has its source', () => {
    const ok: Record<string, string>[] = [
      { thresholds: '`up` < 1', 'prometheus-url': 'http://127.0.0.1:9090' },
      { thresholds: 'queue_depth < 10', 'monitor-command': './metrics.sh' },
      { thresholds: 'error_rate < 1%', 'monitor-command': './metrics.sh' },
      { thresholds: 'latency_p95_ms < 800ms\navailability > 99%', 'probe-url': 'http://x.test/' },
      {
        thresholds: '`up` < 1\nerror_rate < 1%',
        'prometheus-url': 'http://127.0.0.1:9090',
        'probe-url': 'http://x.test/',
      },
    ];
    for (const inputs of ok) {
      expect(planLane(settingsOf(inputs), noSpec, SPEC).thresholds.length).toBeGreaterThan(0);
    }
  });
});
