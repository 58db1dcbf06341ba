/**
 * The report: LaneState -> markdown, for the PR comment, the job summary and the CLI. Built as
 * mdast so untrusted text (titles, command output, notes) stays text.
 */
import type {
  BlockContent,
  Code,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { formatDuration } from './duration.js';
import { stringifyMarkdown } from './markdown.js';
import {
  divergedWords,
  resolutionClock,
  type LaneState,
  type SampleRecord,
  type StepRecord,
} from './state.js';
import { significant, type Threshold } from './thresholds.js';
import { formatSecondUtc } from './time.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const inlineCode = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
});
const heading = (depth: 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

const STATUS_HEADLINE: Record<LaneState['status'], string> = {
  running: '⏳ In progress',
  resolved: '✅ Resolved',
  'rolled-back': '↩️ Rolled back',
  'gate-failed': '❌ Essential tests failed: nothing deployed',
  blocked: '🛑 Blocked: nothing deployed',
  'deploy-failed': '❌ Deploy failed',
  escalated: '🚨 Escalated: manual intervention required',
  breached: '⚠️ Thresholds breached: not rolled back',
  inconclusive: '❔ Inconclusive: a human decides',
  skipped: '⏭️ Skipped',
  'dry-run': '🧪 Dry run',
};

const STEP_ICON: Record<StepRecord['state'], string> = {
  pending: '⏸️ pending',
  running: '⏳ running',
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

/**
 * Where the report goes (README, "Any history, any window"): the sticky comment (GitHub keeps at
 * most 65,536 characters) or the job summary (1 MiB), which also lists every sample's phase.
 */
export type ReportTarget = 'comment' | 'summary';

/** The longest report for each target, with room to spare below GitHub's limits. */
export const REPORT_LIMITS: Record<ReportTarget, number> = {
  comment: 60_000,
  summary: 1_000_000,
};

/** The most points a chart draws: each is the worst value of its span of samples. */
export const CHART_POINTS = 100;

/** The most sample phases the comment lists one by one; past it, counts and the latest. */
const PHASES_LISTED = 100;

/** Renders the whole report as mdast. */
export function reportTree(state: LaneState, target: ReportTarget = 'comment'): Root {
  return buildTree(state, target, true);
}

function buildTree(state: LaneState, target: ReportTarget, charts: boolean): Root {
  const children: RootContent[] = [
    heading(2, `🚑 Hotfix ${state.hotfix.padded}${state.title ? `: ${state.title}` : ''}`),
    paragraph(
      strong(STATUS_HEADLINE[state.status]),
      text(state.message ? ` ${state.message}` : ''),
    ),
    paragraph(
      text('Environment '),
      inlineCode(state.environment),
      text(', ref '),
      inlineCode(state.sha.slice(0, 12)),
      text(', spec '),
      inlineCode(state.specPath),
    ),
    stepsTable(state),
  ];
  if (state.environments) children.push(heading(3, 'Environments'), environmentsTable(state));
  const clock = clockLine(state);
  if (clock) children.push(clock);
  const deployments = deploymentLines(state);
  if (deployments.length > 0) children.push(heading(3, 'Deployments'), list(deployments));
  if (state.skipTests)
    children.push(paragraph(strong('Essential tests skipped:'), text(` ${state.skipTests}`)));
  if (state.allowDiverged && state.divergedFrom)
    children.push(
      paragraph(
        strong(`Deployed although ${divergedWords(state.divergedFrom.relation)} what runs:`),
        text(` ${state.allowDiverged}`),
      ),
    );
  if (state.allowNoRollback)
    children.push(
      paragraph(strong('Deployed without a rollback target:'), text(` ${state.allowNoRollback}`)),
    );
  if (state.plannedCommands.length > 0) {
    children.push(heading(3, 'Commands a real run would run'));
    for (const planned of state.plannedCommands) {
      const env = Object.entries(planned.env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n');
      children.push(paragraph(strong(planned.label)), code('sh', `${env}\n${planned.command}`));
    }
  }
  if (state.thresholds.length > 0) children.push(...thresholdSection(state, target, charts));
  children.push(heading(3, 'Next steps'), list(nextSteps(state)));
  return { type: 'root', children };
}

/**
 * Renders the report as markdown for `target`, always whole and within its limit: charts are
 * left out (with a line that says so) before anything is cut, and a report still too long is cut
 * between blocks, never inside a table, list or code block.
 */
export function renderReport(state: LaneState, target: ReportTarget = 'comment'): string {
  const limit = REPORT_LIMITS[target];
  const full = stringifyMarkdown(buildTree(state, target, true));
  if (full.length <= limit) return full;
  const tree = buildTree(state, target, false);
  const note = paragraph(
    text(
      target === 'comment'
        ? 'Charts and details are left out: the report is longer than a comment holds. The job summary has them.'
        : 'Charts are left out: the report is longer than the job summary holds.',
    ),
  );
  const children = [...tree.children, note];
  // Whole blocks only: drop blocks before the closing note until the rest fits.
  let text_ = stringifyMarkdown({ type: 'root', children });
  while (text_.length > limit && children.length > 2) {
    children.splice(children.length - 2, 1);
    text_ = stringifyMarkdown({ type: 'root', children });
  }
  return text_;
}

/**
 * The incident's clock when the run has ended (README, "The clock"): `Time to resolution: 42m
 * since hotfix.md's Created (target 2h: within)`.
 */
function clockLine(state: LaneState): RootContent | undefined {
  if (state.endedAt === undefined || state.resolutionTargetMs === undefined) return undefined;
  const { seconds, withinTarget } = resolutionClock(state, state.endedAt);
  return paragraph(
    strong('Time to resolution:'),
    text(
      ` ${seconds === 0 ? '0s' : formatDuration(seconds * 1000)} since hotfix.md's Created (target ${formatDuration(state.resolutionTargetMs)}: ${withinTarget ? 'within' : 'over'})`,
    ),
  );
}

const row = (cells: string[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })),
});

