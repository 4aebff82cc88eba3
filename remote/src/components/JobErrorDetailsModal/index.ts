export type { JobErrorDetailsModalProps } from './JobErrorDetailsModal';
export { JobErrorDetailsModal } from './JobErrorDetailsModal';
