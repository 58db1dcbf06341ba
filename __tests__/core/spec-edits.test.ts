/**
 * The spec read back and edited, case by case: what each way of writing hotfix.md gives, and the
 * exact text after a Status edit or a Timeline append (only the value, only new lines).
 */
import { describe, expect, it } from 'vitest';
import {
  appendTimeline,
  readSpec,
  setSpecStatus,
  setSpecStatusAt,
  statusLabelEnd,
} from '../../src/core/spec.js';

const read = (text: string) => readSpec(text, 'h.md');

describe('readSpec, field by field', () => {
  it.each([
    ['# Hotfix 042: Login 500\n', 'Login 500'],
    ['# hotfix 7 :  X\n', 'X'],
    ['# Hotfix  042:Login\n', 'Login'],
    ['# Hotfix 042 : x\n', 'x'],
    ['## Pre\n\n# Hotfix 1: T\n', 'T'],
    ['# Emergency Hotfix 042: x\n', 'Emergency Hotfix 042: x'],
    ['# Hotfix 042: [Title]\n', undefined],
    ['## Hotfix 042: Sub\n', undefined],
  ])('title of %j is %j', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it('reads severity, status and target, skipping placeholders and labels inside a line', () => {
    expect(read('**🚨 EMERGENCY**: SEV1\n**Status**: Active\n')).toEqual({
      testCommands: [],
      thresholds: [],
      severity: 'SEV1',
      status: 'Active',
    });
    expect(read('**🚨 EMERGENCY**: [Critical/High Priority]\n')).toEqual({
      testCommands: [],
      thresholds: [],
    });
    expect(read('**Target**: `prod` eu\n').target).toBe('prod eu');
    expect(read('**Target**: [Production]\n').target).toBeUndefined();
    expect(read('x **Target**: eu\n').target).toBeUndefined();
    expect(read('**Target**:\n**Target**: eu\n').target).toBe('eu');
    // The value may sit on the line after its label.
    expect(read('**Status**:\nActive\n\n**Target**:\nstaging\n')).toMatchObject({
      status: 'Active',
      target: 'staging',
    });
  });

  it('Testing Strategy: every code span, and a fenced block a command a line', () => {
    expect(
      read('**Testing Strategy**:\n- `npm test`\n- run `a` and `b`\n- ` `\n').testCommands,
    ).toEqual([
      { command: 'npm test', line: 2 },
      { command: 'a', line: 3 },
      { command: 'b', line: 3 },
    ]);
    expect(
      read(
        '**Testing Strategy**:\n\n```sh\n# comment\n\nnpm ci \\\n  --quiet\nnpm test\n  make \\\n```\n',
      ).testCommands,
    ).toEqual([
      { command: 'npm ci --quiet', line: 6 },
      { command: 'npm test', line: 8 },
      { command: 'make', line: 9 },
    ]);
    expect(read('**Testing Strategy**:\n\n```\n\n```\n').testCommands).toEqual([]);
    expect(read('**Testing Strategy**:\n\n`  make check  `\n').testCommands).toEqual([
      { command: 'make check', line: 3 },
    ]);
  });

  it('Rollback Plan: the first command, trimmed, with its line', () => {
    expect(
      read('**Rollback Plan**:\n\n```\n  ./rb.sh --now  \n```\n\n- `./second.sh`\n')
        .rollbackCommand,
    ).toEqual({
      command: './rb.sh --now',
      line: 4,
    });
    expect(read('**Rollback Plan**:\n- [How]\n- `  ./rb.sh  `\n').rollbackCommand).toEqual({
      command: './rb.sh',
      line: 3,
    });
    expect(read('**Rollback Plan**:\n- [How]\n').rollbackCommand).toBeUndefined();
  });

  it('Rollback Trigger: code spans, comparisons without code, never prose or placeholders', () => {
    const sources = (text: string) => read(text).thresholds.map((t) => t.source);
    expect(
      sources(
        '**Rollback Trigger**:\n- `error_rate < 1%`\n- latency_p95_ms < 800ms\n- When it spikes\n- [When to rollback]\n- a `b > 1` and `c < 2`\n',
      ),
    ).toEqual(['error_rate < 1%', 'latency_p95_ms < 800ms', 'b > 1', 'c < 2']);
    expect(sources('**Rollback Trigger**:\n\n```\nerror_rate < 2%\n```\n')).toEqual([
      'error_rate < 2%',
    ]);
    expect(
      sources('**Rollback Trigger**:\n- error_rate<1%\n- a != 1\n- b == 2\n- c > 3\n'),
    ).toEqual(['error_rate<1%', 'a != 1', 'b == 2', 'c > 3']);
    expect(sources('**Rollback Trigger**:\n- x y < 1\n- see: a < 1\n- [a < 1]\n')).toEqual([]);
  });

  it('Rollback Trigger errors name file:line of the span, the item or the block', () => {
    expect(() => read('# H\n\n**Rollback Trigger**:\n- ok\n- `nope`\n')).toThrowError(
      /^h\.md:5: threshold "nope"/,
    );
    expect(() => read('# H\n\n**Rollback Trigger**:\n- text\n  `nope`\n')).toThrowError(
      /^h\.md:5: threshold "nope"/,
    );
    expect(() => read('**Rollback Trigger**:\n- a < 1 kb\n')).toThrowError(
      /^h\.md:2: threshold "a < 1 kb"/,
    );
    expect(() => read('**Rollback Trigger**:\n\n`nope`\n')).toThrowError(
      /^h\.md:3: threshold "nope"/,
    );
  });

  it('reads nothing from the Timeline', () => {
    expect(read('# Hotfix 1: T\n\n## Timeline\n\n**Status**: Resolved\n**Target**: eu\n')).toEqual({
      testCommands: [],
      thresholds: [],
      title: 'T',
    });
  });
});

describe('setSpecStatus changes only the value', () => {
  it.each([
    ['**Status**: Active\n', '**Status**: Rolled back\n'],
    ['**Status**:Active\n', '**Status**:Rolled back\n'],
    ['**Status** Active\n', '**Status** Rolled back\n'],
    ['**Status**\n', '**Status**: Rolled back\n'],
    ['**Status**: Active  \nnext\n', '**Status**: Rolled back  \nnext\n'],
    ['**Status**: Active\\\nnext\n', '**Status**: Rolled back\\\nnext\n'],
    ['**Status**: Active\r\nnext\r\n', '**Status**: Rolled back\r\nnext\r\n'],
    ['line\n**status** : Active\n', 'line\n**status** : Rolled back\n'],
    [
      '**Created**: x\n**Status**: Active\n**Status**: Second\n',
      '**Created**: x\n**Status**: Rolled back\n**Status**: Second\n',
    ],
    ['**Created**: x  \n**Status**: Active\n', '**Created**: x  \n**Status**: Rolled back\n'],
    ['**Status**: Active', '**Status**: Rolled back'],
    ['a **Status**: Active\n', 'a **Status**: Active\n'],
    ['**Created**: x **Status**: y\n', '**Created**: x **Status**: y\n'],
    ['## Timeline\n**Status**: inside\n', '## Timeline\n**Status**: inside\n'],
    ['`**Status**: code`\n', '`**Status**: code`\n'],
    ['**Sta*tus***: x\n', '**Sta*tus***: x\n'],
  ])('%j', (before, after) => {
    expect(setSpecStatus(before, 'Rolled back')).toBe(after);
  });

  it("keeps the label's place found once: Status set there stays right across Timeline appends", () => {
    const start = '# Hotfix 042: x\n\n**Status**: Active  \nnext\n\n## Timeline\n\n- a\n';
    const end = statusLabelEnd(start)!;
    let kept = start;
    let parsed = start;
    for (const [i, status] of (
      ['Testing', 'Deploying', 'Monitoring', 'Rolled back'] as const
    ).entries()) {
      const event = [{ at: Date.UTC(2026, 10, 25, 3, 4, i), text: `step ${i}` }];
      kept = setSpecStatusAt(appendTimeline(kept, event), end, status);
      parsed = setSpecStatus(appendTimeline(parsed, event), status);
      expect(kept).toBe(parsed);
    }
    expect(readSpec(kept, 'hotfix.md').status).toBe('Rolled back');
    expect(statusLabelEnd('# no status\n')).toBeUndefined();
  });
});

describe('appendTimeline adds lines after the last one, and nothing else', () => {
  const events = [
    { at: Date.UTC(2026, 10, 25, 3, 4, 5), text: 'Deployed' },
    { at: Date.UTC(2026, 10, 25, 3, 4, 6), text: 'Done <b>' },
  ];
  const lines = '- 2026-11-25 03:04:05 UTC — Deployed\n- 2026-11-25 03:04:06 UTC — Done &lt;b>';

  it.each([
    ['', `## Timeline\n\n${lines}\n`],
    ['# Spec', `# Spec\n\n## Timeline\n\n${lines}\n`],
    ['# Spec\n', `# Spec\n\n## Timeline\n\n${lines}\n`],
    ['## Timeline\n', `## Timeline\n\n${lines}\n`],
    ['## Timeline\n\n- a\n- b\n', `## Timeline\n\n- a\n- b\n${lines}\n`],
    [
      '## Timeline\n\n- a\n- b\n\n## Next\n\nx\n',
      `## Timeline\n\n- a\n- b\n${lines}\n\n## Next\n\nx\n`,
    ],
    ['## Timeline\n\n- a\n\n***\n\nafter\n', `## Timeline\n\n- a\n${lines}\n\n***\n\nafter\n`],
    ['## Timeline\n\nsome prose\n', `## Timeline\n\nsome prose\n\n${lines}\n`],
    [
      '## Timeline\n\n- a\n\n```\n- code\n```\n',
      `## Timeline\n\n- a\n${lines}\n\n\`\`\`\n- code\n\`\`\`\n`,
    ],
    ['## Timeline\n\n- a\n  continued\n', `## Timeline\n\n- a\n  continued\n${lines}\n`],
    [
      '## Timeline\n\n- a\n\nText\n---\n\nafter\n',
      `## Timeline\n\n- a\n${lines}\n\nText\n---\n\nafter\n`,
    ],
    ['Timeline\n===\n\n- a\n\n## Next\n', `Timeline\n===\n\n- a\n${lines}\n\n## Next\n`],
    ['## Timeline\n\n- a', `## Timeline\n\n- a\n${lines}`],
  ])('%j', (before, after) => {
    expect(appendTimeline(before, events)).toBe(after);
  });

  it('keeps CRLF line ends', () => {
    const crlf = lines.replaceAll('\n', '\r\n');
    expect(appendTimeline('# Spec\r\n\r\nbody\r\n', events)).toBe(
      `# Spec\r\n\r\nbody\r\n\r\n## Timeline\r\n\r\n${crlf}\r\n`,
    );
    expect(appendTimeline('## Timeline\r\n\r\n- a\r\n', events)).toBe(
      `## Timeline\r\n\r\n- a\r\n${crlf}\r\n`,
    );
    expect(appendTimeline('# S\r\n## Timeline\r\n\r\nprose\r\n', events)).toBe(
      `# S\r\n## Timeline\r\n\r\nprose\r\n\r\n${crlf}\r\n`,
    );
  });

  it('is the identity with no events', () => {
    expect(appendTimeline('x', [])).toBe('x');
    expect(appendTimeline('', [])).toBe('');
  });
});
