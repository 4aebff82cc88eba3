import { OmaApiError } from './errors';
import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from './schemas';

/**
 * Every OMA API route the GUI uses, once: its method, its path below the API base (`:name` marks
 * a parameter, as msw writes it) and the schema of its answer. The clients build their URLs from
 * it and the mock API serves exactly these routes.
 */
export const OMA_ENDPOINTS = {
  'vm-list': { method: 'GET', path: '/vm-contexts', schema: VmListResponseSchema },
  'vm-context': { method: 'GET', path: '/vm-contexts/:vmName', schema: VmContextResponseSchema },
  'recent-jobs': {
    method: 'GET',
    path: '/vm-contexts/:contextId/recent-jobs',
    schema: RecentJobsResponseSchema,
  },
  'live-failover': { method: 'POST', path: '/failover/live', schema: LiveFailoverResponseSchema },
} as const;

export type OmaEndpointName = keyof typeof OMA_ENDPOINTS;
export const OMA_ENDPOINT_NAMES = Object.keys(OMA_ENDPOINTS) as OmaEndpointName[];

/** The `:name` parameters of a path. */
type PathParams<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values an endpoint's path needs, by parameter name. */
export type OmaEndpointParams<Name extends OmaEndpointName> = Record<
  PathParams<(typeof OMA_ENDPOINTS)[Name]['path']>,
  string
>;

/** How each parameter is named in a refusal's detail. */
const PARAM_LABELS: Record<string, string> = { vmName: 'VM name', contextId: 'context id' };

/**
 * One path segment of an OMA URL. Dot-only values are refused rather than encoded: URL
 * parsing treats "..", even percent-encoded, as "go up", which would leave the base.
 */
function pathSegment(param: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^\.{1,2}$/.test(trimmed)) {
    const what = PARAM_LABELS[param] ?? param;
    throw new OmaApiError({
      kind: 'not_found',
      detail: `refusing to request ${what} ${JSON.stringify(value)}: not a valid path segment`,
    });
  }
  return encodeURIComponent(trimmed);
}

/** An API base URL without trailing slashes (`/api/v1/` and `/api/v1` are the same base). */
export function normaliseApiBase(apiBaseUrl: string): string {
  return apiBaseUrl.trim().replace(/\/+$/, '');
}

/**
 * The URL of an endpoint below `apiBaseUrl`, e.g. `omaUrl('/api/v1', 'vm-context', { vmName })`.
 * Throws OmaApiError (`not_found`) for a parameter that is no usable path segment.
 */
export function omaUrl<Name extends OmaEndpointName>(
  apiBaseUrl: string,
  name: Name,
  params: OmaEndpointParams<Name>,
): string {
  const values = params as Record<string, string>;
  const path = OMA_ENDPOINTS[name].path.replace(/:(\w+)/g, (_, param: string) =>
    pathSegment(param, values[param] ?? ''),
  );
  return `${normaliseApiBase(apiBaseUrl)}${path}`;
}
