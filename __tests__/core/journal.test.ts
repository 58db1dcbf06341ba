/**
 * The hotfix's own record (src/core/journal.ts): hotfix.md's Status and Timeline and tasks.md's
 * boxes, edited in memory, every human byte kept, written at save and made durable at commit.
 */
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/core/journal.js';
import { readSpec } from '../../src/core/spec.js';
import { renderTasks, tickedTasks } from '../../src/core/tasks.js';
import { MemoryFiles } from '../helpers/fakes.js';

const SPEC = 'hotfix.md';
const TASKS = 'tasks.md';
const human = [
  '# Hotfix 042: x',
  '',
  '**Status**: Active  ',
  'Owner: @alice (a human line the journal never touches)',
  '',
  '## Timeline',
  '',
  '- 2026-11-25 03:00:00 UTC — opened by hand',
  '',
].join('\n');
const tasks = renderTasks({
  id: { number: 42, padded: '042', slug: 'x' },
  createdAt: Date.UTC(2026, 10, 25, 3),
  monitorDuration: '10m',
  rollbackPlan: 'redeploy',
}).replace('### T002: Essential Testing\n', '### T002: Essential Testing\n\nNotes by a human.\n');

describe('the journal', () => {
  it('sets Status, ticks boxes and appends the Timeline across a run, keeping every human line', async () => {
    const files = new MemoryFiles();
    const journal = new Journal(files, SPEC, TASKS, human, tasks, true);
    const at = Date.UTC(2026, 10, 25, 3, 5);
    for (const [i, status] of (
      ['Testing', 'Deploying', 'Monitoring', 'Resolved'] as const
    ).entries()) {
      journal.setStatus(status);
      journal.tick((['T001', 'T002', 'T003', 'T004'] as const)[i]!);
      journal.note(at + i * 1000, `step ${status}`);
      await journal.save();
    }
    await journal.commit('hotfix 042: resolved');
    const spec = files.files.get(SPEC)!;
    expect(readSpec(spec, SPEC).status).toBe('Resolved');
    expect(spec).toContain(
      '**Status**: Resolved  \nOwner: @alice (a human line the journal never touches)\n',
    );
    expect(spec.match(/^- 2026-11-25 03:05:0\d UTC — step \w+$/gm)).toHaveLength(4);
    expect(spec).toContain('- 2026-11-25 03:00:00 UTC — opened by hand\n');
    const ticked = files.files.get(TASKS)!;
    expect([...tickedTasks(ticked)]).toEqual(['T001', 'T002', 'T003', 'T004']);
    expect(ticked).toContain('Notes by a human.');
    expect(ticked.replace(/\[x\]/g, '[ ]')).toBe(tasks);
    expect(files.flushes).toEqual(['hotfix 042: resolved']);
  });

  it('leaves a spec without a Status line as it is, and writes nothing when it must not persist', async () => {
    const files = new MemoryFiles();
    const plain = '# Hotfix 042: x\n\nNo status here.\n';
    const journal = new Journal(files, SPEC, TASKS, plain, tasks, false);
    journal.setStatus('Testing');
    journal.tick('T001');
    await journal.commit('hotfix 042: dry-run');
    expect(files.writes).toBe(0);
    expect(files.flushes).toEqual([]);
    journal.persist = true;
    await journal.save();
    expect(files.files.get(SPEC)!.startsWith(plain)).toBe(true);
    expect(readSpec(files.files.get(SPEC)!, SPEC).status).toBeUndefined();
  });
});
