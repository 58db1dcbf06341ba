import { describe, expect, it } from 'vitest';
import {
  escapeInline,
  normalizeLabel,
  parseMarkdown,
  sectionsOf,
  stringifyMarkdown,
} from '../../src/core/markdown.js';

/** The sections of a document, without mdast positions, as `label (heading?) @line: parts`. */
function sections(text: string): string[] {
  return sectionsOf(parseMarkdown(text)).map((s) => {
    const parts = s.parts.map((p) =>
      p.kind === 'item'
        ? `item@${p.line} ${JSON.stringify(p.text)} codes=${JSON.stringify(p.codes.map((c) => [c.value, c.position?.start.line]))}`
        : p.kind === 'code'
          ? `code@${p.line}${p.fenced ? ' fenced' : ''} ${JSON.stringify(p.value)}`
          : `text@${p.line} ${JSON.stringify(p.text)}`,
    );
    return [`${s.label}${s.heading ? ' (heading)' : ''} @${s.line}`, ...parts].join('\n  ');
  });
}

describe('sectionsOf', () => {
  it('opens a section at each heading, normalizing the label', () => {
    expect(sections('intro\n\n## 1. Rollback Plan:\n\nbody `cmd`\n\n### Next  \n')).toEqual([
      'rollback plan (heading) @3\n  code@5 "cmd"\n  text@5 "body cmd"',
      'next (heading) @7',
    ]);
  });

  it('opens a section at a bold label that starts a paragraph line', () => {
    expect(
      sections(
        [
          '**Target**: Production',
          '**3. Rollback Plan**:',
          '**Impact** (optional): wide',
          '**Label:** value',
          '**Alone**',
          '**Bold** is not a label here',
          'plain **Inline**: not a label',
          '**A**: x  ',
          '**B**: y\\',
          '**C**: z',
        ].join('\n'),
      ),
    ).toEqual([
      'target @1\n  text@1 "Production"',
      'rollback plan @2',
      'impact @3\n  text@3 "(optional): wide"',
      'label @4\n  text@4 "value"',
      'alone @5\n  text@6 "Bold is not a label here"\n  text@7 "plain Inline: not a label"',
      'a @8\n  text@8 "x"',
      'b @9\n  text@9 "y"',
      'c @10\n  text@10 "z"',
    ]);
  });

  it('takes lists, fenced code and code nested in other blocks; a break ends the section', () => {
    expect(
      sections(
        [
          '**Testing Strategy**:',
          '',
          '- run `a` and `b`',
          '- plain',
          '',
          '```sh',
          'npm test',
          '```',
          '',
          '> quoted `q`',
          '',
          '| x |',
          '| - |',
          '| `t` |',
          '',
          '    indented',
          '',
          '---',
          '',
          '- not in any section `z`',
        ].join('\n'),
      ),
    ).toEqual([
      [
        'testing strategy @1',
        '  item@3 "run a and b" codes=[["a",3],["b",3]]',
        '  item@4 "plain" codes=[]',
        '  code@7 fenced "npm test"',
        '  code@10 "q"',
        '  code@14 "t"',
        '  code@17 fenced "indented"',
      ].join('\n'),
    ]);
  });

  it('keeps nothing before the first section and drops empty lines of text', () => {
    expect(sections('before `x`\n\n**S**:\n:\n')).toEqual(['s @3']);
    expect(sections('')).toEqual([]);
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['3. Rollback Plan:', 'rollback plan'],
    ['  12.Target :  ', 'target'],
    ['Status', 'status'],
    ['Plan: B', 'plan: b'],
    ['1 2. x', '1 2. x'],
  ])('%j is %j', (text, label) => {
    expect(normalizeLabel(text)).toBe(label);
  });
});

describe('escapeInline and the text handler', () => {
  it.each([
    ['a\r\n\nb', 'a b'],
    ['  x  ', 'x'],
    [' \n ', ''],
    ['*x* [y](z)', '\\*x\\* \\[y]\\(z)'],
    ['<b>bold</b>', '&lt;b>bold&lt;/b>'],
    ['<!-- hotfix-action:042 -->', '&lt;!-- hotfix-action:042 -->'],
    ['<https://x.test>', '&lt;https\\://x.test>'],
    ['a < b and <1', 'a < b and <1'],
    ['<?php', '&lt;?php'],
    ['back\\slash \\', 'back\\slash \\\\'],
    ['`code`', '\\`code\\`'],
  ])('%j shows as %j', (text, markdown) => {
    expect(escapeInline(text)).toBe(markdown);
  });

  it('writes lists with "-" bullets and rules', () => {
    expect(
      stringifyMarkdown({
        type: 'root',
        children: [
          {
            type: 'list',
            children: [
              {
                type: 'listItem',
                children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }],
              },
            ],
          },
          { type: 'thematicBreak' },
        ],
      }),
    ).toBe('- x\n\n---\n');
  });
});
