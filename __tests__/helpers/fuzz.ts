/**
 * How many runs a property gets. `npm test` runs each property in full; the mutation run
 * (vitest.core.config.ts) sets HOTFIX_FUZZ_RUNS_SCALE to run every test once per mutant in
 * reasonable time, with a smaller sample of each property.
 */
export function runs(full: number): number {
  const scale = Number(process.env.HOTFIX_FUZZ_RUNS_SCALE ?? '1');
  return Math.max(20, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
