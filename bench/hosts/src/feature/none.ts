import type { LoadVmOperations } from './types';

/** The host without the feature: the baseline its bytes are measured against. */
export const loadVmOperations: LoadVmOperations = async () => null;
