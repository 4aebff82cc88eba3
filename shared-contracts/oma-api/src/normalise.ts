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

/** A non-negative whole count, or null (also past 2^53, where counting stops being exact). */
export function toCount(value: unknown): number | null {
  const n = toFiniteNumber(value);
  return n === null || n < 0 || n > Number.MAX_SAFE_INTEGER ? null : Math.floor(n);
}

/** A non-negative duration or size, or null. */
export function toNonNegative(value: unknown): number | null {
  const n = toFiniteNumber(value);
  return n === null || n < 0 ? null : n;
}

// Go's zero time and anything before 2000 are "no timestamp" in the OMA API.
const EARLIEST_REAL_TIMESTAMP = Date.UTC(2000, 0, 1);

// RFC 3339 (and the ISO 8601 subset the backend writes): Go sends nanoseconds and the server's
// local offset, e.g. "2025-10-03T19:47:22.123456789+02:00". Parsed here rather than by
// Date.parse, which reads free text with a digit in it as a date and differs between browsers
// on nanoseconds, "+0200" and a space for "T".
const RFC3339_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

/**
 * Milliseconds since the epoch of an RFC 3339 timestamp, or null when it is not one or names an
 * impossible date. A time without an offset is read as UTC (Go always writes one), so every
 * viewer sees the same instant whatever the browser's time zone.
 */
export function parseTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = RFC3339_TIMESTAMP.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', , sign, offH, offM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  // A leap second (":60") is read as the last second of its minute.
  const second = Math.min(Number(s), 59);
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || Number(s) > 60) {
    return null;
  }
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 (Go's zero time is year 1).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  // 31 February rolls over into March: such a date does not exist.
  if (date.getUTCDate() !== day) return null;
  const utc = date.getTime();
  let offsetMinutes = 0;
  if (sign !== undefined) {
    const offsetHours = Number(offH);
    const offsetMins = Number(offM);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const ms = utc - offsetMinutes * 60_000;
  return Number.isFinite(ms) ? ms : null;
}

/** An ISO 8601 timestamp (normalised to UTC), or null when missing, zero or unparseable. */
export function toTimestamp(value: unknown): string | null {
  const ms = parseTimestamp(value);
  if (ms === null || ms < EARLIEST_REAL_TIMESTAMP) return null;
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
