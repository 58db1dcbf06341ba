/**
 * The hotfix's own record, kept by the lane: hotfix.md's Status and Timeline and tasks.md's
 * boxes, edited in memory (spec.ts and tasks.ts keep every human byte) and written through the
 * files port.
 */
import type { SpecFiles } from './ports.js';
import { appendTimeline, setSpecStatusAt, statusLabelEnd, type SpecStatus } from './spec.js';
import { taskBoxes, tickTaskAt, type TaskId } from './tasks.js';

/** hotfix.md and tasks.md of one run. */
export class Journal {
  private pending: { at: number; text: string }[] = [];
  /**
   * Where the Status label ends and where each task's box is, each found with one parse on first
   * use: the Journal is the only writer of its texts, and nothing it writes moves them (a Status
   * value and the Timeline come after the label; a tick keeps every offset).
   */
  private statusEnd?: number | null;
  private boxes?: Map<TaskId, number | null>;

  constructor(
    private readonly files: SpecFiles,
    readonly specPath: string,
    readonly tasksPath: string,
    private spec: string,
    private tasks: string,
    /** Whether anything is written: not in a dry run, nor for a spec that did not exist before
     * a manual rollback. */
    public persist: boolean,
  ) {}

  /** Sets `**Status**:`. */
  setStatus(status: SpecStatus): void {
    if (this.statusEnd === undefined) this.statusEnd = statusLabelEnd(this.spec) ?? null;
    if (this.statusEnd !== null) this.spec = setSpecStatusAt(this.spec, this.statusEnd, status);
  }

  /** Ticks a task's box. */
  tick(id: TaskId): void {
    this.boxes ??= taskBoxes(this.tasks);
    this.tasks = tickTaskAt(this.tasks, this.boxes.get(id));
  }

  /** Notes an event for the Timeline (written at the next save). */
  note(at: number, text: string): void {
    this.pending.push({ at, text });
  }

  /** Writes the spec (Status + the new Timeline lines) and the tasks. */
  async save(): Promise<void> {
    if (!this.persist) return;
    this.spec = appendTimeline(this.spec, this.pending);
    this.pending = [];
    await this.files.write(this.specPath, this.spec);
    await this.files.write(this.tasksPath, this.tasks);
  }

  /** Saves, then makes it durable (the Action's one bookkeeping commit). */
  async commit(message: string): Promise<void> {
    if (!this.persist) return;
    await this.save();
    await this.files.flush(message);
  }
}
