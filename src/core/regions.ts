/**
 * Where the Timeline section is, found by a fence-aware scan of the lines, so that a spec with a
 * long timeline is never parsed whole: the read-back and the Status edit parse only what comes
 * before the Timeline, and the append parses only the timeline's last item.
 */

/** A region of the text: `[start, end)` offsets. */
export interface Region {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_OPEN = /^ {0,3}#{1,6}(?=[ \t]|$)/;

/**
 * The text of an ATX heading line (`## Timeline ##` -> `Timeline`), `undefined` when the line is
 * not one. Written without a backtracking pattern over the rest of the line, so that a 100 kB
 * line costs linear time.
 */
export function atxHeading(line: string): string | undefined {
  const open = ATX_OPEN.exec(line);
  if (!open) return undefined;
  const rest = line.slice(open[0].length).trim();
  // A closing run of `#`, alone or after white space, is not part of the text.
  let i = rest.length;
  while (i > 0 && rest[i - 1] === '#') i -= 1;
  if (i === rest.length) return rest;
  if (i === 0) return '';
  return rest[i - 1] === ' ' || rest[i - 1] === '\t' ? rest.slice(0, i).trim() : rest;
}
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

interface Line {
  start: number;
  text: string;
  inFence: boolean;
}

/** The lines of `text` from `from`, each with its offset and whether it is inside a fenced block. */
function* lines(text: string, from = 0): Generator<Line> {
  let fence: string | undefined;
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    const open = FENCE.exec(line);
    const wasInFence = fence !== undefined;
    if (fence === undefined && open) {
      fence = open[1]!;
    } else if (
      fence !== undefined &&
      open &&
      open[1]![0] === fence[0] &&
      open[1]!.length >= fence.length &&
      line.trim() === open[1]
    ) {
      fence = undefined;
    }
    yield { start, text: line, inFence: wasInFence || open !== null };
    if (newline < 0) return;
    start = newline + 1;
  }
}

/**
 * The `## Timeline` section: from its heading's line to the next heading or thematic break (or
 * the end). `undefined` when there is no ATX Timeline heading outside code.
 */
export function timelineRegion(text: string): Region | undefined {
  let start: number | undefined;
  for (const line of lines(text)) {
    if (line.inFence) continue;
    if (start === undefined) {
      if (atxHeading(line.text)?.toLowerCase() === 'timeline') start = line.start;
    } else if (atxHeading(line.text) !== undefined || BREAK.test(line.text)) {
      return { start, end: line.start };
    }
  }
  return start === undefined ? undefined : { start, end: text.length };
}

/** The offset of the last line in `region` that starts a list item (outside code), if any. */
export function lastItemStart(text: string, region: Region): number | undefined {
  let last: number | undefined;
  for (const line of lines(text.slice(0, region.end), region.start)) {
    if (!line.inFence && ITEM.test(line.text)) last = line.start;
  }
  return last;
}

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Whether the region has a line that could underline a setext heading (`===`, `---`, `-`): such
 * a section's end cannot be found by a line scan, and is parsed whole instead.
 */
export function mayHoldSetextHeading(text: string, region: Region): boolean {
  for (const line of lines(text.slice(0, region.end), region.start)) {
    if (!line.inFence && SETEXT_UNDERLINE.test(line.text)) return true;
  }
  return false;
}
