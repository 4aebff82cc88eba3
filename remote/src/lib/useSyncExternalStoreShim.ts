/*
 * What `use-sync-external-store/shim` resolves to in the remote's builds (build/remoteSource.ts).
 * SWR imports that shim, a polyfill for React < 18; every React the feature runs on has the
 * hook itself.
 */
export { useSyncExternalStore } from 'react';
