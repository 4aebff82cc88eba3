export type { OperationErrorBannerProps } from './OperationErrorBanner';
export { failureSummary, OperationErrorBanner } from './OperationErrorBanner';
