import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { INPUT_NAMES, parseSettings } from '../../src/core/settings.js';

/** A wrong value for every input that has a form, and what the error must say. */
const BAD: Record<string, [string, RegExp]> = {
  environment: [' /prod', /expected an environment name such as production/],
  'environment-url': ['not a url', /expected an http\(s\) URL/],
  'test-timeout': ['15 minutes', /expected a duration such as 90s, 5m, 1h or 1h30m/],
  'deploy-timeout': ['soon', /expected a duration/],
  'probe-url': ['ftp://example.com/health', /expected an http\(s\) URL/],
  'prometheus-url': ['localhost:9090', /expected an http\(s\) URL/],
  thresholds: ['error_rate ~ 1%', /expected <metric> <op> <value>/],
  'monitor-duration': ['10', /expected a duration/],
  'monitor-interval': ['0s', /expected a duration above zero/],
  'monitor-initial-delay': ['-5s', /expected a duration/],
  'failure-limit': ['-1', /expected a whole number/],
  'consecutive-error-limit': ['four', /expected a whole number/],
  'on-monitor-error': ['panic', /expected one of rollback, fail, ignore/],
  'on-no-data': ['retry', /expected one of rollback, inconclusive, pass/],
  'confirm-samples': ['2.5', /expected a whole number/],
  'inconclusive-limit': ['none', /expected a whole number/],
  'rollback-verify-samples': ['-3', /expected a whole number/],
  'resolution-target': ['two hours', /expected a duration/],
  'merge-back': ['yes please', /expected true or false/],
  'merge-back-branches': ['develop\nrelease 1.4', /line 2: "release 1.4" is not a branch name/],
  'notify-webhook': [
    'https://hooks.example/ok\nhooks.slack.com/services/x',
    /line 2 is not an http\(s\) URL/,
  ],
  'confirm-interval': ['2 s', /expected a duration/],
  'auto-rollback': ['yes', /expected true or false/],
  'dry-run': ['1', /expected true or false/],
  'revert-pr': ['on', /expected true or false/],
  'post-mortem-issues': ['TRUE', /expected true or false/],
  'monitor-headers': [
    'Authorization Bearer not-a-header',
    /line 1 is not a header; expected one "Name: value" a line/,
  ],
};

/** Inputs that take any text (commands, justifications, mentions, labels, paths, the token). */
const FREE_TEXT = [
  'github-token',
  'features-dir',
  'test-command',
  'skip-tests',
  'allow-no-rollback',
  'allow-diverged',
  'deploy-command',
  'rollback-command',
  'monitor-command',
  'escalation-mentions',
  'maintenance-command',
  'labels',
  'severity',
];

describe('every input with a wrong value is a clear error naming it', () => {
  it.each(['test-timeout', 'deploy-timeout', 'monitor-duration', 'monitor-interval'])(
    '%s past 168h is refused, not left to overflow the timer (README, "Inputs and outputs")',
    (name) => {
      expect(() => parseSettings((n) => (n === name ? '1000h' : undefined))).toThrowError(
        new RegExp(
          `^input "${name}": found "1000h"; that duration is too long: the longest is 168h`,
        ),
      );
      expect(() => parseSettings((n) => (n === name ? '168h' : undefined))).not.toThrow();
    },
  );

  it('a bad monitor-headers line never shows the value it holds', () => {
    expect(() =>
      parseSettings((n) => (n === 'monitor-headers' ? 'X-Ok: 1\nBearer sekrit-value' : undefined)),
    ).toThrowError(/^input "monitor-headers": line 2 is not a header(?!.*sekrit)/);
  });

  it('a bad notify-webhook line never shows the URL it holds (a webhook URL is a credential)', () => {
    expect(() =>
      parseSettings((n) => (n === 'notify-webhook' ? 'ftp://hooks.example/T0/s3cr3t' : undefined)),
    ).toThrowError(/^input "notify-webhook": line 1 is not an http\(s\) URL(?!.*s3cr3t)/);
    expect(
      parseSettings((n) =>
        n === 'notify-webhook'
          ? ' https://a.example/1 \n\n# staff\nhttp://127.0.0.1:9/h'
          : undefined,
      ).notifyWebhooks,
    ).toEqual(['https://a.example/1', 'http://127.0.0.1:9/h']);
  });

  it('covers every input of action.yml', () => {
    expect([...Object.keys(BAD), ...FREE_TEXT].sort()).toEqual([...INPUT_NAMES].sort());
  });

  it.each(Object.entries(BAD))('%s', (name, [value, expected]) => {
    let error: unknown;
    try {
      parseSettings((n) => (n === name ? value : undefined));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(name);
    expect((error as Error).message).toMatch(new RegExp(`^input "${name}"`));
    expect((error as Error).message).toMatch(expected);
  });
});
