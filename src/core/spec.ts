/**
 * hotfix.md: rendered from the seed's template, read back with remark, and edited in place.
 *
 * Edits (Status, Timeline) are located through the mdast positions and spliced into the
 * original text, so every byte a human wrote outside the Status value and the Timeline's end
 * survives untouched.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { HotfixId } from './branch.js';
import { quote, SpecError } from './errors.js';
import { escapeInline, parseMarkdown, sectionsOf, type Section } from './markdown.js';
import { lastItemStart, mayHoldSetextHeading, timelineRegion } from './regions.js';
import { parseThreshold, type Threshold } from './thresholds.js';
import { formatMinuteUtc, formatSecondUtc } from './time.js';

/** The status words of `**Status**:` (README, "The spec is executable"). */
export const SPEC_STATUSES = [
  'Active',
  'Testing',
  'Deploying',
  'Monitoring',
  'Resolved',
  'Rolled back',
  'Escalated',
] as const;
/** One status word of `**Status**:`. */
export type SpecStatus = (typeof SPEC_STATUSES)[number];

/** What the scaffold is rendered from. */
export interface SpecDraft {
  id: HotfixId;
  title?: string;
  severity?: string;
  summary?: string;
  environment: string;
  branch?: string;
  createdAt: number;
  version: string;
}

/** A command read from the spec, with the line it came from. */
export interface SpecCommand {
  command: string;
  line: number;
}

/** What the lane reads back from hotfix.md. */
export interface HotfixSpec {
  title?: string;
  severity?: string;
  status?: string;
  /** Testing Strategy: every code block line and code span; empty = the input stays in force. */
  testCommands: SpecCommand[];
  /** Rollback Plan: the first code block or code span. */
  rollbackCommand?: SpecCommand;
  /** Rollback Trigger: thresholds; empty = the input stays in force. */
  thresholds: Threshold[];
  /** Deployment Plan's Target: the environment, unless a `[placeholder]`. */
  target?: string;
  /**
   * A Target naming several environments in order, comma-separated (README, "Environments in
   * order"), with its line; `undefined` for a single one.
   */
  targets?: { names: string[]; line: number };
}

const or = (value: string | undefined, placeholder: string) => {
  const escaped = value === undefined ? '' : escapeInline(value);
  return escaped === '' ? placeholder : escaped;
};

/** Renders the seed's hotfix.md template, with a `## Timeline` section opened by its first line. */
export function renderSpec(draft: SpecDraft): string {
  const title = or(draft.title, '[Title]');
  const firstEvent = draft.branch
    ? `Hotfix scaffolded from branch ${draft.branch}`
    : 'Hotfix scaffolded';
  return `# Hotfix ${draft.id.padded}: ${title}

**🚨 EMERGENCY**: ${or(draft.severity, '[Critical/High Priority]')}
**Created**: ${formatMinuteUtc(draft.createdAt)}
**Status**: Active

---

## Emergency Summary

**What's Broken**: ${or(draft.summary, '[Brief description]')}

**Impact**:
- Users affected: [scope]
- Service status: [degraded/down]
- Data at risk: [Yes/No]

**Urgency**: [Immediate/Within hours/Within day]

---

## Immediate Actions

**1. Mitigation** (if applicable):
- [Temporary mitigation in place? Describe]

**2. Hotfix Scope**:
- [What needs to be fixed immediately]

**3. Rollback Plan**:
- [How to rollback if hotfix fails; a command in backticks here replaces the rollback-command input]

---

## Technical Details

**Root Cause** (if known):
- [Quick analysis]

**Fix Approach**:
- [Minimal changes to resolve emergency]

**Files Affected**:
- [List critical files]

**Testing Strategy**:
- [Minimal essential tests - what MUST pass? Commands in backticks here replace the test-command input]

---

## Deployment Plan

**Target**: ${or(draft.environment, 'Production')}
**Rollout**: [Immediate/Phased]
**Rollback Trigger**: [When to rollback; healthy thresholds in backticks here (metric op value) replace the thresholds input]

---

## Post-Mortem Required

**After Emergency Resolved**:
- [ ] Root cause analysis
- [ ] Permanent fix (if hotfix is temporary)
- [ ] Process improvements
- [ ] Documentation updates
- [ ] Team retrospective

---

## Metadata

**Workflow**: Hotfix (Emergency Response)
**Created By**: hotfix-action v${draft.version}

---

## Timeline

${timelineItem(draft.createdAt, firstEvent)}
`;
}

