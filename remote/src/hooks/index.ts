export { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
export type { LastOperationBadgeOptions, ReadProps } from './readProps';
export {
  DEFAULT_ACTIVE_POLL_MS,
  DEFAULT_IDLE_POLL_MS,
  readLastOperationBadgeProps,
  readVmOperationsProps,
} from './readProps';
export type { LastOperationBadgeView } from './useLastOperationBadge';
export { useLastOperationBadge, usePrefetchLastOperation } from './useLastOperationBadge';
export type { LiveFailoverRequest } from './useLiveFailoverRequest';
export { useLiveFailoverAction } from './useLiveFailoverRequest';
export { usePrefetchVmOperations } from './usePrefetchVmOperations';
export type { VmOperationsOptions, VmOperationsState } from './useVmOperations';
export { useVmOperations } from './useVmOperations';
