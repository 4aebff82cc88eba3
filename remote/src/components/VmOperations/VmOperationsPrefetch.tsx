import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import {
  readVmOperationsProps,
  usePrefetchVmOperations,
  type VmOperationsOptions,
} from '../../hooks';

function Prefetch(options: VmOperationsOptions) {
  usePrefetchVmOperations(options);
  return null;
}

/**
 * Renders nothing; while it is mounted, the VmOperations screen's data is on its way. Shown
 * in place of the screen while Mantine and its stylesheet load in a host without Mantine, so
 * the requests and that download run side by side rather than one after the other.
 */
export function VmOperationsPrefetch(props: VmOperationsProps) {
  const read = readVmOperationsProps(props);
  if (!read.ok) return null;
  return <Prefetch key={read.key} {...read.options} />;
}
