/**
 * Where a metric source sends its requests (README, "Credentials for the probe and
 * Prometheus"): credentials written in a URL (`https://user:pass@host/...`) are taken out of it
 * and sent as an `Authorization: Basic` header, and `monitor-headers` are added to every
 * request. The URL that is kept, and so every error that names it, has no password in it.
 */
import type { LaneSettings } from '../core/settings.js';

/** A URL without credentials and the headers that go with each request to it. */
export interface Endpoint {
  url: URL;
  headers: Record<string, string>;
}

/** Splits the credentials off `text` into a Basic header; adds `headers`. */
export function endpoint(text: string, headers: Readonly<Record<string, string>> = {}): Endpoint {
  const url = new URL(text);
  const out: Record<string, string> = { ...headers };
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    out.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  return { url, headers: out };
}

/**
 * What must never be printed for these endpoints: each password in a URL, the Basic header's
 * token, and each header value. The Action masks them in the log; nothing else names them.
 */
export function endpointSecrets(
  urls: readonly string[],
  headers: Readonly<Record<string, string>> = {},
): string[] {
  const secrets = new Set<string>(Object.values(headers));
  for (const text of urls) {
    const url = new URL(text);
    if (url.username === '' && url.password === '') continue;
    // A token is often written as the user name alone (`https://TOKEN@host`).
    for (const part of url.password !== '' ? [url.password] : [url.username]) {
      secrets.add(part);
      secrets.add(decodeURIComponent(part));
    }
    secrets.add(endpoint(text).headers.authorization!.slice('Basic '.length));
  }
  return [...secrets].filter((s) => s.length > 0);
}

/**
 * The secrets of the settings' probe URLs, Prometheus URL and `monitor-headers`, and each
 * `notify-webhook` URL whole (a webhook's URL is its credential).
 */
export function monitorSecrets(
  settings: Pick<LaneSettings, 'probeUrls' | 'prometheusUrl' | 'monitorHeaders'> &
    Partial<Pick<LaneSettings, 'notifyWebhooks'>>,
): string[] {
  return [
    ...endpointSecrets(
      [...settings.probeUrls, ...(settings.prometheusUrl ? [settings.prometheusUrl] : [])],
      settings.monitorHeaders,
    ),
    ...(settings.notifyWebhooks ?? []),
  ];
}
