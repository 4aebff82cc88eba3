export type { LiveFailoverButtonProps } from './LiveFailoverButton';
export { LiveFailoverButton } from './LiveFailoverButton';
export type { LiveFailoverFailureProps } from './LiveFailoverFailure';
export { LiveFailoverFailure } from './LiveFailoverFailure';
export type { LiveFailoverOfferProps } from './LiveFailoverOffer';
export { LiveFailoverOffer } from './LiveFailoverOffer';
