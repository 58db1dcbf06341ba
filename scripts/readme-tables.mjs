#!/usr/bin/env node
// Writes the README's inputs and outputs tables from action.yml, between the markers
// <!-- inputs:start --> ... <!-- inputs:end --> and <!-- outputs:start --> ... <!-- outputs:end -->.
// `npm run docs` runs it; a test fails when the README's tables differ from action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();

/** The two tables, as markdown, from action.yml's text. */
export function renderTables(actionYml) {
  const action = parse(actionYml);
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(
      ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
    ),
  ].join('\n');
  return { inputs, outputs };
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../', import.meta.url);
  const tables = renderTables(readFileSync(new URL('action.yml', root), 'utf8'));
  let readme = readFileSync(new URL('README.md', root), 'utf8');
  readme = replaceBetween(readme, 'inputs', tables.inputs);
  readme = replaceBetween(readme, 'outputs', tables.outputs);
  writeFileSync(new URL('README.md', root), readme);
  console.log('README.md tables written from action.yml');
}
