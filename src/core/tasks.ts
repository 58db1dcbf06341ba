/**
 * tasks.md: the seed's T001-T007, each with a GFM task box that the lane ticks as steps pass.
 */
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { HotfixId } from './branch.js';
import { parseMarkdown } from './markdown.js';
import { formatMinuteUtc } from './time.js';

/** The task ids of the seed, in order. */
export const TASK_IDS = ['T001', 'T002', 'T003', 'T004', 'T005', 'T006', 'T007'] as const;
/** One task id. */
export type TaskId = (typeof TASK_IDS)[number];

/** Titles of the seed's tasks. */
export const TASK_TITLES: Record<TaskId, string> = {
  T001: 'Implement Hotfix',
  T002: 'Essential Testing',
  T003: 'Deploy to Production',
  T004: 'Monitor Post-Deployment',
  T005: 'Root Cause Analysis',
  T006: 'Permanent Fix',
  T007: 'Post-Mortem',
};

/** What tasks.md is rendered from. */
export interface TasksDraft {
  id: HotfixId;
  createdAt: number;
  monitorDuration: string;
  rollbackPlan: string;
}

/** Renders the seed's tasks.md with a task box under each task. */
export function renderTasks(draft: TasksDraft): string {
  return `# Tasks: Hotfix ${draft.id.padded} - EMERGENCY

**Workflow**: Hotfix (Expedited)
**Status**: Active
**Created**: ${formatMinuteUtc(draft.createdAt)}

---

## ⚡ EMERGENCY MODE - MINIMAL PROCESS

**Speed Priority**: Essential tasks only
**Tech Validation**: OPTIONAL - use if time permits
**Metrics**: lightweight tracking (.specswarm/workflow-metrics.json)

---

## Emergency Tasks

### T001: Implement Hotfix
- [ ] Done
**Description**: [Minimal fix to resolve emergency]
**Files**: [list]
**Validation**: [Essential test only]
**Parallel**: No (focused fix)

### T002: Essential Testing
- [ ] Done
**Description**: Verify hotfix resolves emergency
**Test Scope**: MINIMAL (critical path only)
**Expected**: Emergency resolved
**Parallel**: No

### T003: Deploy to Production
- [ ] Done
**Description**: Emergency deployment
**Rollback Plan**: ${draft.rollbackPlan}
**Validation**: Service restored
**Parallel**: No

### T004: Monitor Post-Deployment
- [ ] Done
**Description**: Watch metrics, error rates, user reports
**Duration**: ${draft.monitorDuration}
**Escalation**: when a threshold of hotfix.md's Rollback Trigger is breached
**Parallel**: No

---

## Post-Emergency Tasks (After Fire Out)

### T005: Root Cause Analysis
- [ ] Done
**Description**: Deep dive into why emergency occurred
**Output**: Root cause doc
**Timeline**: Within 24-48 hours

### T006: Permanent Fix (if hotfix is temporary)
- [ ] Done
**Description**: Replace hotfix with proper solution
**Workflow**: Use /speclab:bugfix for permanent fix
**Timeline**: [timeframe]

### T007: Post-Mortem
- [ ] Done
**Description**: Team retrospective and process improvements
**Timeline**: Within 1 week

---

## Summary

**Emergency Tasks**: 4 (T001-T004)
**Post-Emergency Tasks**: 3 (T005-T007)
**Estimated Time to Resolution**: <1-2 hours (emergency tasks only)

**Success Criteria**:
- ✅ Emergency resolved
- ✅ Service restored
- ✅ No data loss
- ✅ Rollback plan tested (if triggered)
`;
}

/**
 * Ticks the first task box under `### <id>` in place. Everything else, including a human's own
 * ticks and notes, stays byte for byte. A task without a box is left alone.
 */
export function tickTask(text: string, id: TaskId): string {
  return tickTaskAt(text, taskBoxes(text).get(id));
}

/**
 * Where each task's first box is, with one parse: the offset of its `[ ]`, or `null` when it is
 * already ticked (or has no box). The Journal keeps these: a tick changes no offset.
 */
export function taskBoxes(text: string): Map<TaskId, number | null> {
  const boxes = new Map<TaskId, number | null>();
  for (const [id, list] of taskLists(text)) {
    if (boxes.has(id)) continue;
    const item = list.children.find(
      (child) => child.checked !== null && child.checked !== undefined,
    );
    if (!item) continue;
    const box = item.checked ? -1 : text.indexOf('[ ]', item.position?.start.offset ?? 0);
    boxes.set(id, box < 0 ? null : box);
  }
  return boxes;
}

/** Each list of tasks.md with the task whose `### <id>` heading it is under, in order. */
function* taskLists(text: string): Generator<[TaskId, List]> {
  let current: TaskId | undefined;
  for (const node of parseMarkdown(text).children) {
    if (node.type === 'heading') {
      const head = toString(node).trim().toUpperCase();
      current = TASK_IDS.find((id) => head.startsWith(id));
    } else if (current && node.type === 'list') yield [current, node];
  }
}

/** Ticks the box at `box` (see {@link taskBoxes}); the text as it is when there is none. */
export function tickTaskAt(text: string, box: number | null | undefined): string {
  if (box === null || box === undefined || text.slice(box, box + 3) !== '[ ]') return text;
  return `${text.slice(0, box)}[x]${text.slice(box + 3)}`;
}

/** Which tasks are ticked, read back from tasks.md. */
export function tickedTasks(text: string): Set<TaskId> {
  const ticked = new Set<TaskId>();
  for (const [id, list] of taskLists(text))
    if (list.children.some((child) => child.checked === true)) ticked.add(id);
  return ticked;
}