function stepsTable(state: LaneState): Table {
  const when = (step: StepRecord) => {
    if (step.startedAt === undefined) return '';
    const took =
      step.endedAt === undefined ? 'running' : formatDuration(step.endedAt - step.startedAt);
    return `${formatSecondUtc(step.startedAt).slice(11)} (${took})`;
  };
  return {
    type: 'table',
    align: ['left', 'left', 'left', 'left'],
    children: [
      row(['Step', 'State', 'When', 'Detail']),
      ...state.steps.map((step) =>
        row([step.name, STEP_ICON[step.state], when(step), step.detail ?? '']),
      ),
    ],
  };
}

/**
 * Every environment of the promotion chain (README, "Environments in order"), in order: this
 * run's own from the run itself, the others from their deployment records.
 */
function environmentsTable(state: LaneState): Table {
  const rows = state.environments!.map((reach) => {
    const own = reach.thisRun === true;
    const status = own ? state.status : reach.status;
    const ref = own ? state.deployment?.ref : reach.ref;
    return row([
      own ? `${reach.environment} (this run)` : reach.environment,
      status ?? 'not reached yet',
      ref ? ref.slice(0, 12) : '',
    ]);
  });
  return {
    type: 'table',
    align: ['left', 'left', 'left'],
    children: [row(['Environment', 'Status', 'Ref']), ...rows],
  };
}

function deploymentLines(state: LaneState): PhrasingContent[][] {
  const out: PhrasingContent[][] = [];
  const line = (label: string, ref: NonNullable<LaneState['deployment']>) => {
    const id: PhrasingContent = ref.url
      ? { type: 'link', url: ref.url, children: [text(`#${ref.id}`)] }
      : text(`#${ref.id}`);
    out.push([
      text(`${label} `),
      id,
      text(' of '),
      inlineCode(ref.ref.slice(0, 12)),
      text(`: ${ref.state ?? 'created'}`),
    ]);
  };
  if (state.deployment) line('Hotfix deployment', state.deployment);
  if (state.rollback) line('Rollback deployment', state.rollback);
  if (state.rollbackTarget !== undefined) {
    out.push(
      state.rollbackTarget
        ? [text('Rollback target: '), inlineCode(state.rollbackTarget.slice(0, 12))]
        : [text('Rollback target: none (no earlier successful deployment)')],
    );
  }
  return out;
}

