/** Who may operate the lane from a PR (src/github/permissions.ts), against the emulator. */
import { describe, expect, it } from 'vitest';
import { canOperate } from '../../src/github/permissions.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('permissions', () => {
  it('lets write, maintain and admin operate; read, triage and strangers not', async () => {
    for (const [user, permission] of [
      ['w', 'write'],
      ['m', 'maintain'],
      ['a', 'admin'],
      ['r', 'read'],
      ['t', 'triage'],
    ]) {
      t.emu.permissions.set(user!, permission!);
    }
    const results = await Promise.all(
      ['w', 'm', 'a', 'r', 't', 'nobody'].map((u) => canOperate(t.gh, t.repo(), u)),
    );
    expect(results).toEqual([true, true, true, false, false, false]);
  });
});