function timelineItem(at: number, event: string): string {
  return `- ${formatSecondUtc(at)} — ${escapeInline(event)}`;
}

const isPlaceholder = (text: string) => /^\[.*\]$/s.test(text.trim());

/** Reads hotfix.md back into the values the lane uses. `file` names it in errors. */
export function readSpec(text: string, file: string): HotfixSpec {
  // Nothing the lane reads lives in the Timeline: a long timeline is not parsed.
  const tree = parseMarkdown(text.slice(0, timelineRegion(text)?.start ?? text.length));
  const sections = sectionsOf(tree);
  const find = (label: string) => sections.filter((s) => s.label === label);
  const spec: HotfixSpec = { testCommands: [], thresholds: [] };

  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const titleText = heading ? toString(heading) : undefined;
  const title = titleText?.replace(/^hotfix\s+\d+\s*:\s*/i, '').trim();
  if (title && !isPlaceholder(title)) spec.title = title;
  const severity = firstText(find('🚨 emergency'));
  if (severity && !isPlaceholder(severity)) spec.severity = severity;
  spec.status = firstText(find('status'));
  const target = firstTextPart(find('target'));
  if (target && !isPlaceholder(target.text)) {
    const names = targetNames(target.text, file, target.line);
    if (names.length === 1) spec.target = names[0];
    else spec.targets = { names, line: target.line };
  }

  for (const section of find('testing strategy')) spec.testCommands.push(...commandsOf(section));
  const rollback = find('rollback plan').flatMap((s) => codesOf(s));
  if (rollback[0])
    spec.rollbackCommand = { command: rollback[0].value.trim(), line: rollback[0].line };
  for (const section of find('rollback trigger'))
    spec.thresholds.push(...thresholdsOf(section, file));
  return spec;
}

/** hotfix.md's `**Created**:` line: where it is, what it says, and the time if it is one. */
export interface CreatedLine {
  line: number;
  found: string;
  at?: number;
}

/**
 * hotfix.md's `**Created**:` time (README, "The clock"), written `2026-11-25 03:00 UTC` (seconds,
 * `T` and `Z` are read too); `undefined` when there is no such line or it is a `[placeholder]`.
 */
export function readCreated(text: string): CreatedLine | undefined {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => /^\*\*Created\*\*:/.test(l));
  if (index < 0) return undefined;
  const found = lines[index]!.replace(/^\*\*Created\*\*:/, '').trim();
  if (found === '' || isPlaceholder(found)) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?: ?UTC|Z)?$/.exec(found);
  const at = match ? Date.parse(`${match[1]}T${match[2]}Z`) : NaN;
  return Number.isFinite(at) ? { line: index + 1, found, at } : { line: index + 1, found };
}

function firstText(sections: Section[]): string | undefined {
  return firstTextPart(sections)?.text;
}

function firstTextPart(sections: Section[]): { text: string; line: number } | undefined {
  for (const section of sections) {
    const part = section.parts.find((p) => p.kind === 'text');
    if (part && part.kind === 'text' && part.text !== '') return part;
  }
  return undefined;
}

/**
 * Something that reads as a separator other than a comma: `;`, `|`, `>` (as in `->`), `→`, `&`,
 * `+`, a `/` with spaces around it, or the words `and` and `then`. A slash inside a name
 * (`review/eu`) stays part of it.
 */
const OTHER_SEPARATOR = /[;|>→⇒&+]|\s\/\s|\s(?:and|then)\s/i;

/**
 * The environments a Target names, in order (README, "Environments in order"): comma-separated,
 * each non-empty and named once. Anything else is an error naming the file and line, read before
 * anything runs.
 */
