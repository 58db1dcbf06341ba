// Writes src/version.ts from package.json's version: the version is kept in one place.
// Run by `npm run build` (and `prepare`) before the compiler; a test checks that they agree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const text = `/** The version stamped into the files the action writes: package.json's, written by scripts/version.mjs. */\nexport const VERSION = '${version}';\n`;
const file = new URL('../src/version.ts', import.meta.url);
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  /* first build */
}
if (current !== text) writeFileSync(file, text);
