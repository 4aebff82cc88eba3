import type { Sample } from './measure';
import type { LiveEntry } from './probe';

/*
 * The soak's criteria. "Nothing grows without bound" is judged window against window: the
 * median of the last three samples against the median of the first three (medians, so one
 * sample caught mid-refresh does not decide), within a tolerance for what a full GC leaves
 * behind at any moment (the last answer's objects, a request in flight). Counts of timers and
 * listeners are compared by their maxima in each window: they should not move at all, and a
 * request in flight holds at most a timer and a few listeners.
 */

export type EndpointName = 'recent-jobs' | 'vm-context' | 'vm-list' | 'live-failover' | 'other';
export const FEATURE_ENDPOINTS = ['recent-jobs', 'vm-context'] as const;

/** The API requests of the page between two samples. */
export interface Segment {
  fromMs: number;
  toMs: number;
  requests: Record<EndpointName, number>;
}

export interface Criterion {
  name: string;
  /** What was measured, in words and figures. */
  measured: string;
  /** The rule it is held to. */
  limit: string;
  pass: boolean;
}

/** How many samples make a window. */
export const WINDOW_SAMPLES = 3;
/**
 * The page's JS data after GC (heap snapshot without compiled code): end window above the
 * start window by at most this, or…
 */
export const JS_OBJECTS_TOLERANCE_BYTES = 256 * 1024;
/** …this fraction of the start window, whichever is larger. */
export const JS_OBJECTS_TOLERANCE_RATIO = 0.05;
/**
 * The whole JS heap after GC, compiled code included: looser, since the JIT keeps adding
 * optimised code for a while (about 100 KiB a minute in the first minutes, then less).
 */
export const HEAP_TOLERANCE_BYTES = 2 * 1024 * 1024;
export const HEAP_TOLERANCE_RATIO = 0.2;
/** DOM nodes alive, and elements in the document: at most this many more, or… */
export const NODE_TOLERANCE = 100;
/** …this fraction more, whichever is larger. */
export const NODE_TOLERANCE_RATIO = 0.05;
/** Live listeners (page count, and Chromium's): at most this many more in the end window. */
export const LISTENER_TOLERANCE = 4;
/** Live timers: at most this many more in the end window. */
export const TIMER_TOLERANCE = 2;
/** Requests per endpoint per refresh interval, over a whole segment: at most this. */
export const MAX_REQUESTS_PER_INTERVAL = 1.1;
/**
 * The feature must still refresh at the fast interval at the end: at least once every four
 * intervals (the idle interval is 30 times longer), or the soak did not soak what it says.
 */
export const MIN_REQUESTS_PER_INTERVAL = 0.25;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Least-squares slope of `y` over `x`. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const [x, y] of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

function windows<T>(items: readonly T[]): { start: T[]; end: T[] } {
  const size = Math.min(WINDOW_SAMPLES, Math.floor(items.length / 2));
  return { start: items.slice(0, size), end: items.slice(items.length - size) };
}

/** End window against start window, by median, within `max(tolerance, ratio × start)`. */
function medianGrowth(
  name: string,
  samples: readonly Sample[],
  value: (sample: Sample) => number,
  tolerance: number,
  ratio: number,
  format: (n: number) => string,
): Criterion {
  const { start, end } = windows(samples);
  const startMedian = median(start.map(value));
  const endMedian = median(end.map(value));
  const allowed = Math.max(tolerance, ratio * startMedian);
  return {
    name,
    measured: `${format(startMedian)} → ${format(endMedian)} (${endMedian >= startMedian ? '+' : ''}${format(endMedian - startMedian)})`,
    limit: `end ≤ start + ${format(allowed)}`,
    pass: Number.isFinite(endMedian) && endMedian - startMedian <= allowed,
  };
}

/** End window against start window, by maximum, within `tolerance`. */
function maxGrowth(
  name: string,
  samples: readonly Sample[],
  value: (sample: Sample) => number,
  tolerance: number,
): Criterion {
  const { start, end } = windows(samples);
  const startMax = Math.max(...start.map(value));
  const endMax = Math.max(...end.map(value));
  return {
    name,
    measured: `${startMax} → ${endMax}`,
    limit: `end ≤ start + ${tolerance}`,
    pass: Number.isFinite(endMax) && endMax - startMax <= tolerance,
  };
}

export const liveTimers = (sample: Sample) => sample.probe.timeouts + sample.probe.intervals;

