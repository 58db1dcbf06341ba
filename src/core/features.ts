/**
 * The features folder, resolved as the seed tool does (README, "Branches, files and reports").
 */

/** What the resolver needs to know about the work tree. */
export interface FeaturesProbe {
  /** Whether `.specswarm/features` exists. */
  specswarmExists: boolean;
  /** Whether legacy `features/` holds `NNN-*` folders. */
  legacyHasNumbered: boolean;
}

/** The resolved folder, with a notice to show when the legacy folder is used. */
export interface FeaturesDir {
  dir: string;
  notice?: string;
}

/** Input `features-dir` if set; else `.specswarm/features` if it exists; else legacy `features/`
 * if it holds `NNN-*` folders; else `.specswarm/features`. */
export function resolveFeaturesDir(input: string | undefined, probe: FeaturesProbe): FeaturesDir {
  if (input) return { dir: input.replace(/\/+$/, '') };
  if (probe.specswarmExists) return { dir: '.specswarm/features' };
  if (probe.legacyHasNumbered) {
    return {
      dir: 'features',
      notice:
        'using the legacy features/ folder; `npx hotfix migrate` moves it to .specswarm/features',
    };
  }
  return { dir: '.specswarm/features' };
}

/** `<features>/<NNN>-hotfix/hotfix.md` and `tasks.md`. */
export function hotfixPaths(
  featuresDir: string,
  padded: string,
): { dir: string; spec: string; tasks: string } {
  const dir = `${featuresDir}/${padded}-hotfix`;
  return { dir, spec: `${dir}/hotfix.md`, tasks: `${dir}/tasks.md` };
}

/** Whether a folder name is a numbered feature folder (`042-hotfix`, `7-login`). */
export function isNumberedFeature(name: string): boolean {
  return /^\d{1,6}-/.test(name);
}
