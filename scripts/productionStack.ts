import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VmOperationsPolling } from '../host-shell/src/config/hostRuntimeConfig';
import { startMockOmaApi } from '../mocks/src/http';
import {
  formatContentSecurityPolicy,
  inlineScriptHashes,
  listen,
  proxyTo,
  type RunningServer,
  staticFiles,
} from './staticServer';

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
  /** VmOperations' refresh intervals, served in `/config.json` (the feature's defaults when absent). */
  vmOperationsPolling?: VmOperationsPolling;
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

/** What the dashboard host's Content-Security-Policy allows besides its own origin. */
export interface HostContentSecurityPolicyOptions {
  /** Origin of the VmOperations remote (manifest, entry, chunks, stylesheets); null when it is the host's. */
  remoteOrigin: string | null;
  /** `'sha256-…'` sources of the inline scripts of the host's index.html. */
  inlineScriptHashes?: readonly string[];
}

/**
 * The host page's Content-Security-Policy. Scripts run only from the host's origin, the remote's
 * origin and the page's own inline scripts by hash (no `'unsafe-eval'`, no `'unsafe-inline'`
 * scripts); requests go only to the host (which proxies `/api`) and the remote (its manifest).
 * Styles also allow `'unsafe-inline'`: Mantine writes its theme's CSS variables and responsive
 * rules into `<style>` elements at run time (their contents follow the theme and colour scheme,
 * so no hash can list them) and sets per-component CSS variables in `style` attributes, which
 * no nonce or hash can allow. Inline CSS cannot run script. No plugins, no `<base>` hijack, no
 * framing, forms post only to the host.
 */
export function hostContentSecurityPolicy(options: HostContentSecurityPolicyOptions): string {
  const remote = options.remoteOrigin ? [options.remoteOrigin] : [];
  return formatContentSecurityPolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...remote, ...(options.inlineScriptHashes ?? [])],
    'style-src': ["'self'", ...remote, "'unsafe-inline'"],
    'connect-src': ["'self'", ...remote],
    'img-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/** The origin of an absolute URL; null for a relative one (same origin as the page). */
function absoluteOrigin(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * A handler that puts the host's CSP on every response, then lets the next handler answer.
 * The inline-script hashes follow index.html when the build is replaced while serving.
 */
function contentSecurityPolicyHeader(hostDist: string, remoteOrigin: string | null) {
  const indexHtml = path.join(hostDist, 'index.html');
  let cached: { mtimeMs: number; policy: string } | null = null;
  return async (_req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const info = await stat(indexHtml).catch(() => null);
    const mtimeMs = info?.mtimeMs ?? -1;
    if (cached?.mtimeMs !== mtimeMs) {
      const html = info ? await readFile(indexHtml, 'utf8').catch(() => '') : '';
      cached = {
        mtimeMs,
        policy: hostContentSecurityPolicy({
          remoteOrigin,
          inlineScriptHashes: inlineScriptHashes(html),
        }),
      };
    }
    res.setHeader('Content-Security-Policy', cached.policy);
    return false;
  };
}

/**
 * The production layout: the remote's static build on its own origin, the host's static build
 * with `/config.json` (where to find the remote, read at request time) and an `/api` proxy to
 * the OMA API — the mock one unless a real API is given. Every host response carries the
 * Content-Security-Policy of `hostContentSecurityPolicy`, computed from the remote's origin.
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
  const hostDist = options.hostDist ?? path.join(repoRoot, 'host-shell/dist');
  const host = await listen(
    [
      contentSecurityPolicyHeader(hostDist, absoluteOrigin(remoteManifestUrl)),
      (req, res) => {
        if (!req.url?.startsWith('/config.json')) return false;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
        res.end(
          JSON.stringify({
            vmOperationsRemoteUrl: remoteManifestUrl,
            ...options.vmOperationsPolling,
          }),
        );
        return true;
      },
      (req, res) => {
        if (!req.url?.startsWith('/api/')) return false;
        forwardToApi(req, res);
        return true;
      },
      staticFiles({ root: hostDist, spaFallback: true }),
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
