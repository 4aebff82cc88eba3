import {
  type VmContextResponse,
  VmContextResponseSchema,
  type VmListResponse,
  VmListResponseSchema,
} from '@migratekit/shared-contracts';
import { useEffect } from 'react';
import useSWR, { type SWRResponse } from 'swr';
import { getOmaJson, isClientError, type OmaApiError } from './omaApi';

// SWR is shared with the remote at runtime: namespaced keys keep the host's parsed data from
// ever being served to the remote's hooks (or the other way round) for the same URL.
const KEY_NAMESPACE = 'dashboard-host';

const queryOptions = {
  // A 404 or 400 will not change by asking again; a 5xx or a network error may.
  shouldRetryOnError: (error: Error) => !isClientError(error),
};

/** Logs a failed query once per error, for whoever investigates what the operator saw. */
function useLogQueryError(what: string, error: unknown): void {
  useEffect(() => {
    if (error) console.error(`[dashboard] Loading ${what} failed:`, error);
  }, [what, error]);
}

/** Every VM, from `GET /api/v1/vm-contexts`. */
export function useVmList(): SWRResponse<VmListResponse, OmaApiError> {
  const result = useSWR<VmListResponse, OmaApiError>(
    [KEY_NAMESPACE, 'vm-contexts'],
    () => getOmaJson('/vm-contexts', VmListResponseSchema),
    queryOptions,
  );
  useLogQueryError('the VM list', result.error);
  return result;
}

/** One VM's context and last operation, from `GET /api/v1/vm-contexts/{vm_name}`. */
export function useVmContext(vmName: string): SWRResponse<VmContextResponse, OmaApiError> {
  const result = useSWR<VmContextResponse, OmaApiError>(
    [KEY_NAMESPACE, 'vm-context', vmName],
    () => getOmaJson(`/vm-contexts/${encodeURIComponent(vmName)}`, VmContextResponseSchema),
    queryOptions,
  );
  useLogQueryError(`VM ${vmName}`, result.error);
  return result;
}
