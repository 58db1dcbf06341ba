/**
 * The patterns over spec lines stay linear (README, "Trust boundaries"): a spec is text anyone
 * who can push writes, and a 100 kB line built to make a backtracking pattern explode must cost
 * no more than reading it. Each case would take many seconds with a quadratic pattern; the
 * per-test limit below is far above what a linear pass needs.
 */
import { describe, expect, it } from 'vitest';
import { atxHeading, timelineRegion } from '../../src/core/regions.js';
import { appendTimeline, readSpec, renderSpec, setSpecStatus } from '../../src/core/spec.js';

const RUN = ' '.repeat(100_000);
const LIMIT_MS = 3000;

const spec = renderSpec({
  id: { number: 42, padded: '042', slug: 'x' },
  createdAt: Date.UTC(2026, 0, 1),
  environment: 'production',
  branch: 'hotfix/042-x',
  version: '0.0.0',
});

describe('100 kB hostile lines cost linear time', () => {
  it('a heading line with a long run of blanks before its last word', { timeout: LIMIT_MS }, () => {
    expect(atxHeading(`# x${RUN}y`)).toBe(`x${RUN}y`);
    expect(atxHeading(`## Timeline ##`)).toBe('Timeline');
    expect(atxHeading(`## #`)).toBe('');
    expect(atxHeading(`#x`)).toBeUndefined();
    const text = `${spec}\n# x${RUN}y\n`;
    expect(timelineRegion(text)).toBeDefined();
  });

  it('a Status line with a long run of blanks inside its value', { timeout: LIMIT_MS }, () => {
    const text = spec.replace(/\*\*Status\*\*:[^\n]*/, `**Status**: a${RUN}b`);
    const edited = setSpecStatus(text, 'Resolved');
    expect(edited).toMatch(/\*\*Status\*\*: Resolved\n/);
    expect(readSpec(edited, 'hotfix.md').status).toBe('Resolved');
  });

  it(
    'long runs of blanks and hashes across the spec, and its timeline',
    { timeout: LIMIT_MS },
    () => {
      const hostile = [`# a${'#'.repeat(100_000)}b`, `a${RUN}b`].join('\n');
      const text = `${spec}\n${hostile}\n`;
      expect(readSpec(text, 'hotfix.md').status).toBe('Active');
      expect(appendTimeline(text, [{ at: Date.UTC(2026, 0, 1), text: 'x' }])).toContain(hostile);
    },
  );

  it('a thematic-break look-alike of 100 kB ends no Timeline early', { timeout: LIMIT_MS }, () => {
    const text = `## Timeline\n\n- one\n\n-${' -'.repeat(50_000)}x\n`;
    expect(timelineRegion(text)).toEqual({ start: 0, end: text.length });
  });
});
