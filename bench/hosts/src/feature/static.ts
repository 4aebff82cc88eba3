import { VmOperations } from '@migratekit/vm-operations/VmOperations';
import type { LoadVmOperations } from './types';

/** The feature compiled into the host's bundle from the remote's source: no federation. */
export const loadVmOperations: LoadVmOperations = async () => VmOperations;
