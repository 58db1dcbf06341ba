/**
 * The Action's inputs (src/action/inputs.ts; README, "Inputs and outputs", "Tokens and
 * secrets"): read through @actions/core, validated into one object before any side effect, every
 * secret masked in the log before anything can print it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const captureStdout = () => {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  return out;
};

describe('readInputs()', () => {
  it('masks the token, a password in a probe URL and monitor-headers values, and returns them as secrets', () => {
    vi.stubEnv('INPUT_GITHUB-TOKEN', 'ghs_token_value');
    vi.stubEnv('INPUT_PROBE-URL', 'https://probe:hunter2@example.com/healthz');
    vi.stubEnv('INPUT_MONITOR-HEADERS', 'Authorization: Bearer abc.def');
    vi.stubEnv('INPUT_MONITOR-INTERVAL', '15s');
    const out = captureStdout();
    const inputs = readInputs();
    expect(inputs.token).toBe('ghs_token_value');
    expect(inputs.settings.monitorIntervalMs).toBe(15_000);
    expect(inputs.secrets).toEqual(expect.arrayContaining(['ghs_token_value', 'hunter2']));
    expect(inputs.secrets.some((s) => s.includes('abc.def'))).toBe(true);
    const masks = out.filter((l) => l.startsWith('::add-mask::'));
    for (const secret of inputs.secrets) expect(masks).toContain(`::add-mask::${secret}\n`);
  });

  it('a bad input is an error naming it, before any mask or output', () => {
    vi.stubEnv('INPUT_GITHUB-TOKEN', 'ghs_token_value');
    vi.stubEnv('INPUT_ON-NO-DATA', 'retry');
    captureStdout();
    expect(() => readInputs()).toThrow(/^input "on-no-data": /);
  });

  it('without a token: no token and no secrets, nothing masked', () => {
    const out = captureStdout();
    expect(readInputs()).toMatchObject({ token: '', secrets: [] });
    expect(out).toEqual([]);
  });
});
