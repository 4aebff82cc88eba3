export type { LiveFailoverButtonProps } from './LiveFailoverButton';
export { LiveFailoverButton } from './LiveFailoverButton';
