import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/markdown.js';
import { renderReport } from '../../src/core/report.js';
import { type LaneState } from '../../src/core/state.js';
import { parseThresholds } from '../../src/core/thresholds.js';
import { laneState } from '../helpers/lane-state.js';

/** Hotfix 042 titled, with two thresholds, every step pending (see helpers/lane-state.ts). */
function state(overrides: Partial<LaneState> = {}): LaneState {
  return laneState({
    title: 'Login 500',
    thresholds: parseThresholds('error_rate < 1%\nlatency_p95_ms < 800ms', { input: 'thresholds' }),
    ...overrides,
  });
}

const sample = (at: number, errorRate: number) => ({
  at,
  phase: errorRate < 0.01 ? ('Successful' as const) : ('Failed' as const),
  values: { error_rate: errorRate, latency_p95_ms: 120 },
  verdicts: [
    {
      threshold: 'error_rate < 1%',
      metric: 'error_rate',
      verdict: errorRate < 0.01 ? ('pass' as const) : ('breach' as const),
      observed: errorRate,
      limit: 0.01,
    },
    {
      threshold: 'latency_p95_ms < 800ms',
      metric: 'latency_p95_ms',
      verdict: 'pass' as const,
      observed: 120,
      limit: 800,
    },
  ],
});

describe('the report', () => {
  it('shows the status, every step, the deployments, thresholds vs observed and next steps', () => {
    const s = state({
      status: 'rolled-back',
      message: 'Rolled back: error_rate breached.',
      samples: [sample(1, 0), sample(2, 0.4)],
      deployment: { id: 7, ref: 'a'.repeat(40), state: 'failure', url: 'https://example.com/d/7' },
      rollback: { id: 8, ref: 'b'.repeat(40), state: 'success' },
      rollbackTarget: 'b'.repeat(40),
    });
    const md = renderReport(s);
    expect(md).toMatch(/^## 🚑 Hotfix 042: Login 500/);
    expect(md).toContain('**↩️ Rolled back** Rolled back: error_rate breached.');
    for (const step of ['scaffold', 'gate', 'deploy', 'monitor', 'rollback', 'escalate'])
      expect(md).toMatch(new RegExp(`\\| ${step} +\\|`));
    expect(md).toContain('[#7](https://example.com/d/7)');
    expect(md).toContain('Rollback deployment #8 of `bbbbbbbbbbbb`: success');
    expect(md).toMatch(/\| `error_rate < 1%` +\| +0\.4 \| ❌ breached/);
    expect(md).toContain('**T005 Root Cause Analysis** within 48 hours');
    expect(md).toContain('**T007 Post-Mortem** within 7 days');
  });

  it('draws each metric against its limit as a Mermaid xychart-beta', () => {
    const md = renderReport(state({ samples: [sample(1, 0), sample(2, 0.4)] }));
    const charts = parseMarkdown(md).children.filter(
      (n) => n.type === 'code' && n.lang === 'mermaid',
    );
    expect(charts).toHaveLength(2);
    expect((charts[0] as { value: string }).value).toBe(
      [
        'xychart-beta',
        '  title "error_rate < 1%"',
        '  x-axis [1, 2]',
        '  y-axis "error_rate"',
        '  line [0, 0.4]',
        '  line [0.01, 0.01]',
      ].join('\n'),
    );
  });

  it('keeps untrusted text as text: no HTML, marker or heading breaks out', () => {
    const evil =
      '<!-- hotfix-action:042 --> <img src=x onerror=alert(1)> [x](javascript:alert(1))\n## Owned';
    const md = renderReport(state({ title: evil, message: evil, status: 'escalated' }));
    expect(md).not.toContain('<!--');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/^## Owned/m);
    const tree = parseMarkdown(md);
    const html: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'html' || node.type === 'link') html.push(node.type);
      for (const child of (node.children ?? []) as { type: string }[]) walk(child);
    };
    walk(tree);
    expect(html).toEqual([]);
  });
});

