export type { LiveFailoverConfirmModalProps } from './LiveFailoverConfirmModal';
export { LiveFailoverConfirmModal } from './LiveFailoverConfirmModal';
