/**
 * notify-webhook's sender (README, "Keeping people informed") against real HTTP receivers on
 * 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/core/ports.js';
import { webhookNotifier } from '../../src/node/webhook.js';
import { startReceiver } from '../helpers/receiver.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});
async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(answer);
  closers.push(r.close);
  return r;
}

const notification: Notification = {
  event: 'rolled-back',
  status: 'rolled-back',
  text: 'Hotfix 042 (login-500) rolled-back in production: error_rate 50% > limit 1%',
  number: '042',
  environment: 'production',
  sha: 'a'.repeat(40),
};

describe('notify-webhook', () => {
  it("posts Slack's incoming-webhook shape with a hotfix object to every URL", async () => {
    const a = await receiver();
    const b = await receiver();
    const warnings: string[] = [];
    const notifier = webhookNotifier({
      urls: [a.url, b.url],
      link: 'https://github.com/o/r/pull/7',
      warn: (m) => warnings.push(m),
    })!;
    await notifier.notify(notification);
    for (const r of [a, b]) {
      expect(r.received).toHaveLength(1);
      expect(r.received[0]!.path).toBe('/services/T000/B000/s3cr3t-webhook-path');
      expect(r.received[0]!.contentType).toBe('application/json');
      expect(r.received[0]!.body).toEqual({
        text: notification.text,
        hotfix: {
          number: '042',
          event: 'rolled-back',
          status: 'rolled-back',
          environment: 'production',
          sha: 'a'.repeat(40),
          url: 'https://github.com/o/r/pull/7',
        },
      });
    }
    expect(warnings).toEqual([]);
  });

  it('no URL, no notifier', () => {
    expect(webhookNotifier({ urls: [], link: '', warn: () => {} })).toBeUndefined();
  });

  it('a failure is retried once; a second answer that works is no warning', async () => {
    const r = await receiver((call) => (call === 1 ? 502 : 200));
    const warnings: string[] = [];
    await webhookNotifier({ urls: [r.url], link: '', warn: (m) => warnings.push(m) })!.notify(
      notification,
    );
    expect(r.received).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('failing twice is one warning naming the line and host, never the URL, and notify still resolves', async () => {
    const ok = await receiver();
    const down = await receiver(() => 500);
    const warnings: string[] = [];
    await webhookNotifier({
      urls: [ok.url, down.url],
      link: '',
      warn: (m) => warnings.push(m),
    })!.notify(notification);
    expect(down.received).toHaveLength(2);
    expect(warnings).toEqual([
      `notify-webhook line 2 (${new URL(down.url).host}): the rolled-back notification was not delivered (answered 500, then answered 500); the lane goes on`,
    ]);
    expect(warnings[0]).not.toContain('s3cr3t');
  });

  it('a webhook that never answers is given up after the timeout, tried once more, then a warning', async () => {
    const r = await receiver(() => 'hang');
    const warnings: string[] = [];
    await webhookNotifier({
      urls: [r.url],
      link: '',
      warn: (m) => warnings.push(m),
      timeoutMs: 200,
    })!.notify(notification);
    expect(r.received).toHaveLength(2);
    expect(warnings[0]).toMatch(/no answer within 200ms, then no answer within 200ms/);
  });

  it('a URL nobody listens on is a warning', async () => {
    const warnings: string[] = [];
    await webhookNotifier({
      urls: ['http://127.0.0.1:9/hook'],
      link: '',
      warn: (m) => warnings.push(m),
    })!.notify(notification);
    expect(warnings[0]).toMatch(/could not be reached, then could not be reached/);
  });
});
