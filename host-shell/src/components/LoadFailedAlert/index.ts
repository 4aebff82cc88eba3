export type { LoadFailedAlertProps } from './LoadFailedAlert';
export { LoadFailedAlert } from './LoadFailedAlert';
