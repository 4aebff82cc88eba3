export type { FeatureErrorBoundaryProps } from './FeatureErrorBoundary';
export { FeatureErrorBoundary } from './FeatureErrorBoundary';
