/**
 * Small mdast helpers shared by the spec, the tasks file and the report: parse with remark,
 * escape untrusted text as a text node, and cut a document into labelled sections.
 */
import type { Code, InlineCode, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Handlers, type Options } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmToMarkdown } from 'mdast-util-gfm';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses markdown (GFM) into mdast with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Text nodes are escaped as usual, then every `<` that could open HTML is written `&lt;`. */
const text: Handlers['text'] = (node, _parent, state, info) =>
  neutralizeAngles(state.safe(node.value, info));

const OPTIONS: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  rule: '-',
  handlers: { text },
};

/** Serializes an mdast tree (GFM). Text nodes can never become markup, HTML or a marker. */
export function stringifyMarkdown(tree: Nodes): string {
  return toMarkdown(tree, OPTIONS);
}

/**
 * Renders untrusted text as inline markdown that shows exactly that text: it goes in as a text
 * node, so `*`, `[`, `<`, backticks and newlines cannot become markup.
 */
export function escapeInline(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ').trim();
  if (oneLine === '') return '';
  return stringifyMarkdown({
    type: 'paragraph',
    children: [{ type: 'text', value: oneLine }],
  }).trimEnd();
}

/** The label of a section: a heading's text, or a bold label's text, normalized. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/:\s*$/, '')
    .trim()
    .toLowerCase();
}

/** One piece of a section's content. */
export type SectionPart =
  | { kind: 'code'; value: string; line: number; fenced: boolean }
  | { kind: 'item'; text: string; line: number; codes: InlineCode[] }
  | { kind: 'text'; text: string; line: number };

/** A section: a heading or a bold label that opens a paragraph line, with what follows it. */
export interface Section {
  /** Normalized label, e.g. `rollback plan`. */
  label: string;
  /** Whether the section was opened by a heading (else a bold label). */
  heading: boolean;
  /** 1-based line of the label. */
  line: number;
  /** The content, in document order. */
  parts: SectionPart[];
}

/**
 * Cuts a document into sections. A section is opened by a heading or by a bold label at the
 * start of a paragraph line (`**3. Rollback Plan**:`, `**Target**: Production`), and runs to the
 * next heading, bold label or thematic break.
 */
export function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  const open = (label: string, heading: boolean, line: number) => {
    current = { label: normalizeLabel(label), heading, line, parts: [] };
    sections.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      open(toString(node), true, lineOf(node));
    } else if (node.type === 'thematicBreak') {
      current = undefined;
    } else if (node.type === 'paragraph') {
      for (const line of splitLines(node.children)) {
        const first = line[0];
        if (first?.type === 'strong' && isLabelLine(line)) {
          open(toString(first), false, lineOf(first));
          addInline(current, line.slice(1));
        } else {
          addInline(current, line);
        }
      }
    } else if (current) {
      addBlock(current, node);
    }
  }
  return sections;
}

function isLabelLine(line: PhrasingContent[]): boolean {
  const [label, next] = line;
  if (!label) return false;
  const text = toString(label).trim();
  if (text.endsWith(':')) return true;
  if (!next) return true;
  return next.type === 'text' && /^\s*(?::|\([^)]*\)\s*:)/.test(next.value);
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Splits a paragraph's inline content into lines at the newlines of its text nodes. */
function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'text' && child.value.includes('\n')) {
      const pieces = child.value.split('\n');
      const start = child.position?.start;
      pieces.forEach((value, index) => {
        if (index > 0) lines.push([]);
        if (value === '') return;
        // A piece after a newline starts its own line: its position says so, for lineOf.
        const position =
          start && index > 0
            ? { start: { line: start.line + index, column: 1 }, end: child.position!.end }
            : child.position;
        lines[lines.length - 1]!.push({ ...child, value, position });
      });
    } else if (child.type === 'break') {
      lines.push([]);
    } else {
      lines[lines.length - 1]!.push(child);
    }
  }
  return lines.filter((line) => line.length > 0);
}

function addInline(section: Section | undefined, line: PhrasingContent[]): void {
  if (!section || line.length === 0) return;
  const first = line[0]!;
  for (const node of line) {
    if (node.type === 'inlineCode') {
      section.parts.push({ kind: 'code', value: node.value, line: lineOf(node), fenced: false });
    }
  }
  // The text after the label's colon; a line that is only the colon adds nothing.
  const text = line
    .map((node) => toString(node))
    .join('')
    .replace(/^\s*:\s*/, '')
    .trim();
  if (text !== '') section.parts.push({ kind: 'text', text, line: lineOf(first) });
}

function addBlock(section: Section, node: RootContent): void {
  if (node.type === 'code') {
    section.parts.push(codePart(node));
    return;
  }
  if (node.type === 'list') {
    for (const item of node.children) section.parts.push(itemPart(item));
    return;
  }
  collectCode(node, section);
}

function codePart(node: Code): SectionPart {
  return { kind: 'code', value: node.value, line: lineOf(node) + 1, fenced: true };
}

function itemPart(item: ListItem): SectionPart {
  const codes: InlineCode[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'inlineCode') codes.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(item);
  return { kind: 'item', text: toString(item).trim(), line: lineOf(item), codes };
}

/** Code inside other blocks (a blockquote, a table) still counts as code of the section. */
function collectCode(node: Nodes, section: Section): void {
  if (node.type === 'code') {
    section.parts.push(codePart(node));
  } else if (node.type === 'inlineCode') {
    section.parts.push({ kind: 'code', value: node.value, line: lineOf(node), fenced: false });
  } else if ('children' in node) {
    for (const child of node.children) collectCode(child, section);
  }
}

/**
 * Writes each `<` that could open HTML, a comment or an autolink as `&lt;`, so that no raw
 * `<!--`, tag or marker appears in the bytes (a backslash-escaped `\\<` renders right but still
 * reads as a marker to a plain search). `a < b` stays as it is.
 */
function neutralizeAngles(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i += 1) {
    const char = markdown[i]!;
    const escaped = char === '\\';
    const angle = escaped ? markdown[i + 1] === '<' : char === '<';
    const at = escaped ? i + 1 : i;
    if (angle && /[A-Za-z!/?]/.test(markdown[at + 1] ?? '')) {
      out += '&lt;';
      i = at;
    } else if (escaped) {
      out += char + (markdown[i + 1] ?? '');
      i += 1;
    } else {
      out += char;
    }
  }
  return out;
}
