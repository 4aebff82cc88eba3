import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A running HTTP server and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Files named like main.1a2b3c4d.js never change content: a CDN may keep them forever.
const HASHED_FILE = /\.[0-9a-f]{8}\.(?:js|css|mjs)$/;

/** Cache policy: hashed assets immutable; manifest, remote entry, HTML and config revalidated. */
export function cacheControlFor(filePath: string): string {
  return HASHED_FILE.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface StaticSiteOptions {
  root: string;
  /** Serve index.html for unknown paths that are not asset files (client-side routing). */
  spaFallback?: boolean;
  /** Extra headers on every response (e.g. CORS for the remote's origin). */
  headers?: Record<string, string>;
  /**
   * Serve `*.map` files (default false: they hold the full sources, and are kept as build
   * artifacts for whoever debugs a release, not published beside it).
   */
  sourceMaps?: boolean;
  /** Rewrites each HTML page as it is sent (e.g. to give its inline scripts this response's nonce). */
  rewriteHtml?: (html: string, req: IncomingMessage, res: ServerResponse) => string;
}

/** A source map, by its file name. */
export const SOURCE_MAP_FILE = /\.map$/i;

/** Returns a request handler serving files below `root`; false when it did not handle it. */
export function staticFiles(options: StaticSiteOptions) {
  const root = path.resolve(options.root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const rawPath = new URL(req.url ?? '/', 'http://x').pathname;
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      pathname = rawPath;
    }
    if (!options.sourceMaps && SOURCE_MAP_FILE.test(pathname)) return false;
    let file = path.resolve(root, `.${pathname}`);
    // A path that climbs out of the folder names no file here (it may still be a route).
    const insideRoot = file === root || file.startsWith(`${root}${path.sep}`);
    let info = insideRoot ? await stat(file).catch(() => null) : null;
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    // A VM page such as /vms/db01.corp.local has a dot but is a route; a missing /x.js is a 404.
    const isAssetPath = path.extname(pathname).toLowerCase() in CONTENT_TYPES;
    if (!info && options.spaFallback && !isAssetPath) {
      file = path.join(root, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return false;
    if (options.rewriteHtml && path.extname(file) === '.html') {
      const html = options.rewriteHtml(await readFile(file, 'utf8'), req, res);
      res.writeHead(200, {
        ...options.headers,
        'Content-Type': CONTENT_TYPES['.html'],
        'Content-Length': Buffer.byteLength(html),
        'Cache-Control': cacheControlFor(file),
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    }
    res.writeHead(200, {
      ...options.headers,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': cacheControlFor(file),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

/**
 * The CSP sources (`'sha256-…'`) of the inline `<script>` elements of an HTML page, so a policy
 * can allow exactly those scripts without `'unsafe-inline'`.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
  )) {
    if (/\ssrc\s*=/i.test(` ${attributes}`) || body === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/** A Content-Security-Policy header value: directives in order, each with its sources. */
export function formatContentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>>,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...new Set(sources)].join(' '))
    .join('; ');
}

/** Answered when the OMA API cannot be reached at all. */
export const API_UNREACHABLE_MESSAGE = 'The OMA API could not be reached';
/** Answered when the OMA API accepted the request but did not answer in time. */
export const API_TIMEOUT_MESSAGE = 'The OMA API did not answer in time';
/** Answered for an `/api` path that is refused before it reaches the OMA API. */
export const API_PATH_REFUSED_MESSAGE = 'The request path is not allowed';

/** How long the OMA API may stay silent before the proxy gives up: nginx's proxy_read_timeout. */
export const DEFAULT_API_TIMEOUT_MS = 60_000;

// Headers of one connection (RFC 9110 §7.6.1), never forwarded by a proxy in either direction.
const HOP_BY_HOP_HEADERS = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/** `headers` without the hop-by-hop ones, nor those the `Connection` header names. */
export function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const dropped = new Set([...HOP_BY_HOP_HEADERS, ...named]);
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !dropped.has(name)) kept[name] = value;
  }
  return kept;
}

// A segment that is "." or ".." once %2e is decoded, but was sent encoded: a client building
// URLs honestly never sends one, and servers disagree on whether to resolve it.
const ENCODED_DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * The path and query to forward for a request target, with its dot segments resolved; null when
 * it is refused: not a plain path, a backslash (a separator to some servers, not to others), an
 * encoded dot segment, or a path that does not stay under `prefix` once normalised.
 */
export function normalisedPathUnder(requestTarget: string, prefix: string): string | null {
  if (!requestTarget.startsWith('/') || requestTarget.startsWith('//')) return null;
  if (requestTarget.includes('\\')) return null;
  const rawPath = requestTarget.split('?', 1)[0] ?? '';
  if (
    rawPath.split('/').some((segment) => /%2e/i.test(segment) && ENCODED_DOT_SEGMENT.test(segment))
  )
    return null;
  let url: URL;
  try {
    url = new URL(`http://upstream.invalid${requestTarget}`);
  } catch {
    return null;
  }
  return url.pathname.startsWith(prefix) ? `${url.pathname}${url.search}` : null;
}

// No Cache-Control: none of these statuses is cacheable unless it says so (as with nginx).
function sendJsonError(res: ServerResponse, status: number, error: string) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error, timestamp: new Date().toISOString() }));
}

