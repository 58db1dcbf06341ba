import { runs } from '../helpers/fuzz.js';
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseChatOps, route } from '../../src/action/events.js';
import { HotfixError, InputError } from '../../src/core/errors.js';
import { escapeInline, parseMarkdown } from '../../src/core/markdown.js';
import { parseSettings } from '../../src/core/settings.js';
import { appendTimeline, readSpec, setSpecStatus } from '../../src/core/spec.js';
import { TASK_IDS, tickTask } from '../../src/core/tasks.js';
import { parseMonitorOutput } from '../../src/sources/command.js';

const bytes = fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('utf8'));
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  bytes,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('fuzzing: never a crash, never a lost human line', () => {
  it('spec read-back, Status and Timeline edits on random bytes', () => {
    fc.assert(
      fc.property(text, fc.string({ maxLength: 60 }), (spec, event) => {
        try {
          readSpec(spec, 'f.md');
        } catch (error) {
          expect(error).toBeInstanceOf(HotfixError);
        }
        const edited = appendTimeline(setSpecStatus(spec, 'Rolled back'), [{ at: 0, text: event }]);
        // Every human line is still there, in order (the Status line may carry a new value).
        // Lines end at LF, CRLF or a lone CR, as markdown reads them: a last line ended by a
        // lone CR (or a CRLF file's last line) joins the line ending of what follows it.
        const lineEnd = /\r\n|\r|\n/;
        const out = edited.split(lineEnd);
        let cursor = 0;
        for (const line of spec.split(lineEnd)) {
          const at = out.indexOf(line, cursor);
          if (at >= 0) cursor = at + 1;
          else expect(line).toMatch(/status/i);
        }
      }),
      // A spec that is one lone CR: found by a random run in CI.
      { numRuns: runs(400), examples: [['\r', '']] },
    );
  });

  it('task ticks on random bytes change at most one box', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...TASK_IDS), (tasks, id) => {
        const out = tickTask(tasks, id);
        expect(out.length).toBe(tasks.length);
        const diff = Array.from({ length: out.length }, (_, i) => out[i]).filter(
          (c, i) => c !== tasks[i],
        );
        expect(diff.length === 0 || diff.join('') === 'x').toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('escaped text reads back as the same text, and never as HTML, a link or a heading', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const md = escapeInline(s);
        const tree = parseMarkdown(md);
        const kinds = new Set<string>();
        const walk = (n: { type: string; children?: unknown[] }) => {
          kinds.add(n.type);
          for (const c of (n.children ?? []) as { type: string }[]) walk(c);
        };
        walk(tree);
        for (const kind of ['html', 'heading', 'image', 'list', 'code', 'blockquote', 'table'])
          expect(kinds.has(kind)).toBe(false);
        const expected = s.replace(/[\r\n]+/g, ' ').trim();
        if (!/[a-z][a-z0-9+.-]*:|www\.|@/i.test(expected))
          expect(toString(tree)).toBe(expected.replace(/[ \t]+$/g, ''));
      }),
      { numRuns: runs(500) },
    );
  });

  it('settings from random inputs: a value or an InputError', () => {
    const names = [
      'environment',
      'thresholds',
      'monitor-interval',
      'confirm-samples',
      'probe-url',
      'on-no-data',
      'dry-run',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), text), (raw) => {
        try {
          parseSettings((n) => raw[n]);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('event routing on random payloads and chat-ops on random comments', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('push', 'workflow_dispatch', 'issue_comment', 'pull_request', 'x'),
        fc.anything(),
        (event, payload) => {
          expect(['refuse', 'skip', 'fail', 'lane', 'rollback', 'status', 'chatops']).toContain(
            route(event, payload).kind,
          );
        },
      ),
      { numRuns: runs(300) },
    );
    fc.assert(
      fc.property(text, (body) => {
        expect([undefined, 'rollback', 'status']).toContain(parseChatOps(body));
      }),
    );
  });

  it('monitor command output: numbers or a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.json()), (out) => {
        try {
          for (const v of Object.values(parseMonitorOutput(out)))
            expect(Number.isFinite(v)).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/monitor-command/);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
