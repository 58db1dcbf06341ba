/**
 * Run by `npm run build` between tsc and ncc. @actions/core's package.json does not say that its
 * modules are free of side effects, so the bundler must keep every module it imports: its OIDC
 * client, and with it @actions/http-client and undici (about 1 MB), sat in the Action's entry
 * chunk and were parsed and run on every start, though the Action never asks for an ID token.
 * Its modules do nothing at import but bind their own names (read for the version in AUDITED), so
 * the build bundles it with `"sideEffects": false`: a copy of the package in lib/node_modules,
 * which the bundler finds before node_modules for lib/'s files. The library's code is unchanged;
 * undici now loads with the GitHub client, where it is used. README, "Dependencies".
 *
 * Usage: node scripts/side-effect-free.mjs [root]   (root: the project, by default this one)
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages bundled as side-effect free, each with the version whose modules were read. */
const AUDITED = { '@actions/core': '3.0.1' };

const root = path.resolve(process.argv[2] ?? path.join(fileURLToPath(import.meta.url), '../..'));
const here = path.relative(process.cwd(), fileURLToPath(import.meta.url)) || 'side-effect-free.mjs';

for (const [name, audited] of Object.entries(AUDITED)) {
  const source = path.join(root, 'node_modules', name);
  const overlay = path.join(root, 'lib', 'node_modules', name);
  const manifestFile = path.join(source, 'package.json');
  if (!existsSync(manifestFile)) {
    console.error(`${here}: ${manifestFile} is missing: run npm ci first`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  rmSync(overlay, { recursive: true, force: true });
  if (manifest.sideEffects !== undefined) {
    // The package says it itself now: nothing to add, and the entry in AUDITED can go.
    console.log(`${here}: ${name} ${manifest.version} declares sideEffects itself; no copy made`);
    continue;
  }
  if (manifest.version !== audited) {
    console.error(
      `${here}: ${name} is ${manifest.version}, but ${audited} is the version read for import-time ` +
        `side effects. Read ${path.join(source, 'lib')}/*.js: every top-level statement must only ` +
        `bind a name of its own (no global, process or file change), then set AUDITED['${name}'] ` +
        `to '${manifest.version}' in ${here}.`,
    );
    process.exit(1);
  }
  cpSync(source, overlay, { recursive: true, dereference: true });
  writeFileSync(
    path.join(overlay, 'package.json'),
    `${JSON.stringify({ ...manifest, sideEffects: false }, null, 2)}\n`,
  );
}
