/**
 * `hotfix demo`: the lane end to end on this machine, with nothing to set up.
 *
 * A service on 127.0.0.1 serves whatever version was last deployed (`.live-version`, written by
 * the deploy command from the deployed commit's `version.txt`): `good` answers 200, `bad` 500.
 * Main is deployed good; the hotfix branch ships `bad`; the lane must roll it back.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseHotfixBranch } from '../core/branch.js';
import { DEPLOY_TASK, runLane } from '../core/lane.js';
import { renderReport } from '../core/report.js';
import { parseSettings } from '../core/settings.js';
import { git as gitIn } from '../node/git.js';
import { recordMetrics } from '../node/workspace.js';
import { VERSION } from '../version.js';
import { localPorts, type CommandContext } from './commands.js';

const DEPLOY = 'git show "$HOTFIX_REF:version.txt" > .live-version';

/**
 * Starts the demo service; it answers by the version live in `repo`. It is also the demo's
 * webhook receiver (README, "Keeping people informed"): a `POST /notify` is printed as it came.
 */
async function startService(
  repo: string,
  say: (text: string) => void,
): Promise<{ url: string; hook: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/notify') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        say(`📣 notify-webhook received: ${Buffer.concat(chunks).toString('utf8')}`);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      });
      return;
    }
    readFile(path.join(repo, '.live-version'), 'utf8')
      .catch(() => 'none')
      .then((version) => {
        const good = version.trim() === 'good';
        res.writeHead(good ? 200 : 500, { 'content-type': 'text/plain', connection: 'keep-alive' });
        res.end(good ? 'ok\n' : `login failed (version ${version.trim()})\n`);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/login`,
    hook: `http://127.0.0.1:${port}/notify`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the demo; 0 when the lane rolled the bad hotfix back and the service is healthy again. */
export async function demoCommand(ctx: CommandContext): Promise<number> {
  const say = (text: string) => ctx.stdout(`${text}\n`);
  const repo = await mkdtemp(path.join(os.tmpdir(), 'hotfix-demo-'));
  const service = await startService(repo, say);
  try {
    say(`▶ demo repo ${repo}, service ${service.url}`);
    const settings = parseSettings(
      (name) =>
        ({
          'test-command': 'grep -q . version.txt',
          'deploy-command': DEPLOY,
          'probe-url': service.url,
          thresholds: 'error_rate < 1%\nlatency_p95_ms < 2000ms',
          'monitor-duration': '20s',
          'monitor-interval': '2s',
          'confirm-samples': '2',
          'confirm-interval': '300ms',
          title: 'Login returns 500',
          severity: 'Critical',
          'notify-webhook': service.hook,
        })[name],
    );
    // The demo's own commands run as the lane's do: through the one process runner.
    const ports = localPorts(ctx, repo, settings);
    const git = (...args: string[]) => gitIn(repo, args);
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 'demo@example.invalid');
    await git('config', 'user.name', 'Hotfix Demo');
    await writeFile(path.join(repo, 'version.txt'), 'good\n');
    await writeFile(path.join(repo, '.gitignore'), '.live-version\n');
    await git('add', '.');
    await git('commit', '-q', '-m', 'service: good version');
    const mainSha = await git('rev-parse', 'HEAD');

    // A good deployment of main, as a previous run would have recorded it.
    const { store } = ports;
    const deployed = await ports.runner.run({
      label: 'deploy main',
      command: DEPLOY,
      env: { HOTFIX_REF: mainSha },
      timeoutMs: 30_000,
    });
    if (deployed.exitCode !== 0)
      throw new Error(`the demo could not deploy main: ${deployed.tail}`);
    const good = await store.create({
      environment: 'production',
      ref: mainSha,
      task: DEPLOY_TASK,
      payload: { hotfix: '', slug: '', spec: '', rollbackTarget: null },
      description: 'main',
    });
    await store.setStatus(good.id, 'success', 'main deployed');
    say(`▶ main ${mainSha.slice(0, 7)} deployed and healthy (deployment #${good.id})`);

    // The hotfix that makes things worse.
    await git('checkout', '-q', '-b', 'hotfix/042-login-500');
    await writeFile(path.join(repo, 'version.txt'), 'bad\n');
    await git('commit', '-q', '-am', 'fix login 500 (it is not)');
    const sha = await git('rev-parse', 'HEAD');
    say(`▶ hotfix/042-login-500 at ${sha.slice(0, 7)} ships a version that answers 500\n`);

    const parsed = parseHotfixBranch('hotfix/042-login-500');
    if (!parsed.ok) throw new Error(parsed.reason);
    const result = await runLane({
      hotfix: parsed.id,
      branch: 'hotfix/042-login-500',
      sha,
      featuresDir: '.specswarm/features',
      settings,
      version: VERSION,
      signal: ctx.signal,
      ports,
    });
    await recordMetrics(repo, result.state);
    say(`\n${renderReport(result.state)}`);

    const live = (await readFile(path.join(repo, '.live-version'), 'utf8')).trim();
    const answer = await fetch(service.url).then((r) => r.status);
    const ok = result.status === 'rolled-back' && live === 'good' && answer === 200;
    say(
      ok
        ? `✅ demo passed: the bad hotfix was rolled back to ${mainSha.slice(0, 7)} and ${service.url} answers ${answer} again`
        : `❌ demo failed: status ${result.status}, live version ${live}, service answers ${answer}`,
    );
    return ok ? 0 : 1;
  } finally {
    await service.close();
    await rm(repo, { recursive: true, force: true });
  }
}
