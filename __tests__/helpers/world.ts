/**
 * A whole GitHub world for end-to-end runs of the Action: the emulator over a real bare repo,
 * a developer's clone that pushed main and a hotfix branch, the runner's workspace (detached at
 * the pushed SHA, as actions/checkout leaves it), a real service serving the live version, an
 * earlier successful deployment of main, and the push event's payload (a real example).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { examplePayload, runAction } from './action.js';
import { GitHubEmulator } from './github-emulator.js';
import { DEPLOY_COMMAND, git, startVersionService } from './repo.js';

/** Options of the world. */
export interface WorldOptions {
  branch: string;
  /** What the hotfix's `version.txt` holds (see startVersionService). */
  version: string;
  /** The hotfix commit's message. */
  message?: string;
}

/** Builds the world; `close()` stops the service and the emulator. */
export async function githubWorld(options: WorldOptions) {
  const emulator = await GitHubEmulator.withBareRepo();
  await emulator.start();
  const dev = await mkdtemp(path.join(os.tmpdir(), 'hotfix-dev-'));
  git(dev, 'clone', '-q', emulator.bare, '.');
  git(dev, 'config', 'user.email', 'dev@example.invalid');
  git(dev, 'config', 'user.name', 'Dev');
  git(dev, 'checkout', '-q', '-b', 'main');
  await writeFile(path.join(dev, 'version.txt'), 'good\n');
  await writeFile(
    path.join(dev, '.gitignore'),
    '.live-version\n.rollback-at\n.deployed\n.maintenance\n.specswarm/workflow-metrics.json\n',
  );
  git(dev, 'add', '.');
  git(dev, 'commit', '-q', '-m', 'service: good');
  git(dev, 'push', '-q', 'origin', 'main');
  const mainSha = git(dev, 'rev-parse', 'HEAD');
  git(dev, 'checkout', '-q', '-b', options.branch);
  await writeFile(path.join(dev, 'version.txt'), `${options.version}\n`);
  const message = options.message ?? 'Fix login 500 for legacy cookies';
  git(dev, 'commit', '-q', '-am', message);
  git(dev, 'push', '-q', 'origin', options.branch);
  const sha = git(dev, 'rev-parse', 'HEAD');
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'hotfix-ws-'));
  git(workspace, 'clone', '-q', emulator.bare, '.');
  git(workspace, 'checkout', '-q', '--detach', sha);
  const service = await startVersionService(workspace);
  // What runs now: main, deployed by an earlier run.
  await writeFile(path.join(workspace, '.live-version'), 'good\n');
  const goodDeployment = emulator.seedDeployment(mainSha, 'success', {});
  const payload = examplePayload('push');
  Object.assign(payload, {
    ref: `refs/heads/${options.branch}`,
    after: sha,
    deleted: false,
    created: true,
  });
  Object.assign(payload.head_commit as Record<string, unknown>, {
    message: message.split('\n')[0],
    id: sha,
  });
  (payload.repository as Record<string, unknown>).default_branch = 'main';
  return {
    emulator,
    dev,
    workspace,
    service,
    mainSha,
    sha,
    payload,
    goodDeployment,
    close: async () => {
      await service.close();
      await emulator.stop();
    },
  };
}

/**
 * The world with an open PR for the hotfix branch and the inputs of a short lane (a 2 s window
 * at 1 s, one quick confirmation); `run()` runs the built Action in it, a push of the hotfix
 * branch unless told otherwise. The caller closes it.
 */
export async function laneWorld(branch: string, version: string) {
  const w = await githubWorld({
    branch,
    version,
    message: 'Fix login 500 for legacy cookies\n\nThe v2 decoder throws on v1 cookies.',
  });
  const pr = w.emulator.addPull(
    branch,
    'Login returns 500 for legacy cookies',
    'Users with a v1 cookie get a 500 on POST /login.',
  );
  const inputs: Record<string, string> = {
    'test-command': 'grep -q . version.txt',
    'deploy-command': DEPLOY_COMMAND,
    'probe-url': w.service.url,
    'monitor-duration': '2s',
    'monitor-interval': '1s',
    'confirm-samples': '1',
    'confirm-interval': '200ms',
  };
  const run = (options: Partial<Parameters<typeof runAction>[0]> = {}) =>
    runAction({
      emulator: w.emulator,
      workspace: w.workspace,
      event: 'push',
      payload: w.payload,
      inputs,
      ...options,
    });
  return { ...w, pr, inputs, run };
}

/** A real `issue_comment` created payload, on PR `pr`, by `login`. */
export function commentPayload(pr: number, login: string, body: string) {
  const payload = examplePayload('issue_comment', (e) => e.action === 'created');
  Object.assign(payload.issue as Record<string, unknown>, {
    number: pr,
    pull_request: { url: 'https://api.github.com/x' },
  });
  Object.assign(payload.comment as Record<string, unknown>, {
    body,
    user: { login, id: login.length },
  });
  return payload;
}

/**
 * A human pushes to the hotfix branch: `edit` changes files in the developer's clone (pulled
 * first), which commits them with `message` and pushes; the workspace then holds the new head,
 * clean, as actions/checkout leaves it (ignored files such as the metrics stay). Returns the new
 * head and the push event's payload for it.
 */
export async function pushToBranch(
  w: Pick<Awaited<ReturnType<typeof githubWorld>>, 'dev' | 'workspace' | 'payload'>,
  branch: string,
  message: string,
  edit: (dev: string) => Promise<void>,
): Promise<{ head: string; payload: Record<string, unknown> }> {
  git(w.dev, 'checkout', '-q', branch);
  git(w.dev, 'pull', '-q', 'origin', branch);
  await edit(w.dev);
  git(w.dev, 'add', '-A');
  git(w.dev, 'commit', '-q', '-m', message);
  git(w.dev, 'push', '-q', 'origin', branch);
  const head = git(w.dev, 'rev-parse', 'HEAD');
  git(w.workspace, 'fetch', '-q', 'origin');
  git(w.workspace, 'clean', '-q', '-fd');
  git(w.workspace, 'checkout', '-q', '-f', '--detach', head);
  const payload = structuredClone(w.payload);
  Object.assign(payload, { after: head, created: false });
  Object.assign(payload.head_commit as Record<string, unknown>, { id: head, message });
  return { head, payload };
}
