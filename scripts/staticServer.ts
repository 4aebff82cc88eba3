import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
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
}

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
    res.writeHead(200, {
      ...options.headers,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': cacheControlFor(file),
      'X-Content-Type-Options': 'nosniff',
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

/** Forwards the request to `target` (an origin), keeping path and query; 502 when it is down. */
export function proxyTo(target: string) {
  const origin = new URL(target);
  return (req: IncomingMessage, res: ServerResponse) => {
    const upstream = http.request(
      {
        protocol: origin.protocol,
        hostname: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: origin.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      console.error(`[proxy] ${req.method} ${req.url} → ${target}: ${error.message}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          error: 'The OMA API could not be reached',
          timestamp: new Date().toISOString(),
        }),
      );
    });
    req.pipe(upstream);
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** Starts a server trying each handler in turn; 404 when none handles the request. */
export function listen(handlers: Handler[], port: number, host: string): Promise<RunningServer> {
  const server = http.createServer(async (req, res) => {
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
