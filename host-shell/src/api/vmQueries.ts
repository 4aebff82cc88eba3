import {
  fetchFromOma,
  fetchVmContextEntry,
  OmaApiError,
  type OmaCacheKey,
  omaCacheKey,
  omaUrl,
  type Received,
  type VmContext,
  type VmContextResponse,
  VmContextSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import { useEffect } from 'react';
import useSWR, { type SWRResponse } from 'swr';
import * as v from 'valibot';
import { OMA_API_BASE_URL } from './omaApi';

const queryOptions = {
  // A 404 or a 4xx will not change by asking again; a 5xx or a network error may.
  shouldRetryOnError: (error: Error) => !(error instanceof OmaApiError) || error.isTransient,
};

/** Logs a failed query once per error, for whoever investigates what the operator saw. */
function useLogQueryError(what: string, error: unknown): void {
  useEffect(() => {
    if (error) console.error(`[dashboard] Loading ${what} failed:`, error);
  }, [what, error]);
}

/** The VM list as the dashboard shows it. */
export interface VmList {
  /** The VMs that could be read. */
  vmContexts: VmContext[];
  /** How many entries were left out because they lack what a card needs (id, name). */
  skipped: number;
}

/**
 * `GET /vm-contexts`, read entry by entry when the list as a whole does not parse: one VM the
 * backend describes badly must not hide all the others.
 */
const VmListSchema = v.pipe(
  v.object({ vm_contexts: v.array(v.unknown()) }),
  v.transform((raw: { vm_contexts: unknown[] }): VmList => {
    const whole = v.safeParse(VmListResponseSchema, raw);
    if (whole.success) return { vmContexts: whole.output.vmContexts, skipped: 0 };
    const entries = raw.vm_contexts.map((entry) => v.safeParse(VmContextSchema, entry));
    const vmContexts = entries.flatMap((entry) => (entry.success ? [entry.output] : []));
    return { vmContexts, skipped: entries.length - vmContexts.length };
  }),
);

// The list is the host's own reading of the endpoint (entry by entry), not the endpoint's
// answer: it must never share an entry with `omaCacheKey('vm-list', …)`.
const VM_LIST_KEY = ['dashboard-host', 'vm-list', OMA_API_BASE_URL] as const;

/** Every VM, from `GET /api/v1/vm-contexts`. */
export function useVmList(): SWRResponse<VmList, OmaApiError> {
  const result = useSWR<VmList, OmaApiError>(
    VM_LIST_KEY,
    () => fetchFromOma(omaUrl(OMA_API_BASE_URL, 'vm-list', {}), VmListSchema),
    queryOptions,
  );
  const skipped = result.data?.skipped ?? 0;
  useEffect(() => {
    if (skipped > 0) {
      console.error(`[dashboard] ${skipped} VM list entries lack a context id or VM name.`);
    }
  }, [skipped]);
  useLogQueryError('the VM list', result.error);
  return result;
}

/**
 * One VM's context and last operation, from `GET /api/v1/vm-contexts/{vm_name}`, under the
 * key the remote uses for the same answer: on the VM page one request serves both.
 */
export function useVmContext(
  vmName: string,
): SWRResponse<Received<VmContextResponse>, OmaApiError> {
  const result = useSWR<Received<VmContextResponse>, OmaApiError, OmaCacheKey<'vm-context'>>(
    omaCacheKey('vm-context', OMA_API_BASE_URL, { vmName }),
    // Filled as the remote fills it: both read one entry when SWR is shared.
    fetchVmContextEntry,
    queryOptions,
  );
  useLogQueryError(`VM ${vmName}`, result.error);
  return result;
}