/** The growth criteria over the soak's samples. */
export function judgeGrowth(samples: readonly Sample[]): Criterion[] {
  return [
    medianGrowth(
      'JS objects after GC (heap snapshot, no compiled code)',
      samples,
      (s) => s.heap.jsObjectsBytes,
      JS_OBJECTS_TOLERANCE_BYTES,
      JS_OBJECTS_TOLERANCE_RATIO,
      mib,
    ),
    medianGrowth(
      'JS heap after GC (compiled code included)',
      samples,
      (s) => s.heapUsedBytes,
      HEAP_TOLERANCE_BYTES,
      HEAP_TOLERANCE_RATIO,
      mib,
    ),
    medianGrowth(
      'DOM nodes alive (after GC)',
      samples,
      (s) => s.metrics.nodes,
      NODE_TOLERANCE,
      NODE_TOLERANCE_RATIO,
      (n) => String(Math.round(n)),
    ),
    medianGrowth(
      'elements in the document',
      samples,
      (s) => s.probe.elements,
      NODE_TOLERANCE,
      NODE_TOLERANCE_RATIO,
      (n) => String(Math.round(n)),
    ),
    maxGrowth(
      'live event listeners (page count)',
      samples,
      (s) => s.probe.listeners.total,
      LISTENER_TOLERANCE,
    ),
    maxGrowth(
      'JS event listeners (Chromium)',
      samples,
      (s) => s.metrics.jsEventListeners,
      LISTENER_TOLERANCE,
    ),
    maxGrowth(
      'listeners on window + document (DevTools)',
      samples,
      (s) => s.cdpListeners.window + s.cdpListeners.document,
      LISTENER_TOLERANCE,
    ),
    maxGrowth('live timers (timeouts + intervals)', samples, liveTimers, TIMER_TOLERANCE),
  ];
}

/** Requests of `endpoint` per refresh interval in a segment. */
export function perInterval(segment: Segment, endpoint: EndpointName, pollMs: number): number {
  const intervals = (segment.toMs - segment.fromMs) / pollMs;
  return intervals > 0 ? segment.requests[endpoint] / intervals : Number.NaN;
}

/**
 * The request criteria: each of the feature's endpoints at most once per refresh interval in
 * every segment (a little slack: a segment's edge can cut between two requests), still at least
 * every other interval at the end (the soak ran at the fastest refresh all along), and nothing
 * else asked for.
 */
export function judgeRequests(segments: readonly Segment[], pollMs: number): Criterion[] {
  const criteria: Criterion[] = [];
  const { end } = windows(segments);
  for (const endpoint of FEATURE_ENDPOINTS) {
    const rates = segments.map((segment) => perInterval(segment, endpoint, pollMs));
    const highest = Math.max(...rates);
    const endRates = end.map((segment) => perInterval(segment, endpoint, pollMs));
    const lowestAtEnd = Math.min(...endRates);
    criteria.push({
      name: `${endpoint} requests per ${pollMs} ms interval`,
      measured: `highest ${highest.toFixed(2)}, lowest at the end ${lowestAtEnd.toFixed(2)}`,
      limit: `every segment ≤ ${MAX_REQUESTS_PER_INTERVAL}; end ≥ ${MIN_REQUESTS_PER_INTERVAL}`,
      pass: highest <= MAX_REQUESTS_PER_INTERVAL && lowestAtEnd >= MIN_REQUESTS_PER_INTERVAL,
    });
  }
  const others = segments.reduce(
    (sum, s) => sum + s.requests['vm-list'] + s.requests['live-failover'] + s.requests.other,
    0,
  );
  criteria.push({
    name: 'other API requests while soaking',
    measured: String(others),
    limit: '0',
    pass: others === 0,
  });
  return criteria;
}

/** What is left in the page once the host has unmounted the feature. */
export interface AfterUnmount {
  /** How long requests were watched for after the feature's root left the page. */
  watchedMs: number;
  /** API requests the browser sent in that time, and the ones the API received. */
  browserRequests: string[];
  apiRequests: string[];
  /**
   * Timers and listeners created by the page's scripts after the baseline (before the feature
   * mounted) and still alive.
   */
  leftovers: LiveEntry[];
  /** The same, created by the test harness's own scripts in the page (no script URL). */
  harness: LiveEntry[];
  /** Listeners on window + document (DevTools), at the baseline and after unmounting. */
  cdpListeners: { baseline: number; after: number };
}

export function judgeUnmount(after: AfterUnmount): Criterion[] {
  const timers = after.leftovers.filter((entry) => entry.kind !== 'listener');
  const listeners = after.leftovers.filter((entry) => entry.kind === 'listener');
  const describe = (entries: LiveEntry[]) =>
    entries.length === 0
      ? '0'
      : `${entries.length}: ${entries
          .slice(0, 5)
          .map((e) => `${e.kind} ${e.what}${e.on ? ` on ${e.on}` : ''} (${e.createdAt})`)
          .join('; ')}${entries.length > 5 ? '; …' : ''}`;
  return [
    {
      name: 'timers left after unmount',
      measured: describe(timers),
      limit: '0 created since the baseline',
      pass: timers.length === 0,
    },
    {
      name: 'listeners left after unmount',
      measured: describe(listeners),
      limit: '0 created since the baseline',
      pass: listeners.length === 0,
    },
    {
      name: 'listeners on window + document after unmount (DevTools)',
      measured: `${after.cdpListeners.baseline} at the baseline → ${after.cdpListeners.after}`,
      limit: '≤ baseline',
      pass: after.cdpListeners.after <= after.cdpListeners.baseline,
    },
    {
      name: `API requests in the ${after.watchedMs / 1000} s after unmount`,
      measured: `${after.browserRequests.length} sent, ${after.apiRequests.length} received${
        after.browserRequests.length > 0 ? `: ${after.browserRequests.slice(0, 3).join(', ')}` : ''
      }`,
      limit: '0',
      pass: after.browserRequests.length === 0 && after.apiRequests.length === 0,
    },
  ];
}

/** A Markdown-style table: a header row and rows of cells. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