function targetNames(text: string, file: string, line: number): string[] {
  const example =
    'write the environments in order, separated by commas: **Target**: Staging, Production';
  const other = OTHER_SEPARATOR.exec(text);
  if (other)
    throw new SpecError(
      file,
      line,
      `**Target** ${quote(text)} separates environments with ${quote(other[0].trim())}; ${example}`,
    );
  const names = text.split(',').map((n) => n.trim());
  const empty = names.findIndex((n) => n === '');
  if (empty >= 0)
    throw new SpecError(
      file,
      line,
      `**Target** ${quote(text)} has an empty environment name (name ${empty + 1} of ${names.length}); ${example}`,
    );
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase()))
      throw new SpecError(
        file,
        line,
        `**Target** ${quote(text)} names ${quote(name)} twice; ${example}`,
      );
    seen.add(name.toLowerCase());
  }
  return names;
}

function codesOf(section: Section): { value: string; line: number; fenced: boolean }[] {
  const out: { value: string; line: number; fenced: boolean }[] = [];
  for (const part of section.parts) {
    if (part.kind === 'code' && part.value.trim() !== '') out.push(part);
    if (part.kind === 'item') {
      for (const code of part.codes) {
        if (code.value.trim() !== '') {
          out.push({
            value: code.value,
            line: code.position?.start.line ?? part.line,
            fenced: false,
          });
        }
      }
    }
  }
  return out;
}

/** Testing Strategy: a fenced block gives one command a line (`\` continues a line). */
function commandsOf(section: Section): SpecCommand[] {
  const out: SpecCommand[] = [];
  for (const code of codesOf(section)) {
    if (!code.fenced) {
      out.push({ command: code.value.trim(), line: code.line });
      continue;
    }
    let pending = '';
    let pendingLine = code.line;
    code.value.split('\n').forEach((raw, index) => {
      const line = raw.trim();
      if (pending === '') pendingLine = code.line + index;
      if (pending === '' && (line === '' || line.startsWith('#'))) return;
      if (line.endsWith('\\')) {
        pending += `${line.slice(0, -1).trimEnd()} `;
        return;
      }
      out.push({ command: `${pending}${line}`.trim(), line: pendingLine });
      pending = '';
    });
    if (pending.trim() !== '') out.push({ command: pending.trim(), line: pendingLine });
  }
  return out;
}

/**
 * Rollback Trigger: every code span is a threshold (or a clear error); a list item without code
 * is a threshold when it reads like a comparison, and prose otherwise.
 */
function thresholdsOf(section: Section, file: string): Threshold[] {
  const out: Threshold[] = [];
  for (const part of section.parts) {
    if (part.kind === 'code') {
      out.push(parseThreshold(part.value, { file, line: part.line }));
    } else if (part.kind === 'item') {
      if (part.codes.length > 0) {
        for (const code of part.codes) {
          out.push(
            parseThreshold(code.value, { file, line: code.position?.start.line ?? part.line }),
          );
        }
      } else if (/^\S+\s*(?:<|>|==|!=)/.test(part.text) && !isPlaceholder(part.text)) {
        out.push(parseThreshold(part.text, { file, line: part.line }));
      }
    }
  }
  return out;
}

/**
 * Sets `**Status**:` in place. Only the value after the label changes; a spec without a Status
 * line gets none (the human removed it on purpose).
 */
export function setSpecStatus(text: string, status: SpecStatus): string {
  const end = statusLabelEnd(text);
  return end === undefined ? text : setSpecStatusAt(text, end, status);
}

/**
 * Where hotfix.md's `**Status**` label ends (its value follows), found with one parse; the
 * Journal keeps it, since nothing it writes comes before it.
 */
export function statusLabelEnd(text: string): number | undefined {
  let found: number | undefined;
  visitLabels(
    parseMarkdown(text.slice(0, timelineRegion(text)?.start ?? text.length)),
    (end, label) => {
      if (label.trim().toLowerCase() !== 'status') return false;
      found = end;
      return true;
    },
  );
  return found;
}

