import { CONTRACT_VERSION, type LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import { OmaClientProvider } from '../api';
import { EnsureMantineProvider } from '../components/EnsureMantineProvider';
import { FeatureErrorBoundary } from '../components/FeatureErrorBoundary';
import {
  LastOperationBadge as LastOperationBadgeFeature,
  LastOperationBadgePrefetch,
} from '../components/LastOperationBadge';

/** `./LastOperationBadge`: the VM's last operation as a badge for VM summary cards. */
export function LastOperationBadge(props: LastOperationBadgeProps) {
  return (
    <FeatureErrorBoundary message="Status unavailable" variant="inline">
      <OmaClientProvider
        fetch={props.fetch}
        headers={props.requestHeaders}
        credentials={props.credentials}
      >
        {/* In a host without Mantine, the data is fetched while Mantine loads. */}
        <EnsureMantineProvider
          colorScheme={props.colorScheme}
          fallback={<LastOperationBadgePrefetch {...props} />}
        >
          <LastOperationBadgeFeature {...props} />
        </EnsureMantineProvider>
      </OmaClientProvider>
    </FeatureErrorBoundary>
  );
}

export type { LastOperationBadgeProps };
export { CONTRACT_VERSION };
export default LastOperationBadge;
