import type { RouteName } from '../faults';

/** One request the mock API received. */
export interface RequestLogEntry {
  method: string;
  /** The path and query as sent, still percent-encoded. */
  path: string;
  /** The API route it matched, or null for an unknown route. */
  route: RouteName | null;
  /** When it arrived, on the state's clock (ms). */
  time: number;
}

export interface RequestLogFilter {
  route?: RouteName | null;
  method?: string;
}

/** The request log keeps at most this many entries (oldest dropped). */
export const MAX_LOGGED_REQUESTS = 1_000;

export interface RequestLog {
  record(entry: Omit<RequestLogEntry, 'time'>): void;
  /** The requests since the last clear, oldest first (copies). */
  list(filter?: RequestLogFilter): RequestLogEntry[];
  clear(): void;
}

/** The requests the mock received, stamped with the state's clock. */
export function createRequestLog(now: () => number): RequestLog {
  let requests: RequestLogEntry[] = [];
  return {
    record(entry) {
      requests.push({ ...entry, time: now() });
      if (requests.length > MAX_LOGGED_REQUESTS) requests = requests.slice(-MAX_LOGGED_REQUESTS);
    },
    list(filter = {}) {
      return requests
        .filter((entry) => filter.route === undefined || entry.route === filter.route)
        .filter(
          (entry) => filter.method === undefined || entry.method === filter.method.toUpperCase(),
        )
        .map((entry) => ({ ...entry }));
    },
    clear() {
      requests = [];
    },
  };
}
