import { describe, expect, it } from 'vitest';
import {
  renderTasks,
  taskBoxes,
  TASK_IDS,
  tickedTasks,
  tickTask,
  tickTaskAt,
  TASK_TITLES,
} from '../../src/core/tasks.js';

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

  it('finds every box with one parse: ticking at those places, in any order, is what tickTask does', () => {
    // A human's notes, a box inside a code block and a ticked T005 move nothing.
    const text = renderTasks(draft)
      .replace(
        '### T002: Essential Testing\n',
        '### T002: Essential Testing\n\n```\n- [ ] not a box\n```\n\nNotes: the flaky test is skipped.\n',
      )
      .replace(
        '### T005: Root Cause Analysis\n- [ ] Done',
        '### T005: Root Cause Analysis\n- [x] Done',
      );
    const boxes = taskBoxes(text);
    expect(boxes.get('T005')).toBeNull();
    let byOffsets = text;
    let byParse = text;
    for (const id of ['T004', 'T001', 'T005', 'T003', 'T002', 'T004'] as const) {
      byOffsets = tickTaskAt(byOffsets, boxes.get(id));
      byParse = tickTask(byParse, id);
      expect(byOffsets).toBe(byParse);
    }
    expect(byOffsets).toContain('```\n- [ ] not a box\n```');
    expect([...tickedTasks(byOffsets)].sort()).toEqual(['T001', 'T002', 'T003', 'T004', 'T005']);
  });
});

describe('tasks.md, the rest', () => {
  const text = renderTasks({
    id: { number: 42, padded: '042', slug: 'x' },
    createdAt: Date.UTC(2026, 10, 25, 3, 0, 0),
    monitorDuration: '10m',
    rollbackPlan: 'run it',
  });

  it('names the tasks as the seed does', () => {
    expect(TASK_TITLES).toEqual({
      T001: 'Implement Hotfix',
      T002: 'Essential Testing',
      T003: 'Deploy to Production',
      T004: 'Monitor Post-Deployment',
      T005: 'Root Cause Analysis',
      T006: 'Permanent Fix',
      T007: 'Post-Mortem',
    });
  });

  it('has one heading with its title per task', () => {
    for (const id of TASK_IDS) expect(text).toContain(`### ${id}: ${TASK_TITLES[id]}`);
  });

  it('ticks only the first box of the named task, and never twice', () => {
    const once = tickTask(text, 'T003');
    expect([...tickedTasks(once)]).toEqual(['T003']);
    expect(once.replace('[x]', '[ ]')).toBe(text);
    expect(tickTask(once, 'T003')).toBe(once);
  });

  it('leaves a task without a box and a list before any task alone; a heading matches in any case', () => {
    const custom =
      '- [ ] loose\n\n### t001 lower\n\n- [ ] a\n\n### T002 no box\n\n- plain\n\n### T003\n\n- [X] done\n- [ ] second\n';
    expect(tickTask(custom, 'T002')).toBe(custom);
    expect(tickTask(custom, 'T003')).toBe(custom);
    expect(tickTask(custom, 'T001')).toBe(custom.replace('- [ ] a', '- [x] a'));
    expect([...tickedTasks(custom)]).toEqual(['T003']);
    expect([...tickedTasks('### T004\n\n- [ ] a\n- [x] b\n')]).toEqual(['T004']);
  });
});
