import {
  fetchFromOma,
  fetchVmContextEntry,
  type Job,
  type OmaCacheKey,
  type OmaRequestOptions,
  omaCacheKey,
  omaUrl,
  type Received,
  RecentJobsResponseSchema,
  type VmContextResponse,
} from '@migratekit/oma-api';

/*
 * The one typed client of the OMA API the feature reads, and the SWR keys of its answers.
 * Every component that asks for the same VM uses the same key, so SWR serves them from one
 * cache entry and one request (and a host sharing its SWR cache shares the answers).
 */

export type RecentJobsKey = OmaCacheKey<'recent-jobs'>;
export type VmContextKey = OmaCacheKey<'vm-context'>;
export type { Received };

/** The SWR key of a VM context's recent jobs under `apiBaseUrl`. */
export function recentJobsKey(apiBaseUrl: string, contextId: string): RecentJobsKey {
  return omaCacheKey('recent-jobs', apiBaseUrl, { contextId });
}

/** The SWR key of a VM's context and last operation under `apiBaseUrl`. */
export function vmContextKey(apiBaseUrl: string, vmName: string): VmContextKey {
  return omaCacheKey('vm-context', apiBaseUrl, { vmName });
}

/** What the feature asks the OMA API; each answer stamped with when it arrived. */
export interface OmaClient {
  /** The VM context's unified job list, as the API orders it. */
  recentJobs(key: RecentJobsKey): Promise<Received<Job[]>>;
  /** The VM's context and the summary of its last operation. */
  vmContext(key: VmContextKey): Promise<Received<VmContextResponse>>;
}

/** The real client: requests through `fetchFromOma` with the host's fetch, headers and credentials. */
export function createOmaClient(request: OmaRequestOptions = {}): OmaClient {
  return {
    async recentJobs([, , apiBaseUrl, contextId]) {
      const url = omaUrl(apiBaseUrl, 'recent-jobs', { contextId });
      const body = await fetchFromOma(url, RecentJobsResponseSchema, { request });
      return { value: body.jobs, receivedAt: Date.now() };
    },
    vmContext: (key) => fetchVmContextEntry(key, { request }),
  };
}