export interface ProxyOptions {
  /** Only paths under this prefix are forwarded, normalised (default `/api/`). */
  pathPrefix?: string;
  /** Milliseconds the upstream may stay silent before a 504 (default 60 s). */
  timeoutMs?: number;
  /** Certificate authorities trusted for an `https:` upstream (default: Node's, plus NODE_EXTRA_CA_CERTS). */
  ca?: string | Buffer;
}

class UpstreamTimeoutError extends Error {}

/**
 * Forwards the request to `target` (an `http:` or `https:` origin): the normalised path and
 * query, end-to-end headers only, the client's address appended to `X-Forwarded-For`. A refused
 * path is a 400, an upstream that cannot be reached a 502, one that stays silent a 504, each
 * with a JSON body like the API's errors; the upstream request is dropped when the client goes.
 */
export function proxyTo(target: string, options: ProxyOptions = {}) {
  const origin = new URL(target);
  const transport = origin.protocol === 'https:' ? https : http;
  const pathPrefix = options.pathPrefix ?? '/api/';
  const timeoutMs = options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS;
  return (req: IncomingMessage, res: ServerResponse) => {
    const upstreamPath = normalisedPathUnder(req.url ?? '/', pathPrefix);
    if (upstreamPath === null) {
      req.resume();
      sendJsonError(res, 400, API_PATH_REFUSED_MESSAGE);
      return;
    }
    const headers = endToEndHeaders(req.headers);
    const client = req.socket.remoteAddress ?? '';
    const forwardedFor = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${client}` : client;
    headers['x-forwarded-proto'] =
      'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
    headers.host = origin.host;
    const upstream = transport.request(
      {
        protocol: origin.protocol,
        hostname: origin.hostname,
        port: origin.port,
        method: req.method,
        path: upstreamPath,
        headers,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, endToEndHeaders(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new UpstreamTimeoutError()));
    // The client went away (or the answer is complete): nothing upstream is waited for any more.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('error', (error) => {
      if (res.destroyed) return;
      const timedOut = error instanceof UpstreamTimeoutError;
      console.error(
        `[proxy] ${req.method} ${upstreamPath} → ${origin.origin}: ${timedOut ? `no answer in ${timeoutMs} ms` : error.message}`,
      );
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJsonError(
        res,
        timedOut ? 504 : 502,
        timedOut ? API_TIMEOUT_MESSAGE : API_UNREACHABLE_MESSAGE,
      );
    });
    req.pipe(upstream);
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/**
 * Headers on every response of both production sites, whatever answers (a file, `/config.json`,
 * the `/api` proxy, a 404): deploy/nginx's template sends the same, which a test compares.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // No page URL (VM names) in requests to other origins, nor in links followed from the app.
  'Referrer-Policy': 'no-referrer',
  // With the right Content-Type on every answer, a browser never guesses another.
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Starts a server trying each handler in turn; 404 when none handles the request. Every
 * response carries SECURITY_HEADERS and `headers`.
 */
export function listen(
  handlers: Handler[],
  port: number,
  host: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const server = http.createServer(async (req, res) => {
    for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers })) {
      res.setHeader(name, value);
    }
    try {
      for (const handle of handlers) if (await handle(req, res)) return;
      res.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      res.end('Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
