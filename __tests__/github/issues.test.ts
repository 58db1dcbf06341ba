/** Follow-up issues (src/github/issues.ts) against the emulator. */
import { describe, expect, it } from 'vitest';
import { ensureIssues, issueMarker } from '../../src/github/issues.js';
import { emulatedGitHub } from '../helpers/emulated-github.js';

const t = emulatedGitHub();

describe('follow-up issues', () => {
  it('opens each follow-up once, across re-runs and a late 502', async () => {
    const drafts = ['T005', 'T006', 'T007'].map((kind) => ({
      marker: issueMarker('042', kind),
      title: kind,
      body: 'b',
      labels: ['hotfix'],
    }));
    t.emu.faults.push({ operationId: 'issues/create', status: 502, times: 1, afterEffect: true });
    await ensureIssues(t.gh, t.repo(), drafts, t.emu.ownLogin);
    await ensureIssues(t.gh, t.repo(), drafts, t.emu.ownLogin);
    expect(t.emu.issues.map((i) => i.title)).toEqual(['T005', 'T006', 'T007']);
  });
});
