export type { JobErrorDetailsModalProps } from './JobErrorDetailsModal';
export { JobErrorDetailsModal, progressSummary } from './JobErrorDetailsModal';
