import { CONTRACT_VERSION, type LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import {
  LastOperationBadge as LastOperationBadgeFeature,
  LastOperationBadgePrefetch,
} from '../components/LastOperationBadge';
import { ExposedFeature } from './ExposedFeature';

/** `./LastOperationBadge`: the VM's last operation as a badge for VM summary cards. */
export function LastOperationBadge(props: LastOperationBadgeProps) {
  return (
    <ExposedFeature
      host={props}
      errorMessage="Status unavailable"
      errorVariant="inline"
      prefetch={<LastOperationBadgePrefetch {...props} />}
    >
      <LastOperationBadgeFeature {...props} />
    </ExposedFeature>
  );
}

export type { LastOperationBadgeProps };
export { CONTRACT_VERSION };
export default LastOperationBadge;