function thresholdSection(state: LaneState, target: ReportTarget, charts: boolean): RootContent[] {
  const regular = state.samples;
  const out: RootContent[] = [heading(3, 'Thresholds')];
  const last = [...regular].reverse().find((s) => s.verdicts.length > 0);
  const rows: TableRow[] = [
    {
      type: 'tableRow',
      children: ['Threshold', 'Latest', 'Verdict'].map((c) => ({
        type: 'tableCell',
        children: [text(c)],
      })),
    },
  ];
  for (const t of state.thresholds) {
    const v = last?.verdicts.find((x) => x.threshold === t.source);
    rows.push({
      type: 'tableRow',
      children: [
        // A line break would end the table row: a cell is one line.
        { type: 'tableCell', children: [inlineCode(t.source.replace(/\s*[\r\n]+\s*/g, ' '))] },
        {
          type: 'tableCell',
          children: [text(v?.observed === undefined ? '-' : formatNumber(v.observed))],
        },
        {
          type: 'tableCell',
          children: [
            text(
              v
                ? v.verdict === 'pass'
                  ? '✅ holds'
                  : v.verdict === 'breach'
                    ? '❌ breached'
                    : '❔ no data'
                : '-',
            ),
          ],
        },
      ],
    });
  }
  out.push({ type: 'table', align: ['left', 'right', 'left'], children: rows });
  if (regular.length > 0) {
    if (charts) for (const t of state.thresholds) out.push(chart(t, regular));
    out.push(paragraph(text(samplesLine(regular, target))));
    const notes = regular.filter((s) => s.note).slice(-3);
    if (notes.length > 0)
      out.push(list(notes.map((s) => [text(`${formatSecondUtc(s.at).slice(11)} ${s.note}`)])));
  }
  return out;
}

/**
 * The samples' phases (S successful, F failed, E error, I inconclusive, (c) confirmation, (r) after
 * the rollback): every
 * one in the job summary; in the comment, past 100, the counts and the latest 100.
 */
function samplesLine(samples: readonly SampleRecord[], target: ReportTarget): string {
  const legend = `Samples (S successful, F failed, E error, I inconclusive, (c) confirmation${samples.some((s) => s.afterRollback) ? ', (r) after the rollback' : ''})`;
  const letter = (s: SampleRecord) =>
    `${s.confirmation ? '(c)' : s.afterRollback ? '(r)' : ''}${s.phase[0]}`;
  if (target === 'summary' || samples.length <= PHASES_LISTED)
    return `${legend}: ${samples.map(letter).join(' ')}`;
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s.phase, (counts.get(s.phase) ?? 0) + 1);
  const confirmations = samples.filter((s) => s.confirmation).length;
  const summary = [...counts].map(([phase, n]) => `${n} ${phase}`).join(', ');
  return `${legend}: ${samples.length} in all (${summary}; ${confirmations} confirmation); the latest ${PHASES_LISTED}: ${samples
    .slice(-PHASES_LISTED)
    .map(letter)
    .join(' ')}`;
}

/**
 * The samples in at most {@link CHART_POINTS} spans of consecutive samples, each drawn as its
 * worst value (the highest for a `<` threshold, the lowest for a `>` one), so that a breach stays
 * visible however long the window.
 */
export function chartPoints(
  threshold: Pick<Threshold, 'source' | 'op'>,
  samples: readonly SampleRecord[],
): { label: number; observed: number | undefined; limit: number | undefined }[] {
  const span = Math.max(1, Math.ceil(samples.length / CHART_POINTS));
  const higherIsWorse = threshold.op === '<' || threshold.op === '<=' || threshold.op === '==';
  const points: { label: number; observed: number | undefined; limit: number | undefined }[] = [];
  for (let start = 0; start < samples.length; start += span) {
    let observed: number | undefined;
    let limit: number | undefined;
    for (const sample of samples.slice(start, start + span)) {
      const v = sample.verdicts.find((x) => x.threshold === threshold.source);
      if (v?.limit !== undefined) limit = v.limit;
      if (v?.observed === undefined || Number.isNaN(v.observed)) continue;
      if (observed === undefined || (higherIsWorse ? v.observed > observed : v.observed < observed))
        observed = v.observed;
    }
    points.push({ label: start + 1, observed, limit });
  }
  return points;
}