/** Sets the value after the `**Status**` label that ends at `end` (see {@link statusLabelEnd}). */
export function setSpecStatusAt(text: string, end: number, status: SpecStatus): string {
  const lineEnd = text.indexOf('\n', end);
  const stop = lineEnd < 0 ? text.length : lineEnd;
  // `: Active` + an optional hard break (`\\` or trailing spaces) + an optional CR. Each
  // part is found from its own end, never by a backtracking pattern (linear on long lines).
  const value = text.slice(end, stop);
  const lead = /^\s*:?\s*/.exec(value)![0];
  let cut = value.length;
  if (value[cut - 1] === '\r') cut -= 1;
  while (cut > lead.length && (value[cut - 1] === ' ' || value[cut - 1] === '\t')) cut -= 1;
  if (cut > lead.length && value[cut - 1] === '\\') cut -= 1;
  const tail = value.slice(cut);
  return `${text.slice(0, end)}${lead === '' ? ': ' : lead}${status}${tail}${text.slice(stop)}`;
}

/** Calls `fn` with the end offset and text of each bold label that opens a line, until it returns true. */
function visitLabels(tree: Root, fn: (end: number, label: string) => boolean): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    let atLineStart = true;
    for (const child of node.children) {
      if (child.type === 'strong' && atLineStart && child.position) {
        const label = child.children.map((c) => ('value' in c ? c.value : '')).join('');
        if (fn(child.position.end.offset ?? 0, label)) return;
      }
      atLineStart = (child.type === 'text' && child.value.endsWith('\n')) || child.type === 'break';
    }
  }
}

/**
 * Where new timeline lines go: after the Timeline section's last list (the timeline itself), else
 * after its last node. `undefined` when the spec has no Timeline section.
 */
function timelineAnchor(text: string): { end: number; list: boolean } | undefined {
  const region = timelineRegion(text);
  if (region && !mayHoldSetextHeading(text, region)) {
    // Only the timeline's last item onwards is parsed: the list it starts is the last list. The
    // line that ends the section is parsed too: it is what closes an open list item or code.
    const from = lastItemStart(text, region) ?? region.start;
    const closing = text.indexOf('\n', region.end);
    const tail = parseMarkdown(text.slice(from, closing < 0 ? text.length : closing));
    const nodes = tail.children.filter((n) => (n.position?.start.offset ?? 0) < region.end - from);
    const node = nodes.filter((n) => n.type === 'list').at(-1) ?? nodes.at(-1);
    if (!node?.position?.end.offset) return { end: region.end, list: false };
    return { end: from + node.position.end.offset, list: node.type === 'list' };
  }
  // No ATX Timeline heading, or a section a line scan cannot cut safely: parse it all.
  const tree = parseMarkdown(text);
  const index = tree.children.findIndex(
    (n) => n.type === 'heading' && toString(n).trim().toLowerCase() === 'timeline',
  );
  if (index < 0) return undefined;
  const section: RootContent[] = [];
  for (const node of tree.children.slice(index + 1)) {
    if (node.type === 'heading' || node.type === 'thematicBreak') break;
    section.push(node);
  }
  const node =
    section.filter((n) => n.type === 'list').at(-1) ?? section.at(-1) ?? tree.children[index]!;
  return { end: node.position?.end.offset ?? text.length, list: node.type === 'list' };
}

/**
 * Appends one line per event to the `## Timeline` section (after its last line), never
 * rewriting earlier lines. A spec without a Timeline gets one at the end.
 */
export function appendTimeline(
  text: string,
  events: readonly { at: number; text: string }[],
): string {
  if (events.length === 0) return text;
  const lines = events.map((e) => timelineItem(e.at, e.text)).join('\n');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const anchor = timelineAnchor(text);
  if (!anchor) {
    const sep = text === '' ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
    return `${text}${sep}## Timeline${eol}${eol}${lines.replaceAll('\n', eol)}${eol}`;
  }
  const { end, list } = anchor;
  const insert = list ? `${eol}${lines}` : `${eol}${eol}${lines}`;
  return `${text.slice(0, end)}${insert.replaceAll('\n', eol).replaceAll('\r\r', '\r')}${text.slice(end)}`;
}
