/** Summary of a sample: median and spread. */
export interface Spread {
  runs: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

/** The q-quantile (0–1) of sorted values, linearly interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? Number.NaN;
  return a + (b - a) * (position - lower);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** a ÷ b, rounded to two decimals (NaN when b is 0). */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : Math.round((a / b) * 100) / 100;
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Milliseconds, rounded, or a dash when there is no figure. */
export const ms = (value: number | undefined) =>
  value === undefined ? '—' : `${Math.round(value)} ms`;
