/**
 * What the bridge adds to the props a host passes (its router base); dropped again so the
 * feature gets exactly the host's props.
 */
export interface BridgeAdded {
  basename?: string;
}
