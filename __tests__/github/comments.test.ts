/** The sticky PR comment (src/github/comments.ts) against the emulator. */
import { describe, expect, it } from 'vitest';
import { commentMarker, StickyComment } from '../../src/github/comments.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('sticky comment', () => {
  it('ignores the marker in a comment someone else wrote, and updates its own in place', async () => {
    const pr = t.emu.addPull('hotfix/042-x', 't');
    t.emu.comments.push({
      id: 1,
      issue: pr,
      body: `${commentMarker('042')}\nfake`,
      user: 'mallory',
    });
    const sticky = new StickyComment(t.gh, t.repo(), pr, commentMarker('042'), t.emu.ownLogin);
    await sticky.upsert('one');
    await sticky.upsert('two');
    await sticky.upsert('two');
    const ours = t.emu.comments.filter((c) => c.user === t.emu.ownLogin);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${commentMarker('042')}\ntwo`);
    expect(t.emu.comments.find((c) => c.user === 'mallory')!.body).toContain('fake');
    expect(t.emu.operations().filter((o) => o === 'issues/update-comment')).toHaveLength(1);
  });

  it('finds its comment on page 3 of a PR with 250 comments', async () => {
    const pr = t.emu.addPull('hotfix/042-x', 't');
    for (let i = 0; i < 240; i += 1)
      t.emu.comments.push({ id: 10 + i, issue: pr, body: `chatter ${i}`, user: 'someone' });
    t.emu.comments.push({
      id: 5000,
      issue: pr,
      body: `${commentMarker('042')}\nold`,
      user: t.emu.ownLogin,
    });
    for (let i = 0; i < 9; i += 1)
      t.emu.comments.push({ id: 6000 + i, issue: pr, body: 'more', user: 'someone' });
    await new StickyComment(t.gh, t.repo(), pr, commentMarker('042'), t.emu.ownLogin).upsert('new');
    expect(t.emu.comments.filter((c) => c.body.startsWith(commentMarker('042')))).toHaveLength(1);
    expect(t.emu.comments.find((c) => c.id === 5000)!.body).toBe(`${commentMarker('042')}\nnew`);
    expect(t.emu.operations().filter((o) => o === 'issues/list-comments')).toHaveLength(3);
  });

  it('posts once when GitHub created the comment but answered 500', async () => {
    const pr = t.emu.addPull('hotfix/042-x', 't');
    t.emu.faults.push({
      operationId: 'issues/create-comment',
      status: 500,
      times: 1,
      afterEffect: true,
    });
    await new StickyComment(t.gh, t.repo(), pr, commentMarker('042'), t.emu.ownLogin).upsert(
      'body',
    );
    expect(t.emu.comments).toHaveLength(1);
  });
});
