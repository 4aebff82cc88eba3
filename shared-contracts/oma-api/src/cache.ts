import { type FetchFromOmaOptions, fetchFromOma } from './client';
import {
  normaliseApiBase,
  type OmaEndpointName,
  type OmaEndpointParams,
  omaUrl,
} from './endpoints';
import { type VmContextResponse, VmContextResponseSchema } from './schemas';

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

/**
 * Fills the VM-context cache entry: the answer for `key`, stamped with when it arrived. The
 * remote and a host that shares its SWR cache both fill that one entry, so they fill it alike.
 */
export async function fetchVmContextEntry(
  [, , apiBaseUrl, vmName]: OmaCacheKey<'vm-context'>,
  options: FetchFromOmaOptions = {},
): Promise<Received<VmContextResponse>> {
  const url = omaUrl(apiBaseUrl, 'vm-context', { vmName });
  const value = await fetchFromOma(url, VmContextResponseSchema, options);
  return { value, receivedAt: Date.now() };
}
