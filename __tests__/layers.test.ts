import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

/** The restricted-import messages `npm run lint` gives a scratch file at `file`. */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// README, "Layout": each folder of src/ imports only the folders below it.
describe('the layers are a lint rule', () => {
  it.each([
    ['src/core/scratch.ts', "import { git } from '../node/git.js';", 'core/ is pure'],
    ['src/core/scratch.ts', "import { readFile } from 'node:fs/promises';", 'does no I/O'],
    ['src/node/scratch.ts', "import { info } from '../action/io.js';", 'node/ holds'],
    ['src/github/scratch.ts', "import * as core from '../action/io.js';", 'github/'],
    ['src/sources/scratch.ts', "import { createGitHub } from '../github/octokit.js';", 'sources/'],
    ['src/wiring/scratch.ts', "import { createGitHub } from '../github/octokit.js';", 'wiring/'],
    ['src/sources/scratch.ts', "import { lanePorts } from '../wiring/lane-ports.js';", 'sources/'],
    ['src/cli/scratch.ts', "import { run } from '../action/main.js';", 'cli/ is the local face'],
    ['src/action/scratch.ts', "import { main } from '../cli/main.js';", 'never imports the CLI'],
  ])('%s may not say %s', async (file, source, why) => {
    const errors = await layerErrors(file, `${source}\nexport const used = 1;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(why);
  });

  it('allows what the layers allow', async () => {
    const allowed: [string, string][] = [
      ['src/node/scratch.ts', "import type { Clock } from '../core/ports.js';"],
      ['src/sources/scratch.ts', "import { processRunner } from '../node/command-runner.js';"],
      ['src/github/scratch.ts', "import { readSpecFile } from '../node/fs-files.js';"],
      ['src/cli/scratch.ts', "import { httpProbe } from '../sources/http-probe.js';"],
      ['src/wiring/scratch.ts', "import { buildSources } from '../sources/index.js';"],
      ['src/cli/scratch.ts', "import { lanePorts } from '../wiring/lane-ports.js';"],
      ['src/action/scratch.ts', "import { lanePorts } from '../wiring/lane-ports.js';"],
      ['src/action/scratch.ts', "import { createGitHub } from '../github/octokit.js';"],
    ];
    for (const [file, source] of allowed)
      expect(await layerErrors(file, `${source}\nexport const used = 1;\n`)).toEqual([]);
  });
});

// README, "Layout": the engine's modules form no cycle, type-only imports included.
describe('src/core/ has no import cycle', () => {
  it('orders every module of src/core/ after what it imports', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dir = path.join(root, 'src', 'core');
    const names = (await readdir(dir)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    const edges = new Map<string, string[]>();
    for (const name of names) {
      const text = await readFile(path.join(dir, `${name}.ts`), 'utf8');
      edges.set(
        name,
        [...text.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => m[1]!),
      );
    }
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' -> '));
        return;
      }
      if (done.has(name)) return;
      for (const next of edges.get(name) ?? []) visit(next, [...trail, name]);
      done.add(name);
    };
    for (const name of names) visit(name, []);
    expect(names.length).toBeGreaterThan(20);
    expect(cycles).toEqual([]);
  });
});

/**
 * README, "Layout": a module's own tests are in `__tests__/<folder>/<module>.test.ts`. The few
 * that are the faces' entry points and the run's wiring are tested where they run whole; the
 * ports and type declarations are checked by the type checker and the layering test above. This
 * list says where each is tested.
 */
const TESTED_WHOLE: Record<string, string> = {
  'src/index.ts': '__tests__/library.test.ts',
  'src/version.ts': '__tests__/library.test.ts',
  'src/core/ports.ts': '__tests__/layers.test.ts',
  'src/types/bottleneck-light.d.ts': '__tests__/github/octokit.test.ts',
  'src/action/index.ts': '__tests__/e2e/action.test.ts',
  'src/action/main.ts': '__tests__/e2e/action.test.ts',
  'src/action/operations.ts': '__tests__/e2e/action-lane.test.ts',
  'src/cli/index.ts': '__tests__/e2e/cli.test.ts',
  'src/cli/main.ts': '__tests__/e2e/cli.test.ts',
  'src/cli/demo.ts': '__tests__/e2e/cli.test.ts',
};

describe('tests are found by their module', () => {
  it('every module of src/ has a test file of its name, or is listed with the file that runs it whole', () => {
    const modules = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/${f.split(path.sep).join('/')}`);
    const untested = modules.filter((module) => {
      const own = module.replace(/^src\//, '__tests__/').replace(/\.d\.ts$|\.ts$/, '.test.ts');
      return !existsSync(path.join(root, own)) && !(module in TESTED_WHOLE);
    });
    expect(untested).toEqual([]);
    for (const [module, test] of Object.entries(TESTED_WHOLE)) {
      expect(modules, `${module} is listed but does not exist`).toContain(module);
      expect(existsSync(path.join(root, test)), `${test} (for ${module})`).toBe(true);
    }
  });
});
