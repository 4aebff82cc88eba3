export type { ActionableStepsProps } from './ActionableSteps';
export { ActionableSteps } from './ActionableSteps';
export type { EnsureMantineProviderProps } from './EnsureMantineProvider';
export { EnsureMantineProvider } from './EnsureMantineProvider';
export type { FeatureErrorBoundaryProps } from './FeatureErrorBoundary';
export { FeatureErrorBoundary } from './FeatureErrorBoundary';
export type { IconName, IconProps } from './Icon';
export { ICON_NAMES, Icon } from './Icon';
export type { JobErrorDetailsModalProps } from './JobErrorDetailsModal';
export { JobErrorDetailsModal, progressSummary } from './JobErrorDetailsModal';
export type { LastOperationBadgeProps } from './LastOperationBadge';
export { LastOperationBadge, lastOperationText } from './LastOperationBadge';
export type {
  LiveFailoverButtonProps,
  LiveFailoverRequest,
  LiveFailoverRequestState,
} from './LiveFailoverButton';
export { LiveFailoverButton, useLiveFailoverRequest } from './LiveFailoverButton';
export type { OperationErrorBannerProps } from './OperationErrorBanner';
export { failureSummary, OperationErrorBanner } from './OperationErrorBanner';
export type { RelativeTimeProps } from './RelativeTime';
export { RelativeTime } from './RelativeTime';
export type { JobListError, JobListItemProps, UnifiedJobListProps } from './UnifiedJobList';
export { JobListItem, UnifiedJobList } from './UnifiedJobList';
export type { VmOperationsProps } from './VmOperations';
export { DEFAULT_ACTIVE_POLL_MS, DEFAULT_IDLE_POLL_MS, VmOperations } from './VmOperations';
