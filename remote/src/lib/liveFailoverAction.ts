/** The "Try Live Failover" quick action as a banner or the details show it. */
export interface LiveFailoverAction {
  /** Whether the action is offered: the failure suggests it and the host handles it. */
  offered: boolean;
  /** True while the host's callback has not settled. */
  pending: boolean;
  /** A sentence saying why the live failover could not be started, or null. */
  failure: string | null;
  /** Starts it once; ignored while a request is pending. */
  start: () => Promise<void>;
}
