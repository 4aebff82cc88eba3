import {
  type VmContext,
  type VmContextResponse,
  VmContextResponseSchema,
  VmContextSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import { useEffect } from 'react';
import useSWR, { type SWRResponse } from 'swr';
import { z } from 'zod/mini';
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
const VmListSchema = z.pipe(
  z.object({ vm_contexts: z.array(z.unknown()) }),
  z.transform((raw: { vm_contexts: unknown[] }): VmList => {
    const whole = VmListResponseSchema.safeParse(raw);
    if (whole.success) return { vmContexts: whole.data.vmContexts, skipped: 0 };
    const entries = raw.vm_contexts.map((entry) => VmContextSchema.safeParse(entry));
    const vmContexts = entries.flatMap((entry) => (entry.success ? [entry.data] : []));
    return { vmContexts, skipped: entries.length - vmContexts.length };
  }),
);

/** Every VM, from `GET /api/v1/vm-contexts`. */
export function useVmList(): SWRResponse<VmList, OmaApiError> {
  const result = useSWR<VmList, OmaApiError>(
    [KEY_NAMESPACE, 'vm-contexts'],
    () => getOmaJson('/vm-contexts', VmListSchema),
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
