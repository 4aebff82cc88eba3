export type { LiveFailoverButtonProps } from './LiveFailoverButton';
export { LiveFailoverButton } from './LiveFailoverButton';
export type { LiveFailoverRequest, LiveFailoverRequestState } from './useLiveFailoverRequest';
export { useLiveFailoverRequest } from './useLiveFailoverRequest';
