import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockOmaApi } from '../mocks/src/http';
import { listen, proxyTo, type RunningServer, staticFiles } from './staticServer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ProductionStackOptions {
  /** Interface to bind (default 127.0.0.1). */
  bindHost?: string;
  /** Host shell port (0 = any free port). */
  hostPort: number;
  /** Remote port (0 = any free port). */
  remotePort: number;
  /** Mock OMA API port, when no real API is given (0 = any free port). */
  mockApiPort: number;
  /** A real OMA API origin; when set no mock is started. */
  omaApiUrl?: string;
  /** The manifest URL the host is told to load; default: this stack's remote. */
  remoteManifestUrl?: string;
  /** Folders of the builds (defaults: host-shell/dist and remote/dist). */
  hostDist?: string;
  remoteDist?: string;
  /** Time multiplier of the mock API's simulated jobs. */
  mockSpeed?: number;
  /** Skip starting the remote's server (to simulate a remote that is down). */
  withoutRemote?: boolean;
}

export interface ProductionStack {
  hostUrl: string;
  remoteUrl: string | null;
  apiUrl: string;
  mock: Awaited<ReturnType<typeof startMockOmaApi>> | null;
  remote: RunningServer | null;
  host: RunningServer;
  close(): Promise<void>;
}

/** Serves the remote's folder from its own origin, with CORS for hosts on other origins. */
export function serveRemote(dist: string, port: number, bindHost = '127.0.0.1') {
  return listen(
    [
      staticFiles({
        root: dist,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Cross-Origin-Resource-Policy': 'cross-origin',
        },
      }),
    ],
    port,
    bindHost,
  );
}

/**
 * The production layout: the remote's static build on its own origin, the host's static build
 * with `/config.json` (where to find the remote, read at request time) and an `/api` proxy to
 * the OMA API — the mock one unless a real API is given.
 */
export async function startProductionStack(
  options: ProductionStackOptions,
): Promise<ProductionStack> {
  const bindHost = options.bindHost ?? '127.0.0.1';
  const mock = options.omaApiUrl
    ? null
    : await startMockOmaApi({
        port: options.mockApiPort,
        host: '127.0.0.1',
        speed: options.mockSpeed,
      });
  const apiOrigin = options.omaApiUrl ?? new URL(mock?.url ?? '').origin;
  const remote = options.withoutRemote
    ? null
    : await serveRemote(
        options.remoteDist ?? path.join(repoRoot, 'remote/dist'),
        options.remotePort,
        bindHost,
      );
  const remoteManifestUrl =
    options.remoteManifestUrl ??
    `http://${bindHost}:${remote?.port ?? options.remotePort}/mf-manifest.json`;
  const forwardToApi = proxyTo(apiOrigin);
  const host = await listen(
    [
      (req, res) => {
        if (!req.url?.startsWith('/config.json')) return false;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
        res.end(JSON.stringify({ vmOperationsRemoteUrl: remoteManifestUrl }));
        return true;
      },
      (req, res) => {
        if (!req.url?.startsWith('/api/')) return false;
        forwardToApi(req, res);
        return true;
      },
      staticFiles({
        root: options.hostDist ?? path.join(repoRoot, 'host-shell/dist'),
        spaFallback: true,
      }),
    ],
    options.hostPort,
    bindHost,
  );
  return {
    hostUrl: host.url,
    remoteUrl: remote?.url ?? null,
    apiUrl: apiOrigin,
    mock,
    remote,
    host,
    async close() {
      await Promise.all([host.close(), remote?.close(), mock?.close()]);
    },
  };
}
