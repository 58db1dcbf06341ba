/**
 * `notify-webhook` (README, "Keeping people informed"): each URL gets a `POST` of Slack's
 * incoming-webhook shape, `{"text": ..., "hotfix": {...}}`. A webhook that fails or does not
 * answer within {@link WEBHOOK_TIMEOUT_MS} is tried once more, then it is a warning: a
 * notification never fails the lane or holds it.
 */
import { formatDuration } from '../core/duration.js';
import type { Notification, Notifier } from '../core/ports.js';

/** How long one attempt may take. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** What the webhook notifier needs. */
export interface WebhookOptions {
  urls: readonly string[];
  /** The link people follow: the PR, else the run (the CLI: the repository). */
  link: string;
  warn: (message: string) => void;
  /** The fetch to send with (the Action passes the runner's proxy-aware one). */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The JSON body a webhook receives. */
export function webhookBody(notification: Notification, link: string): string {
  const { text, event, status, number, environment, sha } = notification;
  return JSON.stringify({
    text,
    hotfix: { number, event, status, environment, sha, url: link },
  });
}

/** A notifier posting to every URL at once; `undefined` when there is none. */
export function webhookNotifier(options: WebhookOptions): Notifier | undefined {
  if (options.urls.length === 0) return undefined;
  return {
    async notify(notification) {
      const body = webhookBody(notification, options.link);
      await Promise.all(
        options.urls.map((url, index) => deliver(url, index + 1, body, notification, options)),
      );
    },
  };
}

async function deliver(
  url: string,
  line: number,
  body: string,
  notification: Notification,
  options: WebhookOptions,
): Promise<void> {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const problems: string[] = [];
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      const response = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => {});
      if (response.ok) return;
      problems.push(`answered ${response.status}`);
    } catch (error) {
      problems.push(
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
          ? `no answer within ${formatDuration(timeoutMs)}`
          : 'could not be reached',
      );
    }
  }
  // The URL is a credential: the warning names the line and the host only.
  options.warn(
    `notify-webhook line ${line} (${new URL(url).host}): the ${notification.event} notification was not delivered (${problems.join(', then ')}); the lane goes on`,
  );
}
