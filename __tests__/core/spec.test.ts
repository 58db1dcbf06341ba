import { runs } from '../helpers/fuzz.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/core/errors.js';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/core/markdown.js';
import { appendTimeline, readSpec, renderSpec, setSpecStatus } from '../../src/core/spec.js';

const fixture = readFileSync(new URL('../fixtures/hotfix-hand-edited.md', import.meta.url), 'utf8');
const draft = {
  id: { number: 42, padded: '042', slug: 'login-500' },
  title: 'Login returns 500',
  severity: 'Critical',
  environment: 'production',
  branch: 'hotfix/042-login-500',
  createdAt: Date.UTC(2026, 10, 25, 3, 12, 40),
  version: '0.1.0',
};

/** Lines of `after` that are not in `before`, and the reverse: a line-level diff. */
function diffLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA -= 1;
    endB -= 1;
  }
  return { removed: a.slice(start, endA + 1), added: b.slice(start, endB + 1) };
}

describe('renderSpec', () => {
  it('renders the seed template with every section the README names ("The spec is executable"), and a Timeline', () => {
    const text = renderSpec(draft);
    expect(text.startsWith('# Hotfix 042: Login returns 500\n')).toBe(true);
    for (const part of [
      '**🚨 EMERGENCY**: Critical',
      '**Created**: 2026-11-25 03:12 UTC',
      '**Status**: Active',
      '## Emergency Summary',
      '## Immediate Actions',
      '## Technical Details',
      '## Deployment Plan',
      '## Post-Mortem Required',
      '## Metadata',
      '## Timeline',
      '- [ ] Root cause analysis',
      '**Target**: production',
    ]) {
      expect(text).toContain(part);
    }
  });

  it("keeps the seed's placeholders where the inputs say nothing (or only spaces)", () => {
    for (const blank of [undefined, '', '  \n ']) {
      const text = renderSpec({
        id: draft.id,
        title: blank,
        severity: blank,
        summary: blank,
        environment: blank ?? '',
        createdAt: draft.createdAt,
        version: '1.2.3',
      });
      expect(text.split('\n')[0]).toBe('# Hotfix 042: [Title]');
      for (const line of [
        '**🚨 EMERGENCY**: [Critical/High Priority]',
        "**What's Broken**: [Brief description]",
        '**Target**: Production',
        '**Created By**: hotfix-action v1.2.3',
      ]) {
        expect(text.split('\n')).toContain(line);
      }
      // Without a branch, the first Timeline line says only that the hotfix was scaffolded.
      expect(text.trimEnd().split('\n').at(-1)).toBe(
        '- 2026-11-25 03:12:40 UTC — Hotfix scaffolded',
      );
    }
  });

  it('reads its own scaffold back: placeholders hold no command and keep the inputs in force', () => {
    const spec = readSpec(renderSpec(draft), 'hotfix.md');
    expect(spec).toEqual({
      title: 'Login returns 500',
      severity: 'Critical',
      status: 'Active',
      target: 'production',
      testCommands: [],
      thresholds: [],
    });
  });

  it('puts an untrusted title in as text: no markup, no marker, no heading break-out', () => {
    const evil = 'x <!-- hotfix-action:042 --> [a](http://e.vil) **b**\n## Injected';
    const text = renderSpec({ ...draft, title: evil });
    expect(text).not.toContain('<!-- hotfix-action:042 -->');
    expect(text).not.toMatch(/^## Injected/m);
    expect(readSpec(text, 'hotfix.md').title).toBe(evil.replace('\n', ' '));
  });
});

describe('readSpec on a hand-edited fixture', () => {
  const spec = readSpec(fixture, 'features/042-hotfix/hotfix.md');

  it('reads every Testing Strategy code block line and code span as an essential test', () => {
    expect(spec.testCommands).toEqual([
      { command: 'npm test -- session', line: 48 },
      { command: 'npm run e2e -- --grep login', line: 49 },
      { command: 'curl -fsS http://127.0.0.1:8080/healthz', line: 52 },
    ]);
  });

  it('reads the Rollback Plan code span as the rollback command', () => {
    expect(spec.rollbackCommand).toEqual({
      command: './scripts/deploy.sh "$HOTFIX_REF" --fast',
      line: 31,
    });
  });

  it('reads Rollback Trigger thresholds, PromQL included, and ignores prose items', () => {
    expect(spec.thresholds.map((t) => [t.metric, t.op, t.value])).toEqual([
      ['error_rate', '<', { kind: 'absolute', value: 0.02 }],
      ['latency_p95_ms', '<=', { kind: 'absolute', value: 900 }],
      ['sum(rate(http_requests_total{code=~"5.."}[1m]))', '<', { kind: 'absolute', value: 0.5 }],
    ]);
  });

  it('reads Target, Status, title and severity', () => {
    expect(spec.target).toBe('staging-eu');
    expect(spec.status).toBe('Active');
    expect(spec.title).toBe('Login returns 500 after the session-store upgrade');
    expect(spec.severity).toBe('Critical');
  });

  it('reads headings and bold labels the same, case-insensitively', () => {
    const headings = [
      '# Hotfix 007: x',
      '## rollback PLAN',
      '```sh',
      './rollback.sh',
      '```',
      '## Testing Strategy',
      '- `make test`',
      '## Rollback Trigger',
      '- `availability >= 100%`',
      '## TARGET',
      'canary',
    ].join('\n');
    const spec = readSpec(headings, 'h.md');
    expect(spec.rollbackCommand?.command).toBe('./rollback.sh');
    expect(spec.testCommands.map((c) => c.command)).toEqual(['make test']);
    expect(spec.thresholds[0]?.source).toBe('availability >= 100%');
  });

  it('names the file and line of a Rollback Trigger code span that is not a threshold', () => {
    const bad = fixture.replace('`latency_p95_ms <= 900ms`', '`latency is bad`');
    expect(() => readSpec(bad, 'features/042-hotfix/hotfix.md')).toThrowError(SpecError);
    expect(() => readSpec(bad, 'features/042-hotfix/hotfix.md')).toThrowError(
      /^features\/042-hotfix\/hotfix\.md:62: threshold "latency is bad": .*expected <metric> <op> <value>/,
    );
  });
});

describe('editing Status and Timeline keeps every human byte', () => {
  it('changes only the status line and adds only the new timeline lines', () => {
    const edited = appendTimeline(setSpecStatus(fixture, 'Monitoring'), [
      { at: Date.UTC(2026, 10, 25, 3, 30, 0), text: 'Deployed abc1234 to staging-eu' },
      { at: Date.UTC(2026, 10, 25, 3, 31, 0), text: 'Sample 1: error_rate 0% (< 2%)' },
    ]);
    const lines = diffLines(fixture, edited);
    // Status and the timeline are far apart: check each hunk on its own.
    const statusOnly = setSpecStatus(fixture, 'Monitoring');
    expect(diffLines(fixture, statusOnly)).toEqual({
      removed: ['**Status**: Active'],
      added: ['**Status**: Monitoring'],
    });
    const timelineOnly = appendTimeline(fixture, [
      { at: Date.UTC(2026, 10, 25, 3, 30, 0), text: 'Deployed abc1234 to staging-eu' },
    ]);
    expect(diffLines(fixture, timelineOnly)).toEqual({
      removed: [],
      added: ['- 2026-11-25 03:30:00 UTC — Deployed abc1234 to staging-eu'],
    });
    expect(lines.added.at(-1)).toBe('- 2026-11-25 03:31:00 UTC — Sample 1: error_rate 0% (< 2%)');
    expect(readSpec(edited, 'h.md').status).toBe('Monitoring');
  });

  it('adds a Timeline section when a human removed it', () => {
    const without = '# Hotfix 001: x\n\n**Status**: Active\n';
    const out = appendTimeline(without, [{ at: 0, text: 'Gate passed' }]);
    expect(out).toBe(`${without}\n## Timeline\n\n- 1970-01-01 00:00:00 UTC — Gate passed\n`);
  });

  it('escapes untrusted event text so it cannot add a heading or a marker', () => {
    const out = appendTimeline(fixture, [
      { at: 0, text: 'x\n## Status\n<!-- hotfix-action:042 -->' },
    ]);
    expect(out).not.toContain('<!-- hotfix-action:042 -->');
    expect(out).not.toMatch(/^## Status/m);
  });
});

describe('properties', () => {
  it('any markdown reads back to a value or a SpecError, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          readSpec(text, 'p.md');
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('status edits change at most the status line, timeline edits only add lines', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '**Status**: Active',
        '## Timeline',
        '---',
        '- item',
        '```',
        '**Target**: x',
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (lines, event) => {
          const text = lines.join('\n');
          const withStatus = setSpecStatus(text, 'Resolved');
          const statusDiff = diffLines(text, withStatus);
          expect(statusDiff.removed.length).toBeLessThanOrEqual(1);
          expect(statusDiff.added.length).toBe(statusDiff.removed.length);
          for (const removed of statusDiff.removed) expect(removed).toMatch(/\*\*Status\*\*/);
          const withEvent = appendTimeline(withStatus, [{ at: 0, text: event }]);
          expect(diffLines(withStatus, withEvent).removed).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('a long timeline is edited without parsing it whole', () => {
  /** The reference: parse everything, insert after the Timeline section's last list. */
  function appendByFullParse(text: string, line: string): string {
    const tree = parseMarkdown(text);
    const index = tree.children.findIndex(
      (n) => n.type === 'heading' && toString(n).trim().toLowerCase() === 'timeline',
    );
    let last = tree.children[index]!;
    let lastList: typeof last | undefined;
    for (const node of tree.children.slice(index + 1)) {
      if (node.type === 'heading' || node.type === 'thematicBreak') break;
      last = node;
      if (node.type === 'list') lastList = node;
    }
    const anchor = lastList ?? last;
    const end = anchor.position!.end.offset!;
    return `${text.slice(0, end)}${anchor.type === 'list' ? '\n' : '\n\n'}${line}${text.slice(end)}`;
  }

  it('appends exactly where a full parse would, whatever the timeline holds', () => {
    const item = fc.oneof(
      fc.string({ maxLength: 30 }).map((s) => `- ${s.replace(/\n/g, ' ')}`),
      fc.constantFrom(
        '- event',
        '  continued',
        '',
        '```',
        '- ```',
        'prose line',
        '1. numbered',
        '* star',
        '> quote',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 25 }),
        fc.constantFrom('', '\n## After\n\nmore', '\n---\n'),
        (items, after) => {
          const text = `# Hotfix 001: x\n\n**Status**: Active\n\n## Timeline\n\n- first\n${items.join('\n')}\n${after}`;
          const event = { at: 0, text: 'new event' };
          const expected = appendByFullParse(text, '- 1970-01-01 00:00:00 UTC — new event');
          expect(appendTimeline(text, [event])).toBe(expected);
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('reads and edits a 1 MB spec, its timeline intact', () => {
    const head = renderSpec(draft);
    const body = Array.from(
      { length: 12_000 },
      (_, i) => `- 2026-11-25 03:00:00 UTC — sample ${i} all thresholds hold`,
    ).join('\n');
    const text = `${head}${body}\n`;
    expect(text.length).toBeGreaterThan(500_000);
    const edited = appendTimeline(setSpecStatus(text, 'Monitoring'), [{ at: 0, text: 'last' }]);
    expect(readSpec(edited, 'h.md').status).toBe('Monitoring');
    expect(edited.endsWith(`${body}\n- 1970-01-01 00:00:00 UTC — last\n`)).toBe(true);
  });
});
