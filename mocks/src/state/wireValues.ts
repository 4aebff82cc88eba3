import type { JobWire } from '@migratekit/oma-api';

/*
 * Reading the loosely typed wire values the state keeps (numbers may be strings, times may be
 * missing or invalid), and handing out copies that share nothing with it.
 */

/** A copy that is plain JSON (no shared references, no undefined values). */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A wire number (or numeric string) as a finite number; 0 for anything else. */
export function asNumber(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** A wire timestamp in ms, or null when missing or unreadable. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** When a job started (or else ended); jobs with neither sort as oldest. */
export function jobTime(job: JobWire): number {
  return timeOf(job.started_at) ?? timeOf(job.completed_at) ?? Number.NEGATIVE_INFINITY;
}
