/**
 * Typed errors of the engine. Each says where the problem is (an input name or `file:line`),
 * what was found and what is expected, with an example, so that a tired human can fix it at once.
 */

/** Base class: every error the engine throws on purpose. */
export class HotfixError extends Error {
  override name = 'HotfixError';
}

/** A workflow input or CLI flag holds a value that cannot be used. */
export class InputError extends HotfixError {
  override name = 'InputError';
  constructor(
    /** The input's name as the user wrote it, e.g. `monitor-interval`. */
    readonly input: string,
    /** What is wrong and the expected form. */
    readonly problem: string,
    /** 1-based line within a multi-line input, when it matters. */
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(`input "${input}"${line === undefined ? '' : ` line ${line}`}: ${problem}`, options);
  }
}

/** A spec file (hotfix.md) holds something that cannot be used. */
export class SpecError extends HotfixError {
  override name = 'SpecError';
  constructor(
    /** Path of the file as shown to the user. */
    readonly file: string,
    /** 1-based line, when known. */
    readonly line: number | undefined,
    /** What is wrong and the expected form. */
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`, options);
  }
}

/** Where a piece of text came from, so a parse error can name it. */
export type Origin = { input: string; line?: number } | { file: string; line?: number };

/** Builds the typed error that fits an origin. */
export function errorAt(origin: Origin, problem: string): HotfixError {
  return 'input' in origin
    ? new InputError(origin.input, problem, origin.line)
    : new SpecError(origin.file, origin.line, problem);
}

/** The message of anything thrown, so that a thrown non-Error still fails clearly. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/** Shows untrusted text in an error message: quoted, control characters escaped, cut short. */
export function quote(text: string, max = 80): string {
  const json = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return json;
}
