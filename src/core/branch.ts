/**
 * The branch grammar (README, "Branches, files and reports"): `hotfix/<number>[-<slug>]`.
 */

/** A hotfix's identity, as read from its branch or given on the command line. */
export interface HotfixId {
  /** The number as an integer, e.g. 42. */
  number: number;
  /** The number padded to at least 3 digits, e.g. `042`; never truncated. */
  padded: string;
  /** The case-folded slug, `''` when the branch has none. */
  slug: string;
}

/** The result of reading a branch name: a hotfix, or why it is not one. */
export type BranchResult = { ok: true; id: HotfixId } | { ok: false; reason: string };

const BRANCH = /^hotfix\/([0-9]{1,6})(?:-([A-Za-z0-9._-]+))?$/;

/** Pads a hotfix number to at least three digits: 7 -> `007`, 1234 -> `1234`. */
export function padHotfixNumber(n: number): string {
  return String(n).padStart(3, '0');
}

/** Reads `hotfix/NNN-slug` (or `refs/heads/hotfix/NNN-slug`) into a {@link HotfixId}. */
export function parseHotfixBranch(ref: string): BranchResult {
  const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
  const match = BRANCH.exec(name);
  if (!match) {
    return {
      ok: false,
      reason: `not a hotfix branch: ${JSON.stringify(name.slice(0, 120))} (expected hotfix/<number>[-<slug>], e.g. hotfix/042-login-500)`,
    };
  }
  const number = Number(match[1]);
  return {
    ok: true,
    id: { number, padded: padHotfixNumber(number), slug: (match[2] ?? '').toLowerCase() },
  };
}

/** The branch a hotfix lives on: `hotfix/042-login-500`, or `hotfix/042` without a slug. */
export function hotfixBranchName(id: HotfixId): string {
  return `hotfix/${id.padded}${id.slug ? `-${id.slug}` : ''}`;
}

/** Reads a bare hotfix number (`42`, `042`) as given to `hotfix start` or the `hotfix` input. */
export function parseHotfixNumber(text: string): HotfixId | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]{1,6}$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return { number, padded: padHotfixNumber(number), slug: '' };
}
