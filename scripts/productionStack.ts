import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockOmaApi } from '@migratekit/mocks/http';
import { HOST_RUNTIME_CONFIG_HEADERS, HOST_RUNTIME_CONFIG_PATH } from '../host-shell/server-config';
import {
  DEFAULT_BIND_HOST,
  DEFAULT_MOCK_API_HOST,
  parseOmaApiUrl,
  type VmOperationsPolling,
} from './environment';
import {
  formatContentSecurityPolicy,
  inlineScriptHashes,
  listen,
  normalisedPathUnder,
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
  /** A real OMA API origin, `http:` or `https:` (checked: a bad one throws); when set no mock is started. */
  omaApiUrl?: string;
  /** Milliseconds the OMA API may stay silent before `/api` answers 504 (default 60 s). */
  apiTimeoutMs?: number;
  /** Certificate authorities trusted for an `https:` OMA API (default: Node's, plus NODE_EXTRA_CA_CERTS). */
  apiCa?: string | Buffer;
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
export function serveRemote(dist: string, port: number, bindHost = DEFAULT_BIND_HOST) {
  // On every answer, 404s included: a missing chunk must read as a 404, not as a CORS error.
  return listen([staticFiles({ root: dist })], port, bindHost, {
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
}

/** What the dashboard host's Content-Security-Policy allows besides its own origin. */
export interface HostContentSecurityPolicyOptions {
  /**
   * The folder of the VmOperations remote as a CSP source (`https://cdn.example/vm-operations/`,
   * see `remoteSourceOf`): its manifest, entry, chunks and stylesheets; null when it is the host's.
   */
  remoteSource: string | null;
  /** `'sha256-…'` sources of the inline scripts of the host's index.html. */
  inlineScriptHashes?: readonly string[];
  /**
   * This response's nonce for `<style>` elements (Mantine's, given it by `getStyleNonce`);
   * without one, inline styles are allowed as `'unsafe-inline'`.
   */
  styleNonce?: string;
}

/**
 * The host page's Content-Security-Policy. Scripts run only from the host's origin, the remote's
 * folder (not its whole origin: a CDN serves other sites' files too) and the page's own inline
 * scripts by hash (no `'unsafe-eval'`, no `'unsafe-inline'` scripts); requests go only to the
 * host (which proxies `/api`) and the remote's folder (its manifest). `<style>` elements need
 * this response's nonce (`style-src-elem`): Mantine writes its theme's CSS variables and
 * responsive rules into `<style>` elements at run time, given the nonce by `getStyleNonce`.
 * Style attributes stay inline (`style-src-attr 'unsafe-inline'`): Mantine sets per-component
 * CSS variables in them, which no nonce can cover, and inline CSS cannot run script.
 * `style-src` keeps `'unsafe-inline'` for browsers without the two (before 2022). No plugins,
 * no `<base>` hijack, no framing, forms post only to the host.
 * deploy/nginx/vm-operations.conf.template sends the same policy (a test compares them).
 */
export function hostContentSecurityPolicy(options: HostContentSecurityPolicyOptions): string {
  const remote = options.remoteSource ? [options.remoteSource] : [];
  return formatContentSecurityPolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...remote, ...(options.inlineScriptHashes ?? [])],
    // Browsers without style-src-elem/-attr (before 2022) fall back to this one.
    'style-src': ["'self'", ...remote, "'unsafe-inline'"],
    ...(options.styleNonce
      ? {
          'style-src-elem': ["'self'", ...remote, `'nonce-${options.styleNonce}'`],
          'style-src-attr': ["'unsafe-inline'"],
        }
      : {}),
    'connect-src': ["'self'", ...remote],
    'img-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/**
 * The folder of an absolute manifest URL as a CSP source (`scheme://host[:port]/path/`, which
 * allows everything below that path and nothing else of the origin); null for a relative URL
 * (the host's own origin). `;` and `,` would end the source, so they are percent-encoded.
 */
export function remoteSourceOf(manifestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(manifestUrl);
  } catch {
    return null;
  }
  if (url.origin === 'null') return null;
  const folder = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
  return `${url.origin}${folder.replaceAll(';', '%3B').replaceAll(',', '%2C')}`;
}

/** What the host forwards to the OMA API. */
const API_PREFIX = '/api/';

/** The path of a request target, without its query. */
function pathOf(requestTarget: string | undefined): string {
  return (requestTarget ?? '/').split('?', 1)[0] ?? '/';
}

/**
 * Whether a request is the API's: its path starts with `/api/` as sent or once normalised. The
 * proxy refuses those whose normalised path leaves `/api/` (`/api/../__mock/…`) or that it
 * cannot normalise safely, rather than let them fall through to the app's page.
 */
function isApiRequest(requestTarget: string): boolean {
  return (
    pathOf(requestTarget).startsWith(API_PREFIX) ||
    normalisedPathUnder(requestTarget, API_PREFIX) !== null
  );
}

/** The style nonce of each host response, set with its policy. */
const styleNonces = new WeakMap<ServerResponse, string>();

/**
 * The page with this response's style nonce on its inline scripts (`<script nonce="…">`), where
 * the app reads it for Mantine's `<style>` elements; nginx's `sub_filter` does the same.
 */
function withStyleNonce(html: string, _req: IncomingMessage, res: ServerResponse): string {
  const nonce = styleNonces.get(res);
  return nonce ? html.replaceAll('<script>', `<script nonce="${nonce}">`) : html;
}

/**
 * A handler that puts the host's CSP on every response, then lets the next handler answer.
 * The inline-script hashes follow index.html when the build is replaced while serving.
 */
function contentSecurityPolicyHeader(hostDist: string, remoteSource: string | null) {
  const indexHtml = path.join(hostDist, 'index.html');
  let cached: { mtimeMs: number; hashes: string[] } | null = null;
  return async (_req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const info = await stat(indexHtml).catch(() => null);
    const mtimeMs = info?.mtimeMs ?? -1;
    if (cached?.mtimeMs !== mtimeMs) {
      const html = info ? await readFile(indexHtml, 'utf8').catch(() => '') : '';
      cached = { mtimeMs, hashes: inlineScriptHashes(html) };
    }
    const styleNonce = randomBytes(16).toString('hex');
    styleNonces.set(res, styleNonce);
    res.setHeader(
      'Content-Security-Policy',
      hostContentSecurityPolicy({ remoteSource, inlineScriptHashes: cached.hashes, styleNonce }),
    );
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
  const bindHost = options.bindHost ?? DEFAULT_BIND_HOST;
  // Checked before anything starts: a bad URL would otherwise fail every API call.
  const omaApiOrigin = options.omaApiUrl ? parseOmaApiUrl(options.omaApiUrl) : null;
  const mock = omaApiOrigin
    ? null
    : await startMockOmaApi({
        port: options.mockApiPort,
        // Loopback only: the mock's control endpoints must stay unreachable from elsewhere.
        host: DEFAULT_MOCK_API_HOST,
        speed: options.mockSpeed,
      });
  const apiOrigin = omaApiOrigin ?? new URL(mock?.url ?? '').origin;
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
  const forwardToApi = proxyTo(apiOrigin, {
    pathPrefix: API_PREFIX,
    timeoutMs: options.apiTimeoutMs,
    ca: options.apiCa,
  });
  const hostDist = options.hostDist ?? path.join(repoRoot, 'host-shell/dist');
  const host = await listen(
    [
      contentSecurityPolicyHeader(hostDist, remoteSourceOf(remoteManifestUrl)),
      (req, res) => {
        if (pathOf(req.url) !== HOST_RUNTIME_CONFIG_PATH) return false;
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405, {
            Allow: 'GET, HEAD',
            'Content-Type': 'text/plain; charset=utf-8',
            'Cache-Control': 'no-store',
          });
          res.end('Method not allowed');
          return true;
        }
        const body = JSON.stringify({
          vmOperationsRemoteUrl: remoteManifestUrl,
          ...options.vmOperationsPolling,
        });
        res.writeHead(200, HOST_RUNTIME_CONFIG_HEADERS);
        res.end(req.method === 'HEAD' ? undefined : body);
        return true;
      },
      (req, res) => {
        if (!isApiRequest(req.url ?? '/')) return false;
        forwardToApi(req, res);
        return true;
      },
      staticFiles({ root: hostDist, spaFallback: true, rewriteHtml: withStyleNonce }),
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