describe('the report of a run in progress, word for word', () => {
  it('shows running steps, confirmation samples, the last three notes and safe chart labels', () => {
    const t0 = Date.UTC(2026, 10, 25, 3, 0, 0);
    const odd = 'custom_"metric`name\\with\nnewline_and_a_label_longer_than_sixty_characters_x';
    const thresholds = [
      ...parseThresholds('error_rate < 1%', { input: 'thresholds' }),
      {
        ...parseThresholds('m < 5', { input: 'thresholds' })[0]!,
        source: `${odd} < 5`,
        metric: odd,
      },
    ];
    const at = (i: number) => t0 + i * 30_000;
    const verdicts = (errorRate: number | undefined, m: number) => [
      errorRate === undefined
        ? { threshold: 'error_rate < 1%', metric: 'error_rate', verdict: 'nodata' as const }
        : {
            threshold: 'error_rate < 1%',
            metric: 'error_rate',
            verdict: errorRate < 0.01 ? ('pass' as const) : ('breach' as const),
            observed: errorRate,
            limit: 0.01,
          },
      { threshold: `${odd} < 5`, metric: odd, verdict: 'pass' as const, observed: m, limit: 5 },
    ];
    const s = state({
      thresholds,
      status: 'running',
      skipTests: 'CI is down',
      rollbackTarget: null,
      deployment: { id: 9, ref: 'a'.repeat(40) },
      steps: [
        { name: 'scaffold', state: 'passed', startedAt: t0, endedAt: t0 + 1500, detail: 'created' },
        { name: 'gate', state: 'skipped', detail: 'skipped: CI is down' },
        { name: 'deploy', state: 'passed', startedAt: t0, endedAt: t0 + 61_000 },
        { name: 'monitor', state: 'running', startedAt: at(2) },
        { name: 'rollback', state: 'pending' },
        { name: 'escalate', state: 'pending' },
      ],
      samples: [
        { at: at(3), phase: 'Successful', values: {}, verdicts: verdicts(0, 1), note: 'first' },
        { at: at(4), phase: 'Error', values: {}, verdicts: [], note: 'probe: timeout' },
        { at: at(5), phase: 'Inconclusive', values: {}, verdicts: verdicts(undefined, 2.123456) },
        { at: at(6), phase: 'Failed', values: {}, verdicts: verdicts(0.5, 3), note: 'third' },
        {
          at: at(7),
          phase: 'Failed',
          values: {},
          verdicts: verdicts(0.6, 3),
          confirmation: true,
          note: 'fourth',
        },
      ],
    });
    expect(renderReport(s)).toMatchSnapshot();
  });

  it.each(['skipped', 'dry-run', 'resolved', 'breached', 'gate-failed'] as const)(
    'says what %s means and what to do next',
    (status) => {
      const md = renderReport(
        state({
          status,
          plannedCommands:
            status === 'dry-run'
              ? [
                  {
                    label: 'deploy',
                    command: './deploy.sh',
                    env: { HOTFIX_REF: 'abc', HOTFIX_NUMBER: '042' },
                  },
                ]
              : [],
        }),
      );
      expect(md).toMatchSnapshot();
    },
  );
});

// README, "Any history, any window": the comment is whole and within its limit for any window.
describe('the report for any window length', () => {
  const windowOf = (n: number, breachAt?: number) =>
    state({
      status: 'resolved',
      samples: Array.from({ length: n }, (_, i) =>
        sample(Date.UTC(2026, 10, 25, 3, 0, 0) + i * 10_000, i === breachAt ? 0.5 : 0.001),
      ),
    });

  /** The markdown read back with remark: its code blocks, tables and the chart's points. */
  function readBack(markdown: string) {
    const tree = parseMarkdown(markdown);
    const codes = tree.children.filter((c) => c.type === 'code');
    const tables = tree.children.filter((c) => c.type === 'table');
    const fences = markdown.split('\n').filter((l) => l.startsWith('```')).length;
    return { codes, tables, fences };
  }

  it.each([10, 1000, 8640])(
    'a window of %i samples: within 65,536 characters, every fence closed, the tables whole',
    (n) => {
      const markdown = renderReport(windowOf(n));
      expect(markdown.length).toBeLessThanOrEqual(65_536);
      const { codes, tables, fences } = readBack(markdown);
      expect(fences % 2).toBe(0);
      expect(codes).toHaveLength(2);
      for (const c of codes) {
        const xAxis = (c as { value: string }).value.split('\n')[2]!;
        expect(xAxis.split(',').length).toBeLessThanOrEqual(100);
      }
      // The steps table and the thresholds table, each with its header and one row per item.
      expect(tables.map((t) => (t as { children: unknown[] }).children.length)).toEqual([7, 3]);
    },
  );

  it('keeps a single breaching sample visible in a chart of 8,640 samples (the worst of each span)', () => {
    const markdown = renderReport(windowOf(8640, 4321));
    const chart = markdown.split('```mermaid')[1]!.split('```')[0]!;
    const line = chart.split('\n').find((l) => l.trim().startsWith('line ['))!;
    expect(line).toContain('0.5');
    expect(markdown).toMatch(/8640 in all \(8639 Successful, 1 Failed; 0 confirmation\)/);
  });

  it('the job summary lists every sample, within its 1 MiB limit', () => {
    const markdown = renderReport(windowOf(8640), 'summary');
    expect(markdown.length).toBeLessThanOrEqual(1024 * 1024);
    const line = markdown.split('\n').find((l) => l.startsWith('Samples ('))!;
    expect(line.split(' ').filter((w) => w === 'S')).toHaveLength(8640);
  });

  it('leaves the charts out, and says so, when a comment would not hold them', () => {
    const many = parseThresholds(
      Array.from(
        { length: 60 },
        (_, i) => `metric_${i}_with_a_long_name_for_the_chart < ${i + 1}`,
      ).join('\n'),
      { input: 'thresholds' },
    );
    const s = state({
      thresholds: many,
      samples: Array.from({ length: 8640 }, (_, i) => ({
        at: i,
        phase: 'Successful' as const,
        values: {},
        verdicts: many.map((t) => ({
          threshold: t.source,
          metric: t.metric,
          verdict: 'pass' as const,
          observed: 123456.789,
          limit: 999999.123,
        })),
      })),
    });
    const markdown = renderReport(s);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain('Charts and details are left out');
    expect(readBack(markdown).fences % 2).toBe(0);
  });
});
