import type { LiveFailoverAction } from '../../lib/liveFailoverAction';
import { LiveFailoverButton } from './LiveFailoverButton';

export interface LiveFailoverOfferProps {
  /** The screen's live-failover action; nothing is shown where it is not offered. */
  action: LiveFailoverAction;
}

/** "Try Live Failover" where the failure suggests it and the host handles it. */
export function LiveFailoverOffer({ action }: LiveFailoverOfferProps) {
  if (!action.offered) return null;
  return <LiveFailoverButton loading={action.pending} onClick={() => void action.start()} />;
}
