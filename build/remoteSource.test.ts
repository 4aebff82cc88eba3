import { useSyncExternalStore } from 'react';
import { remoteSourceResolve, SYNC_EXTERNAL_STORE_SHIM } from './remoteSource';

describe("the remote's source", () => {
  it("resolves SWR's useSyncExternalStore polyfill to React's own hook", async () => {
    const alias = remoteSourceResolve().alias as Record<string, string>;
    expect(alias['use-sync-external-store/shim$']).toBe(SYNC_EXTERNAL_STORE_SHIM);
    const shim: Record<string, unknown> = await import(SYNC_EXTERNAL_STORE_SHIM);
    expect(shim.useSyncExternalStore).toBe(useSyncExternalStore);
  });
});
