export { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
export type { DismissedFailureState } from './useDismissedFailure';
export {
  DISMISSED_STORAGE_PREFIX,
  failureIdentity,
  forgetDismissalsInMemory,
  useDismissedFailure,
} from './useDismissedFailure';
export { DEFAULT_NOW_INTERVAL_MS, useNow } from './useNow';
export type { RecentJobsOptions, RecentJobsState } from './useRecentJobs';
export { useRecentJobs } from './useRecentJobs';
export { useRevalidateVmOperations } from './useRevalidateVmOperations';
export type { VmContextOptions, VmContextState } from './useVmContext';
export { useVmContext } from './useVmContext';
