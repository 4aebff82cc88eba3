import { CONTRACT_VERSION, type LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import { createBridgeComponent } from '@module-federation/bridge-react/v19';
import { LastOperationBadge } from '../LastOperationBadge';
import type { BridgeAdded } from './bridgeProps';

/** `./LastOperationBadge` of the bridge build: the badge in a root of its own React. */
function BridgedLastOperationBadge({
  basename: _routerBase,
  ...props
}: LastOperationBadgeProps & BridgeAdded) {
  return <LastOperationBadge {...props} />;
}

export default createBridgeComponent<LastOperationBadgeProps>({
  rootComponent: BridgedLastOperationBadge,
});
export { CONTRACT_VERSION };
