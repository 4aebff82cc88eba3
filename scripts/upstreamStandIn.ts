import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/*
 * Test doubles for the production server's tests: an OMA API stand-in that records what
 * reaches it, and a client that sends a request exactly as given.
 */

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface Upstream {
  origin: string;
  received: Received[];
  /** Requests that arrived and are still open (their connection not closed). */
  open(): number;
  close(): Promise<void>;
}

/**
 * An OMA API stand-in: `/api/v1/slow` never answers; anything else answers 200 with the path
 * it received, and a hop-by-hop header of its own that a proxy must not pass on.
 */
export async function startUpstream(tls?: { key: string; cert: string }): Promise<Upstream> {
  const received: Received[] = [];
  let open = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    open += 1;
    res.once('close', () => {
      open -= 1;
    });
    if (req.url === '/api/v1/slow') return;
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      Connection: 'x-upstream-hop',
      'X-Upstream-Hop': 'secret',
      'X-Upstream-End-To-End': 'kept',
    });
    res.end(JSON.stringify({ path: req.url }));
  };
  const server = tls ? https.createServer(tls, handle) : http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    received,
    open: () => open,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A request sent exactly as given: the path is not normalised, any header may be set. */
export function rawRequest(
  url: string,
  requestPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: requestPath,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${requestPath}`)));
    req.on('error', reject);
    req.end();
  });
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
