import { startProductionStack } from '../../scripts/productionStack';
import { HOST_DIST, MONOLITH_DIST, REMOTE_DIST } from './build';

export type AppName = 'federated' | 'monolith';

/** A production build served as it is deployed. */
export interface ServedApp {
  name: AppName;
  /** Origin of the page (the host, or the monolith). */
  hostUrl: string;
  /** Origin of the remote; null for the monolith. */
  remoteUrl: string | null;
  close(): Promise<void>;
}

/**
 * Serves both builds side by side against the same OMA API: the federated host with the remote
 * on its own origin (loaded at runtime through `/config.json`), and the monolith.
 */
export async function serveApps(apiOrigin: string): Promise<Record<AppName, ServedApp>> {
  const federated = await startProductionStack({
    hostPort: 0,
    remotePort: 0,
    mockApiPort: 0,
    omaApiUrl: apiOrigin,
    hostDist: HOST_DIST,
    remoteDist: REMOTE_DIST,
  });
  const monolith = await startProductionStack({
    hostPort: 0,
    remotePort: 0,
    mockApiPort: 0,
    omaApiUrl: apiOrigin,
    hostDist: MONOLITH_DIST,
    withoutRemote: true,
  });
  return {
    federated: {
      name: 'federated',
      hostUrl: federated.hostUrl,
      remoteUrl: federated.remoteUrl,
      close: () => federated.close(),
    },
    monolith: {
      name: 'monolith',
      hostUrl: monolith.hostUrl,
      remoteUrl: null,
      close: () => monolith.close(),
    },
  };
}
