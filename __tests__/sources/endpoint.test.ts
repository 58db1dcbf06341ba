import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoint, endpointSecrets } from '../../src/sources/endpoint.js';
import { httpProbe, MAX_BODY_BYTES } from '../../src/sources/http-probe.js';
import { prometheusSource } from '../../src/sources/prometheus.js';

const BASIC = `Basic ${Buffer.from('probe-user:p@ss word').toString('base64')}`;

/**
 * A real server on 127.0.0.1 that answers only with the right Basic credentials and tenant
 * header, and a few paths that misbehave: a redirect, a trickle, an endless body.
 */
function startServer() {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/redirect') return res.writeHead(302, { location: '/' }).end();
    if (req.url === '/trickle') {
      res.writeHead(200);
      const timer = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (req.url === '/endless') {
      res.writeHead(200);
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
      return;
    }
    if (req.headers.authorization !== BASIC || req.headers['x-tenant'] !== 'team-a')
      return res.writeHead(401).end('who are you?');
    if (req.url?.startsWith('/api/v1/query')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0.25'] }] },
        }),
      );
    }
    res.writeHead(200).end('ok');
  });
  return { server, seen };
}

describe('credentials and headers of the probe and Prometheus (README, "Credentials for the probe and Prometheus")', () => {
  const { server, seen } = startServer();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends user:pass from a probe URL as Authorization: Basic, with monitor-headers', async () => {
    const probe = httpProbe({
      urls: [`http://probe-user:p%40ss%20word@${base}/healthz`],
      requests: 3,
      headers: { 'X-Tenant': 'team-a' },
    });
    expect((await probe.sample()).error_rate).toBe(0);
    expect(seen.at(-1)?.authorization).toBe(BASIC);
    const without = httpProbe({ urls: [`http://${base}/healthz`], requests: 2 });
    expect((await without.sample()).error_rate).toBe(1);
  });

  it('sends user:pass from a Prometheus URL as Authorization: Basic, with monitor-headers', async () => {
    const source = prometheusSource({
      baseUrl: `http://probe-user:p%40ss%20word@${base}`,
      queries: ['sum(rate(errors[1m]))'],
      headers: { 'X-Tenant': 'team-a' },
    });
    expect(await source.sample()).toEqual({ 'sum(rate(errors[1m]))': 0.25 });
  });

  it('keeps no password in the URL it uses, and lists every secret to mask', () => {
    const { url, headers } = endpoint('https://u:pw-123@example.com/x', { 'X-Api-Key': 'k-456' });
    expect(url.href).toBe('https://example.com/x');
    expect(headers).toEqual({
      'X-Api-Key': 'k-456',
      authorization: `Basic ${Buffer.from('u:pw-123').toString('base64')}`,
    });
    expect(
      endpointSecrets(['https://u:pw-123@example.com/x', 'https://tok-789@example.com/'], {
        'X-Api-Key': 'k-456',
      }).sort(),
    ).toEqual(
      [
        'k-456',
        'pw-123',
        Buffer.from('u:pw-123').toString('base64'),
        'tok-789',
        Buffer.from('tok-789:').toString('base64'),
      ].sort(),
    );
    expect(endpointSecrets(['https://example.com/'])).toEqual([]);
  });
});

describe('a probe that a misbehaving server cannot stall (README, "The HTTP probe")', () => {
  const { server } = startServer();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('counts a redirect as a failure: it is not followed', async () => {
    const values = await httpProbe({ urls: [`${base}/redirect`], requests: 2 }).sample();
    expect(values.error_rate).toBe(1);
  });

  it('fails a request whose body trickles past the deadline, though bytes keep coming', async () => {
    const values = await httpProbe({
      urls: [`${base}/trickle`],
      requests: 2,
      timeoutMs: 300,
    }).sample();
    expect(values.error_rate).toBe(1);
    expect(values.latency_max_ms).toBeUndefined();
  });

  it(`reads at most ${MAX_BODY_BYTES} bytes of an endless body, and the answer counts`, async () => {
    const values = await httpProbe({
      urls: [`${base}/endless`],
      requests: 2,
      timeoutMs: 5000,
    }).sample();
    expect(values.error_rate).toBe(0);
  });
});
