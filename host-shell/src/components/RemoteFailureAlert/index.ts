export type { RemoteFailureAlertProps } from './RemoteFailureAlert';
export { RemoteFailureAlert } from './RemoteFailureAlert';
