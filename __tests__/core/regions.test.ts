import { describe, expect, it } from 'vitest';
import { lastItemStart, mayHoldSetextHeading, timelineRegion } from '../../src/core/regions.js';

/** The text of the Timeline region of `text`, or undefined. */
function timelineOf(text: string): string | undefined {
  const region = timelineRegion(text);
  return region && text.slice(region.start, region.end);
}

/** The line where the last list item of the Timeline starts. */
function lastItemOf(text: string): string | undefined {
  const region = timelineRegion(text);
  if (!region) throw new Error('no timeline');
  const at = lastItemStart(text, region);
  return at === undefined ? undefined : text.slice(at).split('\n')[0];
}

describe('timelineRegion', () => {
  it('runs from the Timeline heading to the end when nothing follows', () => {
    expect(timelineOf('## Timeline\n- a\n')).toBe('## Timeline\n- a\n');
    expect(timelineOf('# Hotfix\n\n## Timeline\n- a')).toBe('## Timeline\n- a');
    expect(timelineOf('\n## Timeline\n- a')).toBe('## Timeline\n- a');
  });

  it('is undefined without a Timeline heading', () => {
    expect(timelineRegion('')).toBeUndefined();
    expect(timelineRegion('# Hotfix\n## Summary\nTimeline\n')).toBeUndefined();
    expect(timelineRegion('## Timelines\n')).toBeUndefined();
    expect(timelineRegion('##Timeline\n')).toBeUndefined();
    expect(timelineRegion('    ## Timeline\n')).toBeUndefined();
  });

  it('takes the heading at any level, indented up to three spaces, any case, closed or not', () => {
    expect(timelineOf('### TimeLine\n- a\n')).toBe('### TimeLine\n- a\n');
    expect(timelineOf('   ## Timeline\n- a\n')).toBe('   ## Timeline\n- a\n');
    expect(timelineOf('## Timeline ##\n- a\n')).toBe('## Timeline ##\n- a\n');
    expect(timelineOf('##\tTimeline\t\n- a\n')).toBe('##\tTimeline\t\n- a\n');
  });

  it('ends at the next heading of any level, even an empty one', () => {
    expect(timelineOf('## Timeline\n- a\n## Next\nx\n')).toBe('## Timeline\n- a\n');
    expect(timelineOf('## Timeline\n- a\n#### Deep\n')).toBe('## Timeline\n- a\n');
    expect(timelineOf('## Timeline\n- a\n#\nx\n')).toBe('## Timeline\n- a\n');
    expect(timelineOf('## Timeline\n- a\n  # Indented\n')).toBe('## Timeline\n- a\n');
  });

  it('ends at a thematic break in each of its spellings', () => {
    for (const rule of ['***', '* * *', '---', '___', ' - - -', '*** ', '_\t_\t_']) {
      expect(timelineOf(`## Timeline\n- a\n${rule}\nafter\n`), rule).toBe('## Timeline\n- a\n');
    }
  });

  it('does not end at lines that only look like a break or a heading', () => {
    const text = '## Timeline\n- note * * *\n**\n***x\n#hashtag\n    ## code\n- b\n';
    expect(timelineOf(text)).toBe(text);
  });

  it('handles CRLF line ends', () => {
    expect(timelineOf('## Timeline\r\n- a\r\n***\r\nafter\r\n')).toBe('## Timeline\r\n- a\r\n');
  });

  it('ignores headings inside fenced code, before and within the section', () => {
    const text =
      '```\n## Timeline\n```\n## Timeline\n- a\n~~~\n## not a heading\n~~~\n- b\n## Next\n';
    expect(timelineOf(text)).toBe('## Timeline\n- a\n~~~\n## not a heading\n~~~\n- b\n');
  });

  it('does not take a one-character backtick or tilde for a fence', () => {
    expect(timelineOf('`x`\n## Timeline\n- a\n')).toBe('## Timeline\n- a\n');
    expect(timelineOf('~x\n## Timeline\n- a\n')).toBe('## Timeline\n- a\n');
  });

  it('closes a fence only with the same character, at least as long, and no info string', () => {
    const fenced = (open: string, close: string): string | undefined =>
      timelineOf(`## Timeline\n${open}\n${close}\n## Inside?\n${open}\n## Next\n`);
    // Not closed: the "## Inside?" line stays in code and the section runs to "## Next".
    const inside = (open: string, close: string): string =>
      `## Timeline\n${open}\n${close}\n## Inside?\n${open}\n`;
    expect(fenced('~~~', '```')).toBe(inside('~~~', '```'));
    expect(fenced('````', '```')).toBe(inside('````', '```'));
    expect(fenced('```', '```js')).toBe(inside('```', '```js'));
    // Closed: the section ends at "## Inside?".
    expect(fenced('```', '```')).toBe('## Timeline\n```\n```\n');
    expect(fenced('```', '````')).toBe('## Timeline\n```\n````\n');
    expect(fenced('~~~', '~~~  ')).toBe('## Timeline\n~~~\n~~~  \n');
    expect(fenced('```', '  ```')).toBe('## Timeline\n```\n  ```\n');
  });
});