/** A Mermaid `xychart-beta` of one metric against its limit, which GitHub draws. */
function chart(threshold: Threshold, samples: readonly SampleRecord[]): Code {
  const points = chartPoints(threshold, samples);
  const raw = points.map((p) => (p.observed === undefined ? 0 : p.observed));
  // A span without data has no limit of its own: the line keeps the known one.
  let last = points.find((p) => p.limit !== undefined)?.limit ?? 0;
  const limit = points.map((p) => (last = p.limit ?? last));
  // Mermaid draws numbers only: ±Infinity (a Prometheus +Inf) is drawn off the top or bottom.
  const finite = [...raw, ...limit].filter(Number.isFinite).map(Math.abs);
  const edge = Math.max(1, ...finite) * 2;
  const observed = raw.map((v) => (Number.isFinite(v) ? v : Math.sign(v) * edge));
  const label = (value: string) => `"${value.replace(/["\\\n\r`]/g, "'").slice(0, 60)}"`;
  const lines = [
    'xychart-beta',
    `  title ${label(threshold.source)}`,
    `  x-axis [${points.map((p) => p.label).join(', ')}]`,
    `  y-axis ${label(threshold.metric)}`,
    `  line [${observed.map(formatNumber).join(', ')}]`,
    `  line [${limit.map(formatNumber).join(', ')}]`,
  ];
  return code('mermaid', lines.join('\n'));
}

function nextSteps(state: LaneState): PhrasingContent[][] {
  const steps: PhrasingContent[][] = [];
  switch (state.status) {
    case 'gate-failed':
      steps.push([text('Fix the failing essential test on the hotfix branch and push again.')]);
      break;
    case 'blocked':
      if (state.divergedFrom && !state.allowDiverged)
        steps.push([
          text('Bring what runs into the hotfix branch: merge or rebase '),
          inlineCode(state.divergedFrom.ref.slice(0, 12)),
          text(' into it and push again, or set '),
          inlineCode('allow-diverged'),
          text(' to a written reason.'),
        ]);
      if (state.rollbackTarget === null)
        steps.push([
          text(
            'Give the lane an escape hatch: deploy a known-good version to this environment first (its deployment becomes the rollback target), or set ',
          ),
          inlineCode('allow-no-rollback'),
          text(' to a written reason and push again.'),
        ]);
      break;
    case 'rolled-back':
    case 'deploy-failed':
      steps.push([text('The hotfix did not hold: find another approach, push again to retry.')]);
      break;
    case 'escalated':
      steps.push([
        strong('Manual intervention required now:'),
        text(' the service may still run the bad version.'),
      ]);
      break;
    case 'inconclusive':
      steps.push([
        text(
          'Look at the service yourself: the watch could not measure every threshold. Roll back with ',
        ),
        inlineCode('/hotfix rollback'),
        text(' or the rollback dispatch, or fix the metric source and push again.'),
      ]);
      break;
    case 'breached':
      steps.push([
        text('Decide now: roll back with '),
        inlineCode('/hotfix rollback'),
        text(' or the rollback dispatch.'),
      ]);
      break;
    default:
      break;
  }
  steps.push(
    [strong('T005 Root Cause Analysis'), text(' within 48 hours')],
    [strong('T006 Permanent Fix'), text(' if the hotfix is temporary')],
    [strong('T007 Post-Mortem'), text(' within 7 days')],
  );
  return steps;
}

function list(items: PhrasingContent[][]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(...children)],
    })),
  };
}

function code(lang: string, value: string): Code {
  return { type: 'code', lang, value };
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? significant(n) : '0';
}
