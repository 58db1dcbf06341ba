/** Untrusted text made inert in comments and the log (src/core/mentions.ts). */
import { describe, expect, it } from 'vitest';
import { neutralizeCommands, neutralizeMentions } from '../../src/core/mentions.js';

describe('untrusted text in comments and the log (README, "Trust boundaries")', () => {
  it('makes every @mention inert but the allowed ones', () => {
    expect(neutralizeMentions('cc @mallory, @Org/Team and (@eve)', ['@org/team'])).toBe(
      'cc @\u200bmallory, @Org/Team and (@\u200beve)',
    );
    expect(neutralizeMentions('@lead first')).toBe('@\u200blead first');
    expect(neutralizeMentions('mail dev@example.com, `@code` and @@x')).toBe(
      'mail dev@example.com, `@code` and @@x',
    );
    expect(neutralizeMentions('@-not @a-b/c.d')).toBe('@-not @\u200ba-b/c.d');
  });

  it('makes a line that would start a workflow command inert, indented or not', () => {
    expect(neutralizeCommands('ok\n::error::x\n   ::add-mask::y\n: :z')).toBe(
      'ok\n:\u200b:error::x\n   :\u200b:add-mask::y\n: :z',
    );
  });
});
