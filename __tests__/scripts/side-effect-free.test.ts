/**
 * The build bundles @actions/core as side-effect free, so that its OIDC client and undici stay
 * out of the Action's entry chunk (README, "Dependencies"); only the version whose modules were
 * read gets the flag.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/side-effect-free.mjs');
const CORE = path.resolve(import.meta.dirname, '../../node_modules/@actions/core/package.json');

/** A project root holding node_modules/@actions/core with `manifest` and one module. */
function project(manifest: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hotfix-side-effects-'));
  const dir = path.join(root, 'node_modules', '@actions', 'core');
  mkdirSync(path.join(dir, 'lib'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'lib', 'core.js'), 'export const x = 1;\n');
  return root;
}

function run(root: string) {
  const result = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

const overlay = (root: string) => path.join(root, 'lib', 'node_modules', '@actions', 'core');

describe('scripts/side-effect-free.mjs', () => {
  it('copies the audited @actions/core into lib/node_modules with "sideEffects": false, its code unchanged', () => {
    const installed = JSON.parse(readFileSync(CORE, 'utf8')) as { name: string; version: string };
    const root = project({ name: installed.name, version: installed.version, type: 'module' });
    expect(run(root)).toEqual({ code: 0, out: '' });
    const manifest = JSON.parse(readFileSync(path.join(overlay(root), 'package.json'), 'utf8'));
    expect(manifest).toEqual({
      name: installed.name,
      version: installed.version,
      type: 'module',
      sideEffects: false,
    });
    expect(readFileSync(path.join(overlay(root), 'lib', 'core.js'), 'utf8')).toBe(
      'export const x = 1;\n',
    );
  });

  it('refuses a version whose modules were not read, and says what to read and where to record it', () => {
    const root = project({ name: '@actions/core', version: '9.9.9' });
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain('@actions/core is 9.9.9, but');
    expect(out).toContain("set AUDITED['@actions/core'] to '9.9.9'");
    expect(existsSync(overlay(root))).toBe(false);
  });

  it('adds nothing once the package declares sideEffects itself, and removes an earlier copy', () => {
    const root = project({ name: '@actions/core', version: '9.9.9', sideEffects: false });
    mkdirSync(overlay(root), { recursive: true });
    const { code, out } = run(root);
    expect(code).toBe(0);
    expect(out).toContain('declares sideEffects itself; no copy made');
    expect(existsSync(overlay(root))).toBe(false);
  });

  it('says to run npm ci when the package is not installed', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hotfix-side-effects-'));
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain('is missing: run npm ci first');
  });
});
