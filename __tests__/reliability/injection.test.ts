import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/core/markdown.js';
import { runAction, everythingWritten } from '../helpers/action.js';
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
    const title = `$(touch ${pwn(1)}) \`touch ${pwn(2)}\`; touch ${pwn(3)} \${{ secrets.TOKEN }} <!-- hotfix-action:042 --> <img src=x onerror=alert(1)> [click](https://evil.example) @mallory`;
    const body = `line one cc @mallory and @octo-org/everyone\n::set-output name=status::pwned\n::add-mask::everything\n## Injected heading\n<script>alert(1)</script>\n$(touch ${pwn(4)})`;
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
      `fix $(touch ${pwn(5)}) @eve\n\n::error::forged`;
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload,
      inputs: {
        // A command whose output tries to start workflow commands, with and without indent.
        'test-command':
          "printf '::error::from-output\\n   ::add-mask::all\\n' && grep -q . version.txt",
        'deploy-command': DEPLOY_COMMAND,
        'probe-url': w.service.url,
        'monitor-duration': '0s',
        'escalation-mentions': '@octo-org/oncall',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('resolved');
    // No command ran from the text.
    for (let n = 1; n <= 5; n += 1) expect(existsSync(pwn(n))).toBe(false);
    // No workflow command came from the text: every command line in the log is one of ours.
    // The runner reads a line as a command after leading white space (README, "Trust boundaries").
    const commands = run.log.split('\n').filter((l) => l.trimStart().startsWith('::'));
    for (const line of commands)
      expect(line).toMatch(
        /^::(add-mask::ghs_emulatortoken0+|group::\w+|endgroup::|notice::|warning::|debug::)/,
      );
    expect(run.log).not.toMatch(/^::set-output/m);
    expect(run.log).not.toMatch(/^::error::forged/m);
    expect(run.log).toContain('from-output');
    // No comment or issue mentions anyone from the PR's or the commit's text.
    const written = [
      ...w.emulator.comments.filter((c) => c.user === w.emulator.ownLogin).map((c) => c.body),
      ...w.emulator.issues.filter((i) => !i.pull).map((i) => `${i.title}\n${i.body}`),
    ];
    expect(written.length).toBeGreaterThan(1);
    for (const text of written) expect(text).not.toMatch(/(^|[^\w`])@(mallory|octo-org|eve)\b/);
    expect(written.join('\n')).toContain('@\u200bmallory');
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

  it('a metric source error cannot start a workflow command in the log (README, "Trust boundaries")', async () => {
    const w = await world();
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload: w.payload,
      inputs: {
        'test-command': 'true',
        'deploy-command': DEPLOY_COMMAND,
        'monitor-command':
          "printf 'bad\\n::error::from-monitor\\n  ::warning::indented\\n' >&2; exit 3",
        thresholds: 'error_rate < 1%',
        'monitor-duration': '1s',
        'monitor-interval': '500ms',
        'on-monitor-error': 'ignore',
      },
    });
    expect(w.emulator.violations).toEqual([]);
    expect(run.log).toContain('from-monitor');
    const commands = run.log.split('\n').filter((l) => l.trimStart().startsWith('::'));
    expect(commands.filter((l) => /from-monitor|indented/.test(l))).toEqual([]);
  });

  it('user commands never see INPUT_* or ACTIONS_RUNTIME_TOKEN; a token given through env: is masked, and appears in no comment, issue, file, payload or summary (README, "Tokens and secrets")', async () => {
    const w = await world();
    w.emulator.addPull(BRANCH, 'Fix', 'body');
    const payload = w.payload;
    const run = await runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload,
      inputs: {
        // The action's own inputs never reach a command (README, "Tokens and secrets"); a token
        // given on purpose through the step's env: does, and its output is masked in the log.
        'test-command':
          'printenv INPUT_GITHUB-TOKEN ACTIONS_RUNTIME_TOKEN || echo "inputs: $(env | grep -c ^INPUT_)"\necho "token=$MY_DEPLOY_TOKEN"',
        'deploy-command': DEPLOY_COMMAND,
        'probe-url': w.service.url,
        'monitor-duration': '0s',
      },
      env: { MY_DEPLOY_TOKEN: w.emulator.token, ACTIONS_RUNTIME_TOKEN: 'runtime-secret-value' },
    });
    expect(run.code).toBe(0);
    const token = w.emulator.token;
    expect(run.log.split('\n').filter((l) => l.includes(token))).toEqual([`::add-mask::${token}`]);
    expect(run.log).toContain('token=***');
    expect(run.log).toContain('inputs: 0');
    expect(run.log).not.toContain('runtime-secret-value');
    const everywhere = everythingWritten(w.emulator, run);
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
