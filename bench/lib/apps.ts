import { startProductionStack } from '../../scripts/productionStack';
import { type BenchHostName, benchHostDist } from '../hosts/rspack.config';
import { HOST_DIST, MONOLITH_DIST, REMOTE_DIST } from './build';

/**
 * Every page the bench opens:
 * - `react-*`: the bench's React-only host (no Mantine) without the feature, with it bundled
 *   statically, and with it from the remote's default manifest, loaded through the federation
 *   build plugin (`react-federated`) or the runtime API alone (`react-runtime`), and from the
 *   lean manifest by a build that provides the federation runtime (`react-lean`, the opt-in);
 * - `mantine-*`: the bench's Mantine host following the README, without the feature and with
 *   it from the default manifest (`mantine-federated`) or the lean one (`mantine-lean`);
 * - `host-shell`: the stand-in dashboard, which opts in to the lean manifest;
 * - `monolith`: host-shell's pages with the feature imported statically, one bundle.
 */
export type AppName = BenchHostName | 'host-shell' | 'monolith';

/** A production build served as it is deployed. */
export interface ServedApp {
  name: AppName;
  /** Origin of the page (the host). */
  hostUrl: string;
  /** Origin of the remote; null when the page loads none. */
  remoteUrl: string | null;
  /** Whether the page shows the feature (the baselines do not). */
  hasFeature: boolean;
  close(): Promise<void>;
}

const BENCH_HOSTS: Array<{ name: BenchHostName; federated: boolean; hasFeature: boolean }> = [
  { name: 'react-none', federated: false, hasFeature: false },
  { name: 'react-static', federated: false, hasFeature: true },
  { name: 'react-federated', federated: true, hasFeature: true },
  { name: 'react-runtime', federated: true, hasFeature: true },
  { name: 'react-lean', federated: true, hasFeature: true },
  { name: 'mantine-none', federated: false, hasFeature: false },
  { name: 'mantine-federated', federated: true, hasFeature: true },
  { name: 'mantine-lean', federated: true, hasFeature: true },
];

async function serve(
  name: AppName,
  apiOrigin: string,
  hostDist: string,
  federated: boolean,
  hasFeature: boolean,
): Promise<ServedApp> {
  const stack = await startProductionStack({
    hostPort: 0,
    remotePort: 0,
    mockApiPort: 0,
    omaApiUrl: apiOrigin,
    hostDist,
    ...(federated ? { remoteDist: REMOTE_DIST } : { withoutRemote: true }),
  });
  return {
    name,
    hostUrl: stack.hostUrl,
    remoteUrl: federated ? stack.remoteUrl : null,
    hasFeature,
    close: () => stack.close(),
  };
}

/**
 * Serves every page against the same OMA API, each with the production server (static files,
 * CSP, `/config.json`, `/api` proxy) and, when it loads the remote, the remote's production
 * build (`remote/dist`, whose `lean/` folder host-shell uses) on an origin of its own.
 */
export async function serveApps(apiOrigin: string): Promise<Record<AppName, ServedApp>> {
  const served = await Promise.all([
    serve('host-shell', apiOrigin, HOST_DIST, true, true),
    serve('monolith', apiOrigin, MONOLITH_DIST, false, true),
    ...BENCH_HOSTS.map((host) =>
      serve(host.name, apiOrigin, benchHostDist(host.name), host.federated, host.hasFeature),
    ),
  ]);
  return Object.fromEntries(served.map((app) => [app.name, app])) as Record<AppName, ServedApp>;
}
