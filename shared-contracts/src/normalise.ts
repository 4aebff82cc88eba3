/**
 * Coercions that turn whatever the OMA API sent into safe values.
 * The real backend sends nulls, zero timestamps ("0001-01-01T00:00:00Z"), out-of-range
 * numbers and values it cannot name; none of that may reach an operator as "NaN",
 * "Invalid Date" or "undefined".
 */

/** A non-empty trimmed string, or null. */
export function toText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A finite number (numeric strings accepted), or null. */
export function toFiniteNumber(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** A percentage clamped to 0–100, or null when absent or not a number. */
export function toProgress(value: unknown): number | null {
  const n = toFiniteNumber(value);
  if (n === null) return null;
  return Math.min(100, Math.max(0, n));
}

/** A non-negative whole count, or null. */
export function toCount(value: unknown): number | null {
  const n = toFiniteNumber(value);
  return n === null || n < 0 ? null : Math.floor(n);
}

/** A non-negative duration or size, or null. */
export function toNonNegative(value: unknown): number | null {
  const n = toFiniteNumber(value);
  return n === null || n < 0 ? null : n;
}

// Go's zero time and anything before 2000 are "no timestamp" in the OMA API.
const EARLIEST_REAL_TIMESTAMP = Date.UTC(2000, 0, 1);

// ISO 8601 / RFC 3339 only: browsers' Date.parse reads free text with a digit in it as a date.
const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 timestamp (normalised to UTC), or null when missing, zero or unparseable. */
export function toTimestamp(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value.trim())) return null;
  const ms = Date.parse(value.trim());
  if (!Number.isFinite(ms) || ms < EARLIEST_REAL_TIMESTAMP) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A list of the non-empty strings in `value`; anything else yields an empty list. */
export function toTextList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(toText).filter((s): s is string => s !== null);
}

/** One of `allowed`, or `fallback` for anything else (case-insensitive). */
export function toEnum<const T extends readonly string[], F extends string>(
  value: unknown,
  allowed: T,
  fallback: F,
): T[number] | F {
  if (typeof value !== 'string') return fallback;
  const lower = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(lower) ? (lower as T[number]) : fallback;
}

/** A plain JSON object, or null. */
export function toRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
