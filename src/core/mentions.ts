/**
 * Untrusted text never @mentions anyone (README, "Trust boundaries"): in a comment or an issue
 * the action writes, an `@name` or `@org/team` becomes `@\u200bname` (a zero-width space after
 * the `@`: it reads the same, and GitHub notifies nobody), unless it is one of the
 * `escalation-mentions`, the only mentions the action makes on purpose.
 */

const MENTION =
  /(^|[^\w`@\u200b])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][\w.-]{0,99})?)/g;

/** `text` with every mention but those in `allowed` (e.g. `@org/oncall`) made inert. */
export function neutralizeMentions(text: string, allowed: readonly string[] = []): string {
  const keep = new Set(allowed.map((m) => m.replace(/^@/, '').toLowerCase()));
  return text.replace(MENTION, (whole, before: string, name: string) =>
    keep.has(name.toLowerCase()) ? whole : `${before}@\u200b${name}`,
  );
}

/**
 * A log line that cannot start a workflow command: the runner reads a line whose text, after
 * leading white space, begins with `::` as a command, so such a line gets a zero-width space
 * between the colons. Applied to every line of `text`.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? line.replace('::', ':\u200b:') : line))
    .join('\n');
}
