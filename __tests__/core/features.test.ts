/** Where hotfixes live: the features folder and its numbered folders (src/core/features.ts). */
import { describe, expect, it } from 'vitest';
import { hotfixPaths, isNumberedFeature, resolveFeaturesDir } from '../../src/core/features.js';

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

describe('features folder', () => {
  it('follows README, "Branches, files and reports": input, .specswarm/features, legacy features/ with a notice, default', () => {
    expect(
      resolveFeaturesDir('docs/hotfixes/', { specswarmExists: true, legacyHasNumbered: true }),
    ).toEqual({ dir: 'docs/hotfixes' });
    expect(
      resolveFeaturesDir(undefined, { specswarmExists: true, legacyHasNumbered: true }),
    ).toEqual({ dir: '.specswarm/features' });
    expect(
      resolveFeaturesDir(undefined, { specswarmExists: false, legacyHasNumbered: true }),
    ).toMatchObject({
      dir: 'features',
      notice: expect.stringContaining('hotfix migrate'),
    });
    expect(
      resolveFeaturesDir(undefined, { specswarmExists: false, legacyHasNumbered: false }),
    ).toEqual({ dir: '.specswarm/features' });
    expect(hotfixPaths('features', '1234').spec).toBe('features/1234-hotfix/hotfix.md');
  });
});
