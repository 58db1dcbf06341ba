/**
 * A webhook receiver on 127.0.0.1: records every request (path, content type, JSON body) and
 * answers by a rule: a status, or `hang` (never answers).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  contentType?: string;
  body: { text: string; hotfix: Record<string, string> };
}

export async function startReceiver(answer: (call: number) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  const hanging = new Set<http.ServerResponse>();
  let calls = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls += 1;
      received.push({
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'],
      });
      const status = answer(calls);
      if (status === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** A URL with a secret-looking path, like Slack's. */
    url: `http://127.0.0.1:${port}/services/T000/B000/s3cr3t-webhook-path`,
    received,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
