#!/usr/bin/env node
// Regenerates __tests__/fixtures/github-openapi/api.github.com.subset.json: the operations the
// action calls, cut from GitHub's official OpenAPI description (npm package @octokit/openapi,
// generated/api.github.com.json) with every component they reference. The 13 MB original is
// not installed on every `npm ci`; run this after a change to OPERATIONS:
//
//   npm i --no-save @octokit/openapi && node scripts/vendor-github-openapi.mjs
//   (or: node scripts/vendor-github-openapi.mjs /path/to/api.github.com.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Every call the action makes: method and GitHub's path template. */
export const OPERATIONS = [
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/deployments'],
  ['post', '/repos/{owner}/{repo}/deployments'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['post', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['post', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
];

const source =
  process.argv[2] ??
  createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(source, 'utf8'));
// The package's version, from its package.json next to generated/.
const version = JSON.parse(
  readFileSync(new URL('../package.json', `file://${source}`), 'utf8'),
).version;

const paths = {};
for (const [method, path] of OPERATIONS) {
  const item = spec.paths[path];
  if (!item?.[method])
    throw new Error(`GitHub's description has no ${method.toUpperCase()} ${path}`);
  paths[path] ??= item.parameters ? { parameters: item.parameters } : {};
  paths[path][method] = item[method];
}

// Every component reachable from the kept operations.
const components = {};
const seen = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (
      key === '$ref' &&
      typeof value === 'string' &&
      value.startsWith('#/components/') &&
      !seen.has(value)
    ) {
      seen.add(value);
      const [, , kind, name] = value.split('/');
      const target = spec.components[kind][name];
      (components[kind] ??= {})[name] = target;
      visit(target);
    } else {
      visit(value);
    }
  }
};
visit(paths);
for (const kind of Object.keys(components)) {
  components[kind] = Object.fromEntries(
    Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)),
  );
}

const subset = {
  openapi: spec.openapi,
  info: {
    ...spec.info,
    'x-subset-of': `@octokit/openapi@${version} generated/api.github.com.json`,
  },
  servers: spec.servers,
  paths,
  components,
};
const out = new URL(
  '../__tests__/fixtures/github-openapi/api.github.com.subset.json',
  import.meta.url,
);
writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
console.log(`wrote ${OPERATIONS.length} operations and ${seen.size} components to ${out.pathname}`);
