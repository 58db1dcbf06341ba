/**
 * A real HTTP service on 127.0.0.1 whose behaviour a test switches at will.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the service answers right now. */
export interface Behaviour {
  status: number;
  delayMs?: number;
  body?: string;
}

/** Starts the service; `set` changes how it answers. */
export async function startService(initial: Behaviour = { status: 200 }) {
  let behaviour = initial;
  let requests = 0;
  const server = http.createServer((_req, res) => {
    requests += 1;
    const now = behaviour;
    setTimeout(() => {
      res.writeHead(now.status, { 'content-type': 'text/plain' });
      res.end(now.body ?? 'ok');
    }, now.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/healthz`,
    port,
    set(next: Behaviour) {
      behaviour = next;
    },
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
