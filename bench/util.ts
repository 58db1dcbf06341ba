/** Small helpers for the benchmark: medians, timing, a table. */

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One figure of the benchmark. */
export interface Figure {
  name: string;
  how: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
  runs: number;
  detail?: string;
}

/** Formats a number for the table. */
export function fmt(value: number, unit: string): string {
  const text = Number.isInteger(value)
    ? String(value)
    : value < 10
      ? value.toFixed(3)
      : value.toFixed(1);
  return unit ? `${text} ${unit}` : text;
}

/** A markdown table of the figures. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${fmt(f.value, f.unit)} | ${f.target} | ${f.pass ? '✅' : '❌'} | ${f.runs} | ${f.detail ?? ''} |`,
  );
  return [
    '| figure | median | must reach | | runs | detail |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Sleeps. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
