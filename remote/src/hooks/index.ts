export { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
export type { LastOperationBadgeView } from './useLastOperationBadge';
export { useLastOperationBadge } from './useLastOperationBadge';
export type { LiveFailoverRequest } from './useLiveFailoverRequest';
export { useLiveFailoverAction } from './useLiveFailoverRequest';
export type { VmOperationsOptions, VmOperationsState } from './useVmOperations';
export { useVmOperations } from './useVmOperations';
