import { normaliseApiBase } from '@migratekit/oma-api';
import { ROUTES, type RouteName } from '../faults';

/** Matches the OMA API under `/api/v1` on any origin. */
export const DEFAULT_BASE_URL = '*/api/v1';

/** Header the HTTP server uses to hand the raw request path to the handlers. */
export const RAW_PATH_HEADER = 'x-mock-oma-raw-path';

export function normaliseBaseUrl(baseUrl: string = DEFAULT_BASE_URL): string {
  return normaliseApiBase(baseUrl);
}

/** The msw path of a route under a base URL. */
export function routeUrl(baseUrl: string, route: RouteName): string {
  return `${normaliseBaseUrl(baseUrl)}${ROUTES[route].path}`;
}

/** The path and query as the client sent them (still percent-encoded). */
export function rawPathOf(request: Request): string {
  const raw = request.headers.get(RAW_PATH_HEADER);
  if (raw) return raw;
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}
