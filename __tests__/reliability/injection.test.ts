import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/core/markdown.js';
import { runAction } from '../helpers/action.js';
import { githubWorld } from '../helpers/world.js';
import { DEPLOY_COMMAND } from '../helpers/repo.js';

const BRANCH = 'hotfix/042-login-500';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function world() {
  const w = await githubWorld({ branch: BRANCH, version: 'good-v2', message: 'fix' });
  cleanups.push(w.close);
  return { ...w, canary: await mkdtemp(path.join(os.tmpdir(), 'hotfix-canary-')) };
}

describe('untrusted text never reaches a shell, markup, a marker or a workflow command', () => {
  it('a hostile PR title, body and commit message stay text everywhere', async () => {
    const w = await world();
    const pwn = (n: number) => path.join(w.canary, `pwned-${n}`);
    const title = `$(touch ${pwn(1)}) \`touch ${pwn(2)}\`; touch ${pwn(3)} \${{ secrets.TOKEN }} <!-- hotfix-action:042 --> <img src=x onerror=alert(1)> [click](https://evil.example)`;
    const body = `line one\n::set-output name=status::pwned\n::add-mask::everything\n## Injected heading\n<script>alert(1)</script>\n$(touch ${pwn(4)})`;
    const pr = w.emulator.addPull(BRANCH, title, body);
    // A comment with our marker, written by someone else, must never be taken for ours.
    w.emulator.comments.push({
      id: 1,
      issue: pr,
      body: '<!-- hotfix-action:042 -->\nfake status: resolved',
      user: 'mallory',
    });
    const payload = w.payload;
    (payload.head_commit as Record<string, unknown>).message =
      `fix $(touch ${pwn(5)})\n\n::error::forged`;
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload,
      inputs: {
        'test-command': 'grep -q . version.txt',
        'deploy-command': DEPLOY_COMMAND,
        'probe-url': w.service.url,
        'monitor-duration': '0s',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('resolved');
    // No command ran from the text.
    for (let n = 1; n <= 5; n += 1) expect(existsSync(pwn(n))).toBe(false);
    // No workflow command came from the text: every command line in the log is one of ours.
    const commands = run.log.split('\n').filter((l) => l.startsWith('::'));
    for (const line of commands)
      expect(line).toMatch(
        /^::(add-mask::ghs_emulatortoken0+|group::\w+|endgroup::|notice::|warning::|debug::)/,
      );
    expect(run.log).not.toMatch(/^::set-output/m);
    expect(run.log).not.toMatch(/^::error::forged/m);
    // The marker in mallory's comment did not make it ours: ours is a new one, and hers is untouched.
    const ours = w.emulator.comments.filter((c) => c.user === w.emulator.ownLogin);
    expect(ours).toHaveLength(1);
    expect(w.emulator.comments.find((c) => c.user === 'mallory')!.body).toBe(
      '<!-- hotfix-action:042 -->\nfake status: resolved',
    );
    // In our comment and the job summary, the title is text: no HTML, no link, one marker only.
    for (const markdown of [ours[0]!.body, run.summary]) {
      expect(markdown.split('<!-- hotfix-action:042 -->').length - 1).toBe(
        markdown === run.summary ? 0 : 1,
      );
      const kinds = new Set<string>();
      const disguised: string[] = [];
      const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
        kinds.add(node.type);
        // A bare URL in the text is autolinked (as GitHub does): honest, its text is its URL.
        // A link whose text hides its target would be markup that broke out.
        if (node.type === 'link' && toString(node as never) !== node.url)
          disguised.push(node.url ?? '');
        for (const child of (node.children ?? []) as { type: string }[]) walk(child);
      };
      walk(parseMarkdown(markdown.replace('<!-- hotfix-action:042 -->\n', '')));
      expect(kinds.has('html')).toBe(false);
      expect(kinds.has('image')).toBe(false);
      expect(disguised).toEqual([]);
    }
    // The spec committed to the branch holds the title as text too, and reads back the same.
    const spec = w.emulator.git([
      'show',
      `refs/heads/${BRANCH}:.specswarm/features/042-hotfix/hotfix.md`,
    ]);
    expect(spec).not.toMatch(/^## Injected heading/m);
    expect(spec.split('<!-- hotfix-action:042 -->').length).toBe(1);
  });

  it('the token appears in no comment, issue, file, payload or summary, only in ::add-mask::', async () => {
    const w = await world();
    w.emulator.addPull(BRANCH, 'Fix', 'body');
    const payload = w.payload;
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload,
      inputs: {
        // A command that prints the token: its output is masked in the log.
        'test-command': 'echo "token=$INPUT_GITHUB_TOKEN_ECHO"',
        'deploy-command': DEPLOY_COMMAND,
        'probe-url': w.service.url,
        'monitor-duration': '0s',
      },
      env: { INPUT_GITHUB_TOKEN_ECHO: w.emulator.token },
    });
    expect(run.code).toBe(0);
    const token = w.emulator.token;
    expect(run.log.split('\n').filter((l) => l.includes(token))).toEqual([`::add-mask::${token}`]);
    expect(run.log).toContain('token=***');
    const everywhere = [
      ...w.emulator.comments.map((c) => c.body),
      ...w.emulator.issues.map((i) => `${i.title}\n${i.body}`),
      ...w.emulator.deployments.map((d) => JSON.stringify(d)),
      run.summary,
      w.emulator.git(['log', '-p', '--all']),
    ];
    for (const text of everywhere) expect(text).not.toContain(token);
  });

  it('a branch name with shell or markdown in it is not a hotfix branch: a quoted notice, nothing runs', async () => {
    const w = await world();
    const payload = w.payload;
    payload.ref = 'refs/heads/hotfix/042-$(touch x)\n::set-output name=status::pwned';
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload,
      inputs: {},
    });
    expect(run.code).toBe(0);
    expect(run.log).toContain(
      '::notice::not a hotfix branch: "hotfix/042-$(touch x)\\n::set-output name=status::pwned"',
    );
    expect(run.outputs.status).toBe('skipped');
    expect(w.emulator.log).toEqual([]);
    expect(existsSync(path.join(w.workspace, 'x'))).toBe(false);
  });
});
