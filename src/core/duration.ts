/**
 * Durations as the inputs write them: `90s`, `5m`, `1h`, `1h30m`, `250ms`.
 */
import { errorAt, quote, type Origin } from './errors.js';

/**
 * The longest duration any input takes: 7 days. Longer would overflow Node's timers (which
 * fire at once past about 24.8 days) and is no lane a human waits for.
 */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;

const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Parses a duration into milliseconds, or throws a typed error naming where it came from. */
export function parseDuration(text: string, origin: Origin): number {
  const trimmed = text.trim();
  const match = DURATION.exec(trimmed);
  // Every part is optional in the pattern: at least one must be there ('' is no duration).
  if (!match || match.slice(1).every((part) => part === undefined)) {
    throw errorAt(origin, `found ${quote(text)}; expected a duration such as 90s, 5m, 1h or 1h30m`);
  }
  const part = (index: number) => Number(match[index] ?? 0);
  const total = part(1) * 3_600_000 + part(2) * 60_000 + part(3) * 1000 + part(4);
  if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
    throw errorAt(
      origin,
      `found ${quote(text)}; that duration is too long: the longest is 168h (7 days)`,
    );
  }
  return total;
}

/** Formats milliseconds the way a human reads them: `1h30m`, `45s`, `1.5s`, `250ms`. */
export function formatDuration(ms: number): string {
  const rounded = Math.round(ms);
  if (rounded < 1000) return `${rounded}ms`;
  const tenths = Math.round(rounded / 100);
  if (tenths < 600) return `${tenths / 10}s`;
  const totalSeconds = Math.round(rounded / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  // A minute or more: at least one of the parts is there.
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}
