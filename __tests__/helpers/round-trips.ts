/**
 * Sequential GitHub round trips in a span of time, from the emulator's request spans: the
 * longest chain of requests each sent after the previous one was answered. Requests that
 * overlap count once (README, "The rollback never waits on GitHub").
 */
export function sequentialRoundTrips(
  spans: readonly { start: number; end: number }[],
  from: number,
  to: number,
): number {
  const inside = spans.filter((s) => s.start >= from && s.end <= to).sort((a, b) => a.end - b.end);
  let chain = 0;
  let free = from;
  for (const span of inside) {
    if (span.start >= free) {
      chain += 1;
      free = span.end;
    }
  }
  return chain;
}
