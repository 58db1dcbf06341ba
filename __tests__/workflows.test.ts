/**
 * The shipped workflows never delay or drop a rollback (README, "Concurrency in an incident"):
 * each is read, its jobs' `if:` evaluated for the events of an incident, and the concurrency of
 * whatever would run checked. actionlint checks the same files in docs.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

interface Job {
  if?: string;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean };
}
/** A job of the promotion example, with what the chain is read from. */
interface PromotionJob extends Job {
  needs?: string | string[];
  environment?: string | { name: string };
  steps?: { uses?: string; with?: Record<string, string> }[];
}
interface Workflow {
  on: string | string[] | Record<string, unknown>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

/** The events of an incident, as a job's `if:` sees them. */
const EVENTS = {
  push: { event_name: 'push', event: {} },
  dispatch: { event_name: 'workflow_dispatch', event: { inputs: { operation: 'rollback' } } },
  'a /hotfix rollback comment': {
    event_name: 'issue_comment',
    event: { issue: { pull_request: {} }, comment: { body: '/hotfix rollback' } },
  },
  'a plain comment': {
    event_name: 'issue_comment',
    event: { issue: { pull_request: {} }, comment: { body: 'looking into it' } },
  },
  'a comment on an issue': {
    event_name: 'issue_comment',
    event: { issue: {}, comment: { body: '/hotfix rollback' } },
  },
} as const;

/** Evaluates a job's `if:` (the subset of GitHub's expressions the workflows use). */
function runs(job: Job, github: (typeof EVENTS)[keyof typeof EVENTS]): boolean {
  if (job.if === undefined) return true;
  const expression = job.if.replace(/\$\{\{|\}\}/g, '').replace(/([^=!])==([^=])/g, '$1===$2');
  const startsWith = (a: unknown, b: string) =>
    String(a ?? '')
      .toLowerCase()
      .startsWith(b.toLowerCase());
  return Boolean(
    new Function('github', 'startsWith', `return (${expression});`)(github, startsWith),
  );
}

/** What is wrong with a workflow's concurrency, for each event it listens to. */
function concurrencyProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  if (workflow.concurrency !== undefined)
    problems.push('a workflow-level concurrency group holds every run, rollbacks and comments too');
  const on =
    typeof workflow.on === 'string'
      ? [workflow.on]
      : Array.isArray(workflow.on)
        ? workflow.on
        : Object.keys(workflow.on);
  for (const [name, github] of Object.entries(EVENTS)) {
    if (!on.includes(github.event_name)) continue;
    const started = Object.entries(workflow.jobs).filter(([, job]) => runs(job, github));
    for (const [id, job] of started) {
      const group = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group;
      const cancel = typeof job.concurrency === 'object' && job.concurrency['cancel-in-progress'];
      if (name === 'push') {
        if (!group || !/^hotfix-lane-[\w.-]+$/.test(group))
          problems.push(`${name}: job ${id} is not in a hotfix-lane-<environment> group`);
        if (cancel) problems.push(`${name}: job ${id} cancels a running lane`);
      } else if (group) problems.push(`${name}: job ${id} enters group ${group}`);
    }
    if (name === 'push' || name === 'dispatch' || name === 'a /hotfix rollback comment') {
      if (started.length === 0) problems.push(`${name}: no job runs`);
    } else if (started.length > 0) problems.push(`${name}: job ${started[0]![0]} runs`);
  }
  return problems;
}

const readme = read('README.md');

describe('the shipped workflows never delay or drop a rollback', () => {
  it('examples/hotfix.yml: only the lane holds a group, per environment; rollback and status in none; a plain comment starts nothing', () => {
    const workflow = parse(read('examples/hotfix.yml')) as Workflow;
    expect(concurrencyProblems(workflow)).toEqual([]);
    expect(Object.keys(workflow.on as object).sort()).toEqual(
      ['issue_comment', 'push', 'workflow_dispatch'].sort(),
    );
  });

  it('examples/hotfix-promotion.yml: one job per environment in order, chained with needs:, each declaring its environment: and its own lane group', () => {
    const workflow = parse(read('examples/hotfix-promotion.yml')) as Workflow;
    expect(concurrencyProblems(workflow)).toEqual([]);
    const lanes = Object.entries(workflow.jobs as Record<string, PromotionJob>).filter(([, job]) =>
      runs(job, EVENTS.push),
    );
    const chain = lanes.map(([id, job]) => {
      const environment =
        typeof job.environment === 'string' ? job.environment : job.environment?.name;
      const step = job.steps?.find((s) => s.uses?.startsWith('hotfix-action/'));
      return {
        id,
        needs: job.needs,
        environment,
        input: step?.with?.environment,
        group: typeof job.concurrency === 'object' ? job.concurrency.group : job.concurrency,
      };
    });
    expect(chain).toEqual([
      {
        id: 'staging',
        needs: undefined,
        environment: 'Staging',
        input: 'Staging',
        group: 'hotfix-lane-staging',
      },
      {
        id: 'production',
        needs: 'staging',
        environment: 'Production',
        input: 'Production',
        group: 'hotfix-lane-production',
      },
    ]);
    expect(read('examples/hotfix-promotion.yml')).toContain('`**Target**: Staging, Production`');
  });

  it("the README's short workflow: its lane job is in a hotfix-lane group", () => {
    const block = /## In a workflow \(a few lines\)\n\n```yaml\n([\s\S]+?)```/.exec(readme)![1]!;
    expect(concurrencyProblems(parse(block) as Workflow)).toEqual([]);
  });

  it('and the check fails on one workflow-level group (the shape that queued rollbacks behind lanes)', () => {
    const old = parse(read('examples/hotfix.yml')) as Workflow;
    old.concurrency = { group: 'hotfix-production', 'cancel-in-progress': false };
    for (const job of Object.values(old.jobs)) delete job.concurrency;
    expect(concurrencyProblems(old)).toEqual([
      'a workflow-level concurrency group holds every run, rollbacks and comments too',
      'push: job lane is not in a hotfix-lane-<environment> group',
    ]);
    const chatty = parse(read('examples/hotfix.yml')) as Workflow;
    chatty.jobs.operate!.if = "github.event_name != 'push'";
    chatty.jobs.operate!.concurrency = 'hotfix-lane-production';
    expect(concurrencyProblems(chatty)).toEqual([
      'dispatch: job operate enters group hotfix-lane-production',
      'a /hotfix rollback comment: job operate enters group hotfix-lane-production',
      'a plain comment: job operate enters group hotfix-lane-production',
      'a plain comment: job operate runs',
      'a comment on an issue: job operate enters group hotfix-lane-production',
      'a comment on an issue: job operate runs',
    ]);
  });
});
