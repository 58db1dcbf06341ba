/** The hotfix branch grammar (src/core/branch.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHotfixBranch, parseHotfixNumber } from '../../src/core/branch.js';

describe('branch grammar', () => {
  it('pads to three digits and never truncates', () => {
    expect(parseHotfixBranch('hotfix/7-db')).toEqual({
      ok: true,
      id: { number: 7, padded: '007', slug: 'db' },
    });
    expect(parseHotfixBranch('refs/heads/hotfix/1234-x')).toEqual({
      ok: true,
      id: { number: 1234, padded: '1234', slug: 'x' },
    });
    expect(parseHotfixBranch('hotfix/042')).toEqual({
      ok: true,
      id: { number: 42, padded: '042', slug: '' },
    });
  });

  it('case-folds the slug', () => {
    const result = parseHotfixBranch('hotfix/042-Login-500');
    expect(result.ok && result.id.slug).toBe('login-500');
  });

  it.each([
    'main',
    'hotfix/',
    'hotfix/abc',
    'hotfix/1234567-too-long',
    'hotfix/42-',
    'hotfix/42-a b',
    'hotfix/42-$(id)',
    'feature/042-x',
    'hotfix/042-x/y',
  ])('refuses %j with the reason and the expected form', (ref) => {
    const result = parseHotfixBranch(ref);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(/^not a hotfix branch: .*expected hotfix\/<number>\[-<slug>\]/);
  });

  it('any string gives a hotfix or a reason, never a crash, and a hotfix is well formed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `hotfix/${s}`),
        ),
        (ref) => {
          const result = parseHotfixBranch(ref);
          if (result.ok) {
            expect(result.id.padded).toMatch(/^\d{3,6}$/);
            expect(Number(result.id.padded)).toBe(result.id.number);
            expect(result.id.slug).toMatch(/^[a-z0-9._-]*$/);
          } else {
            expect(result.reason).toContain('not a hotfix branch');
          }
        },
      ),
    );
  });

  it('reads a bare number for start and dispatch', () => {
    expect(parseHotfixNumber('42')?.padded).toBe('042');
    expect(parseHotfixNumber('x42')).toBeUndefined();
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
