export type { OperationErrorBannerProps } from './OperationErrorBanner';
export { OperationErrorBanner } from './OperationErrorBanner';
