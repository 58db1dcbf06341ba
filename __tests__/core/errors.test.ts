/**
 * The engine's errors (src/core/errors.ts): each names where the problem is, an input (and its
 * line) or a file and line, so that it can be fixed at once (README, "Inputs and outputs").
 */
import { describe, expect, it } from 'vitest';
import {
  errorAt,
  getErrorMessage,
  HotfixError,
  InputError,
  quote,
  SpecError,
} from '../../src/core/errors.js';

describe('errors', () => {
  it('an InputError names the input and, in a multi-line input, the line', () => {
    expect(new InputError('monitor-interval', 'expected a duration such as 30s').message).toBe(
      'input "monitor-interval": expected a duration such as 30s',
    );
    const error = new InputError('merge-back-branches', '"a b" is not a branch name', 2);
    expect(error.message).toBe('input "merge-back-branches" line 2: "a b" is not a branch name');
    expect(error).toBeInstanceOf(HotfixError);
    expect(error.name).toBe('InputError');
  });

  it('a SpecError names the file and line', () => {
    expect(new SpecError('hotfix.md', 12, 'bad threshold').message).toBe(
      'hotfix.md:12: bad threshold',
    );
    expect(new SpecError('tasks.md', undefined, 'is a symbolic link').message).toBe(
      'tasks.md: is a symbolic link',
    );
  });

  it('errorAt() builds the error that fits where the text came from', () => {
    expect(errorAt({ input: 'thresholds', line: 3 }, 'x')).toEqual(
      new InputError('thresholds', 'x', 3),
    );
    const spec = errorAt({ file: 'hotfix.md', line: 9 }, 'y');
    expect(spec).toBeInstanceOf(SpecError);
    expect(spec.message).toBe('hotfix.md:9: y');
  });

  it('getErrorMessage() gives a message for anything thrown', () => {
    expect(getErrorMessage(new Error('boom'))).toBe('boom');
    expect(getErrorMessage('plain')).toBe('plain');
    expect(getErrorMessage({ status: 502 })).toBe('{"status":502}');
  });

  it('quote() shows untrusted text quoted, control characters escaped, cut short', () => {
    expect(quote('a\nb\u0007')).toBe('"a\\nb\\u0007"');
    expect(quote('x'.repeat(100), 5)).toBe('"xxxxx…"');
  });
});
