import { DEFAULT_API_BASE_URL } from '@migratekit/vm-operations-contract';
import { checkLastOperationBadgeProps, checkVmOperationsProps } from '../props/props';
import { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
import type { VmOperationsOptions } from './useVmOperations';

/*
 * A host's props, checked (hosts may be plain JavaScript) and defaulted, once for both the
 * module and the prefetch that stands in for it while Mantine loads.
 */

/** Refresh interval while an operation runs, in ms. */
export const DEFAULT_ACTIVE_POLL_MS = 3_000;
/** Refresh interval while nothing runs, in ms. */
export const DEFAULT_IDLE_POLL_MS = 30_000;

/** Props checked: the module's settings and the key of the view they make, or what is wrong. */
export type ReadProps<T> =
  | {
      ok: true;
      options: T;
      /** One view per VM: a host that switches VMs gets a fresh view, not one VM's leftovers. */
      key: string;
    }
  | { ok: false; problems: string[] };

/** VmOperations' props, with the defaults filled in. */
export function readVmOperationsProps(props: unknown): ReadProps<VmOperationsOptions> {
  const checked = checkVmOperationsProps(props);
  if (!checked.ok) return checked;
  const data = checked.props;
  return {
    ok: true,
    key: JSON.stringify([data.contextId, data.vmName]),
    options: {
      contextId: data.contextId,
      vmName: data.vmName,
      isAdmin: data.isAdmin ?? false,
      onTryLiveFailover: data.onTryLiveFailover,
      apiBaseUrl: data.apiBaseUrl ?? DEFAULT_API_BASE_URL,
      activePollMs: clampActivePollMs(data.activePollMs ?? DEFAULT_ACTIVE_POLL_MS),
      idlePollMs: clampIdlePollMs(data.idlePollMs ?? DEFAULT_IDLE_POLL_MS),
    },
  };
}

/** What the badge needs of its props. */
export interface LastOperationBadgeOptions {
  vmName: string;
  apiBaseUrl: string;
}

/** LastOperationBadge's props, with the default API base URL filled in. */
export function readLastOperationBadgeProps(props: unknown): ReadProps<LastOperationBadgeOptions> {
  const checked = checkLastOperationBadgeProps(props);
  if (!checked.ok) return checked;
  const { vmName, apiBaseUrl = DEFAULT_API_BASE_URL } = checked.props;
  return { ok: true, key: vmName, options: { vmName, apiBaseUrl } };
}
