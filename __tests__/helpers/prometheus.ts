/**
 * A real Prometheus (Debian's package) on 127.0.0.1, started for a test and stopped after it.
 * On a machine without the binary the suite is skipped with a note that says what to install
 * (README, "Quick start"); `.ci/run` installs it and counts any skip as a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Why a suite that needs the system binary `name` cannot run here, or `undefined` when it is on
 * PATH. The note names the binary and the command that installs it.
 */
export function missingBinary(name: string, install: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return undefined;
    } catch {
      /* not in this directory */
    }
  }
  return `needs ${name}, which is not on PATH: install it with \`${install}\``;
}

/** A free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Prometheus scraping `targets` every second; resolves once it answers queries. */
export async function startPrometheus(
  targets: string[],
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hotfix-prom-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: service',
    '    static_configs:',
    `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'prometheus.yml'), config);
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) => {
    child.on('error', (error) =>
      reject(
        new Error(`could not start prometheus (apt-get install prometheus): ${error.message}`),
      ),
    );
    child.on('exit', (code) => reject(new Error(`prometheus exited with ${code}: ${log}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    await rm(dir, { recursive: true, force: true });
  };
  const ready = (async () => {
    for (let i = 0; i < 300; i += 1) {
      try {
        const res = await fetch(`${url}/-/ready`);
        if (res.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`prometheus did not become ready: ${log}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  exited.catch(() => undefined);
  return { url, stop };
}
