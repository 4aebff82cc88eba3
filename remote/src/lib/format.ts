import { MAX_PLAUSIBLE_DURATION_SECONDS, parseTimestamp } from '@migratekit/oma-api';

/*
 * Human-readable times, durations, sizes and percentages. Every formatter returns null
 * for a value it cannot format honestly, so callers omit the line instead of rendering
 * "NaN", "Invalid Date" or "null".
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

// Below this age a timestamp reads "just now"; it also absorbs small clock skew.
const JUST_NOW_MS = 5 * SECOND;

// Go's zero time ("0001-01-01T00:00:00Z") and anything before 2000 mean "no time".
const EARLIEST_REAL_TIME = Date.UTC(2000, 0, 1);

const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "25 seconds ago", "3 hours ago", "yesterday"; "just now" for recent or future times. */
export function formatRelativeTime(iso: string | null, now: number): string | null {
  if (iso === null || !Number.isFinite(now)) return null;
  const then = parseTimestamp(iso);
  if (then === null || then < EARLIEST_REAL_TIME) return null;
  const age = now - then;
  // A time in the future only means the server's clock is ahead of this browser's.
  if (age < JUST_NOW_MS) return 'just now';
  if (age < MINUTE) return relativeTime.format(-Math.floor(age / SECOND), 'second');
  if (age < HOUR) return relativeTime.format(-Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return relativeTime.format(-Math.floor(age / HOUR), 'hour');
  if (age < MONTH) return relativeTime.format(-Math.floor(age / DAY), 'day');
  if (age < YEAR) return relativeTime.format(-Math.floor(age / MONTH), 'month');
  return relativeTime.format(-Math.floor(age / YEAR), 'year');
}

/** "25 seconds", "1 min 5 s", "2 h 3 min"; null for a duration no operation takes (over 30 days). */
export function formatDuration(seconds: number | null): string | null {
  if (
    seconds === null ||
    !Number.isFinite(seconds) ||
    seconds < 0 ||
    seconds > MAX_PLAUSIBLE_DURATION_SECONDS
  ) {
    return null;
  }
  const total = Math.round(seconds);
  if (total < 60) return total === 1 ? '1 second' : `${total} seconds`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (hours === 0) return secs === 0 ? `${minutes} min` : `${minutes} min ${secs} s`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * "26.4 GB". Units step by 1024 and keep the GB/TB names, as vSphere and CloudStack report
 * disk sizes, so the figure matches what operators see in those consoles.
 */
export function formatBytes(bytes: number | null): string | null {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return null;
  let value = bytes;
  let unit = 0;
  // Compare the rounded value, so 1023.96 KB reads "1 MB" rather than "1,024 KB".
  while (Math.round(value * 10) / 10 >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${oneDecimal.format(Math.round(value))} B`;
  return `${oneDecimal.format(value)} ${BYTE_UNITS[unit]}`;
}

/** "60%". Rounded down, so an operation never reads 100% before it is done. */
export function formatPercent(progress: number | null): string | null {
  if (progress === null || !Number.isFinite(progress)) return null;
  return `${Math.floor(Math.min(100, Math.max(0, progress)))}%`;
}
