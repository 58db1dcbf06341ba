import { describe, expect, it } from 'vitest';
import { renderTasks, TASK_IDS, tickedTasks, tickTask } from '../../src/core/tasks.js';

const draft = {
  id: { number: 42, padded: '042', slug: 'login-500' },
  createdAt: Date.UTC(2026, 10, 25, 3, 12),
  monitorDuration: '10m',
  rollbackPlan: 'redeploy the last successful deployment',
};

describe('tasks.md', () => {
  it('renders T001-T007 with the seed titles, each with an open task box', () => {
    const text = renderTasks(draft);
    for (const [id, title] of [
      ['T001', 'Implement Hotfix'],
      ['T002', 'Essential Testing'],
      ['T003', 'Deploy to Production'],
      ['T004', 'Monitor Post-Deployment'],
      ['T005', 'Root Cause Analysis'],
      ['T006', 'Permanent Fix'],
      ['T007', 'Post-Mortem'],
    ]) {
      expect(text).toContain(`### ${id}: ${title}`);
    }
    expect(text.match(/^- \[ \] Done$/gm)).toHaveLength(7);
    expect(tickedTasks(text).size).toBe(0);
  });

  it('ticks exactly the box of the named task and nothing else', () => {
    const text = renderTasks(draft);
    const ticked = tickTask(tickTask(text, 'T002'), 'T003');
    expect([...tickedTasks(ticked)]).toEqual(['T002', 'T003']);
    const changed = ticked.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toEqual(['- [x] Done', '- [x] Done']);
  });

  it('is idempotent and leaves a human-ticked box and a box-less task alone', () => {
    const text = renderTasks(draft).replace(
      '### T005: Root Cause Analysis\n- [ ] Done',
      '### T005: Root Cause Analysis\n- [x] Done',
    );
    expect(tickTask(text, 'T005')).toBe(text);
    const noBox = '### T001: Implement Hotfix\nno box here\n';
    expect(tickTask(noBox, 'T001')).toBe(noBox);
    for (const id of TASK_IDS) expect(tickTask(tickTask(text, id), id)).toBe(tickTask(text, id));
  });
});
