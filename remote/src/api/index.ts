export type { OmaClientProviderProps } from './OmaClientProvider';
export { OmaClientOverride, OmaClientProvider, useOmaClient } from './OmaClientProvider';
export type { OmaClient, Received, RecentJobsKey, VmContextKey } from './omaClient';
export { createOmaClient, recentJobsKey, vmContextKey } from './omaClient';
