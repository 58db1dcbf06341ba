/**
 * The CLI's reporter (src/cli/reporter.ts; README, "The CLI"): progress and warnings with the
 * time on stderr, so that stdout holds only the report.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleReporter } from '../../src/cli/reporter.js';

describe('consoleReporter()', () => {
  it('writes each line with the UTC time, warnings marked, and publishes nothing', async () => {
    const out = new PassThrough();
    const written: string[] = [];
    out.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    const reporter = consoleReporter(out);
    reporter.progress('$ npm test');
    reporter.warn('the PR comment could not be written');
    await reporter.publish({} as never);
    expect(written).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d \$ npm test\n$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d warning: the PR comment could not be written\n$/),
    ]);
  });
});
