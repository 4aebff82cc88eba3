import { DEFAULT_API_BASE_URL } from '@migratekit/vm-operations-contract';
import { describePropsProblems, VmOperationsPropsSchema } from '../props/props';
import { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
import type { VmOperationsOptions } from './useVmOperations';

/** Refresh interval while an operation runs, in ms. */
export const DEFAULT_ACTIVE_POLL_MS = 3_000;
/** Refresh interval while nothing runs, in ms. */
export const DEFAULT_IDLE_POLL_MS = 30_000;

/** A host's props, checked: the screen's settings, or what is wrong with them in plain words. */
export type ReadVmOperationsProps =
  | { ok: true; options: VmOperationsOptions }
  | { ok: false; problems: string[] };

/** Checks a host's props (hosts may be plain JavaScript) and fills in the defaults. */
export function readVmOperationsProps(props: unknown): ReadVmOperationsProps {
  const parsed = VmOperationsPropsSchema.safeParse(props);
  if (!parsed.success) {
    return { ok: false, problems: [...new Set(describePropsProblems(parsed.error))] };
  }
  const { data } = parsed;
  return {
    ok: true,
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
