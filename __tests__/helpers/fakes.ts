/**
 * Fakes for the ports, for unit tests of the pure lane. Real-part tests live beside them.
 */
import type {
  Clock,
  CommandResult,
  CommandRunner,
  CommandSpec,
  DeploymentRecord,
  DeploymentState,
  DeploymentStore,
  MetricSource,
  NewDeployment,
  Reporter,
  SpecFiles,
} from '../../src/core/ports.js';
import type { LaneState } from '../../src/core/state.js';
import { isInEnvironments } from '../../src/core/environments.js';
import { scanDeployments } from '../../src/core/rollback-target.js';

/** A clock whose sleeps advance time at once. */
export class FakeClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 25, 3, 0, 0)) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.t += ms;
    await Promise.resolve();
  }
}

/** A deployment store in memory that keeps every status in order. */
export class MemoryStore implements DeploymentStore {
  records: (DeploymentRecord & {
    statuses: { state: DeploymentState; description: string; urls?: string }[];
  })[] = [];
  private nextId = 100;
  constructor(private readonly clock: Clock) {}
  seed(record: Partial<DeploymentRecord> & { ref: string; state: DeploymentState }): void {
    this.records.push({
      id: this.nextId++,
      environment: 'production',
      task: 'deploy:hotfix',
      payload: {},
      createdAt: new Date(this.clock.now() - 3_600_000 + this.records.length * 1000).toISOString(),
      statuses: [{ state: record.state, description: 'seeded' }],
      description: 'seeded',
      ...record,
    });
  }
  async scan(environment: string, exclude: { hotfix: string; sha: string }) {
    return scanDeployments(await this.list(environment), exclude.hotfix, exclude.sha);
  }
  async list(environment?: string | readonly string[]): Promise<DeploymentRecord[]> {
    return this.records
      .filter((r) => isInEnvironments(r.environment, environment))
      .map(({ statuses: _s, ...r }) => ({ ...r }))
      .reverse();
  }
  async create(input: NewDeployment): Promise<DeploymentRecord> {
    const record = {
      id: this.nextId++,
      environment: input.environment,
      ref: input.ref,
      task: input.task,
      payload: input.payload,
      createdAt: new Date(this.clock.now()).toISOString(),
      statuses: [],
    };
    this.records.push(record);
    return { ...record };
  }
  async setStatus(
    id: DeploymentRecord['id'],
    state: DeploymentState,
    description: string,
    options?: { environmentUrl?: string; logUrl?: string },
  ): Promise<void> {
    const record = this.records.find((r) => r.id === id);
    if (!record) throw new Error(`no deployment ${id}`);
    const urls = [options?.environmentUrl, options?.logUrl].filter(Boolean).join(' ');
    record.statuses.push({ state, description, ...(urls ? { urls } : {}) });
    record.state = state;
    record.description = description;
  }
}

/**
 * A runner that records commands and answers by a rule: an exit code, `null` for a process
 * killed by a signal, or `'timeout'` for one that ran past its timeout.
 */
export class FakeRunner implements CommandRunner {
  calls: CommandSpec[] = [];
  constructor(
    private readonly rule: (spec: CommandSpec, call: number) => number | null | 'timeout' = () => 0,
  ) {}
  async run(spec: CommandSpec): Promise<CommandResult> {
    this.calls.push(spec);
    const answer = this.rule(spec, this.calls.length);
    if (answer === 'timeout') {
      return { exitCode: null, timedOut: true, tail: '', durationMs: spec.timeoutMs };
    }
    return { exitCode: answer, timedOut: false, tail: '', durationMs: 5 };
  }
  labels(): string[] {
    return this.calls.map((c) => c.label);
  }
}

/** Files in memory, with a log of flushes. */
export class MemoryFiles implements SpecFiles {
  files = new Map<string, string>();
  flushes: string[] = [];
  async read(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }
  /** Every write, in order: the path and the spec's Status line at that moment. */
  history: string[] = [];
  get writes(): number {
    return this.history.length;
  }
  async write(path: string, content: string): Promise<void> {
    this.files.set(path, content);
    const status = /^\*\*Status\*\*:.*$/m.exec(content)?.[0];
    this.history.push(`${path.split('/').at(-1)}${status ? ` ${status}` : ''}`);
  }
  async flush(message: string): Promise<void> {
    this.flushes.push(message);
  }
}

/** A reporter that keeps what it was told. */
export class MemoryReporter implements Reporter {
  lines: string[] = [];
  warnings: string[] = [];
  published: LaneState['status'][] = [];
  sections: string[] = [];
  section(name: string): void {
    this.sections.push(name);
  }
  progress(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.warnings.push(message);
  }
  async publish(state: LaneState): Promise<void> {
    this.published.push(state.status);
  }
}

/** A source whose values are a function of the fake clock's time. */
export function scriptedSource(
  clock: FakeClock,
  values: (t: number) => Record<string, number> | Error,
): MetricSource & { calls: number[] } {
  const calls: number[] = [];
  return {
    name: 'scripted',
    calls,
    async sample() {
      calls.push(clock.now());
      const v = values(clock.now());
      if (v instanceof Error) throw v;
      return v;
    },
  };
}
