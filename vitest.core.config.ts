import { defineConfig } from 'vitest/config';

/** The unit tests of src/core/, for mutation testing (npm run mutation). */
export default defineConfig({
  test: {
    include: [
      '__tests__/core/**/*.test.ts',
      '__tests__/reliability/inputs.test.ts',
      '__tests__/reliability/fuzz.test.ts',
    ],
    testTimeout: 60_000,
    // A mutant of module-level code runs every test: properties take a tenth of their runs here
    // (npm test runs them all).
    env: { HOTFIX_FUZZ_RUNS_SCALE: '0.1' },
  },
});
