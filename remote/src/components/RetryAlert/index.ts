export type { RetryAlertProps } from './RetryAlert';
export { RetryAlert } from './RetryAlert';
