// ncc drops the shebang of the CLI entry; put it back and make the bundle executable so that
// `npx hotfix` and the package's `bin` work on a fresh clone.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../dist/cli/index.js', import.meta.url);
const text = readFileSync(file, 'utf8');
if (!text.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${text}`);
chmodSync(file, 0o755);
