import { OMA_ENDPOINT_NAMES, OMA_ENDPOINTS, type OmaEndpointName } from '@migratekit/oma-api';

/** The OMA API routes the mock serves (the GUI's endpoint table); faults and the request log name them. */
export const ROUTE_NAMES: readonly OmaEndpointName[] = OMA_ENDPOINT_NAMES;
export type RouteName = OmaEndpointName;

/** Method and path (below the API base, msw path syntax) of each route. */
export const ROUTES = OMA_ENDPOINTS;

export const FAULT_KINDS = [
  'server-error',
  'not-found',
  'network',
  'malformed',
  'wrong-shape',
  'slow',
] as const;
/**
 * How a route misbehaves:
 * - `server-error`: 500 with `{"error": ...}`
 * - `not-found`: 404 with the backend's error body
 * - `network`: the connection fails (no response)
 * - `malformed`: 200 whose body is not JSON
 * - `wrong-shape`: 200 with JSON of the wrong shape (e.g. `jobs: "oops"`)
 * - `slow`: answers normally after `delayMs`
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** How many requests it affects before clearing itself; unlimited when omitted. */
  times?: number;
  /** Delay of a `slow` fault, in ms (default 3000). */
  delayMs?: number;
}

/** Delay of a `slow` fault when none is given. */
export const DEFAULT_SLOW_DELAY_MS = 3_000;
/** Longest delay a `slow` fault may ask for (10 minutes). */
export const MAX_SLOW_DELAY_MS = 600_000;

export function isRouteName(value: unknown): value is RouteName {
  return typeof value === 'string' && (ROUTE_NAMES as readonly string[]).includes(value);
}

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}