describe('lastItemStart', () => {
  it('finds the last list item of the section, in every marker', () => {
    expect(lastItemOf('## Timeline\n- a\n- b\n  more\n')).toBe('- b');
    expect(lastItemOf('## Timeline\n* a\n+ b\n')).toBe('+ b');
    expect(lastItemOf('## Timeline\n- a\n1. b\n')).toBe('1. b');
    expect(lastItemOf('## Timeline\n- a\n10) b\n')).toBe('10) b');
    expect(lastItemOf('## Timeline\n- a\n123456789. b\n')).toBe('123456789. b');
    expect(lastItemOf('## Timeline\n- a\n   - b\n')).toBe('   - b');
    expect(lastItemOf('## Timeline\n- a\n-\n')).toBe('-');
    expect(lastItemOf('## Timeline\n- a\n-\tb\n')).toBe('-\tb');
  });

  it('does not take other lines for items', () => {
    expect(lastItemOf('## Timeline\n- a\n-b\n1.b\n1234567890. b\nx. b\n1: b\n    - code\n')).toBe(
      '- a',
    );
    expect(lastItemOf('## Timeline\nno items\n')).toBeUndefined();
  });

  it('skips items inside fenced code', () => {
    expect(lastItemOf('## Timeline\n- a\n```\n- in code\n```\n')).toBe('- a');
  });

  it('stays within the section', () => {
    expect(lastItemOf('- before\n## Timeline\n- a\n## Next\n- after\n')).toBe('- a');
  });
});

describe('mayHoldSetextHeading', () => {
  /** Whether `body`, as a region between a head and a tail, may hold a setext heading. */
  const holds = (body: string, after = ''): boolean => {
    const head = '## Timeline\n';
    const text = `${head}${body}${after}`;
    return mayHoldSetextHeading(text, { start: head.length, end: head.length + body.length });
  };

  it('is true for any line that could underline a setext heading', () => {
    for (const line of ['===', '=', '---', '-', '   ==', '--- ', '=\t']) {
      expect(holds(`- a\ntext\n${line}\n`), line).toBe(true);
    }
  });

  it('is false for lines that cannot', () => {
    expect(holds('- a\n- b\n')).toBe(false);
    expect(holds('- a\nx ===\n=== x\n=-\n    ===\n')).toBe(false);
  });

  it('ignores fenced code and what follows the section', () => {
    expect(holds('- a\n```\n===\n```\n')).toBe(false);
    expect(holds('- a\n', 'x\n===\n')).toBe(false);
    expect(mayHoldSetextHeading('===\n## Timeline\n- a\n', { start: 4, end: 20 })).toBe(false);
  });
});
