import { normaliseApiBase, type OmaEndpointName, type OmaEndpointParams } from './endpoints';

/**
 * The cache key of an endpoint's answer: `['oma', name, base, ...params]`. The remote and a host
 * that shares its SWR ask for the same VM under the same key, so one request serves both; base
 * URLs that differ only by trailing slashes are one key.
 */
export type OmaCacheKey<Name extends OmaEndpointName = OmaEndpointName> = [
  keyof OmaEndpointParams<Name>,
] extends [never]
  ? readonly ['oma', Name, string]
  : readonly ['oma', Name, string, string];

export function omaCacheKey<Name extends OmaEndpointName>(
  name: Name,
  apiBaseUrl: string,
  params: OmaEndpointParams<Name>,
): OmaCacheKey<Name> {
  // Object.values keeps the path's order: each endpoint has at most one parameter today.
  return [
    'oma',
    name,
    normaliseApiBase(apiBaseUrl),
    ...Object.values<string>(params),
  ] as unknown as OmaCacheKey<Name>;
}

/** What a cache entry holds: the parsed answer and when it arrived ("updated N seconds ago"). */
export interface Received<T> {
  value: T;
  receivedAt: number;
}
