/**
 * Before any test: the e2e tests run `node dist/index.js` and `dist/cli/index.js`, so a run never
 * judges a stale bundle. When a file under src/ is newer than dist/index.js (an edit not built
 * yet), dist/ is built first (`npm run build`), with one line that says so (README, "Development").
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time of the files below `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Whether the bundle under `root` is older than a file of `root/src/` (or missing). */
export function staleBundle(root: string): boolean {
  let built = 0;
  try {
    built = Math.min(
      statSync(path.join(root, 'dist', 'index.js')).mtimeMs,
      statSync(path.join(root, 'dist', 'cli', 'index.js')).mtimeMs,
    );
  } catch {
    /* no bundle yet */
  }
  return newest(path.join(root, 'src')) > built;
}

export default function setup(): void {
  if (!staleBundle(root)) return;
  process.stdout.write('dist/ is older than src/: building it first (npm run build)\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
