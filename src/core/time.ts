/** UTC time formats used in the files the action writes. */

/** `2026-11-25 12:39 UTC`, as the seed's `**Created**:` line. */
export function formatMinuteUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-11-25 12:39:07 UTC`, for timeline lines. */
export function formatSecondUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
