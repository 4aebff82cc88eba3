export type { RemoteErrorBoundaryProps, RemoteFailure } from './RemoteErrorBoundary';
export { RemoteErrorBoundary } from './RemoteErrorBoundary';
