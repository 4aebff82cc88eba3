import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { buildApiError } from '../fixtures/builders';
import { isoAt } from '../fixtures/time';
import { createHandlers } from '../handlers/api';
import { RAW_PATH_HEADER } from '../handlers/paths';
import { createMockOmaState, type MockOmaState } from '../state';
import { CONTROL_BASE_PATH, createControlHandlers } from './control';

export interface StartMockOmaApiOptions {
  /** Port to listen on (default 8082, as the real OMA API; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1: loopback only). */
  host?: string;
  /** The state to serve (default: a fresh one). */
  state?: MockOmaState;
  /** Speed of running operations for a fresh state (ignored when `state` is given). */
  speed?: number;
}

export interface MockOmaApi {
  /** Base URL of the API, e.g. `http://127.0.0.1:8082/api/v1`. */
  url: string;
  port: number;
  state: MockOmaState;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

export const DEFAULT_MOCK_API_PORT = 8082;
export const DEFAULT_MOCK_API_HOST = '127.0.0.1';
/** Largest request body accepted, in bytes. */
export const MAX_REQUEST_BODY_BYTES = 1_048_576;

// Connection-level headers belong to this hop, not to the Fetch request.
const HOP_BY_HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
  'host',
  'content-length',
]);

// A loopback dev tool: any page may call it.
const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

class BodyTooLargeError extends Error {}
class MalformedUrlError extends Error {}

function parseUrl(rawPath: string, origin: string): URL {
  try {
    return new URL(rawPath, origin);
  } catch {
    throw new MalformedUrlError(rawPath);
  }
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_REQUEST_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Node's request as a Fetch `Request`; the raw path travels in a header for the request log. */
async function toFetchRequest(
  incoming: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Promise<Request> {
  const rawPath = incoming.url ?? '/';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  headers.set(RAW_PATH_HEADER, rawPath);
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(incoming) : undefined;
  return new Request(parseUrl(rawPath, origin), {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    signal,
  });
}

async function sendResponse(outgoing: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

function sendJson(outgoing: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  outgoing.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  outgoing.end(text);
}

function preflight(incoming: IncomingMessage, outgoing: ServerResponse): void {
  const requested = incoming.headers['access-control-request-headers'];
  outgoing.writeHead(204, {
    ...CORS_HEADERS,
    'Access-Control-Allow-Headers': requested ?? 'Content-Type',
    'content-length': '0',
  });
  outgoing.end();
}

/** An address of this machine's loopback interface (IPv4, IPv6, or IPv4-mapped IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return ipv4.startsWith('127.') || address === '::1';
}

/**
 * Whether a request may use the control endpoints: sent from this machine itself, not relayed
 * by a proxy (which connects from loopback too, on behalf of anyone who reaches it).
 */
export function mayUseControlEndpoints(incoming: IncomingMessage): boolean {
  const relayed = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (name) => incoming.headers[name] !== undefined,
  );
  return !relayed && isLoopbackAddress(incoming.socket.remoteAddress);
}

/**
 * The mock OMA API over real HTTP, answering with the same msw handlers the Jest tests
 * use, plus the `/__mock` control endpoints: only at `/__mock/…` as sent (no prefix, no dot
 * segments leading there) and only for loopback clients that no proxy relayed.
 */
export async function startMockOmaApi(options: StartMockOmaApiOptions = {}): Promise<MockOmaApi> {
  const host = options.host ?? DEFAULT_MOCK_API_HOST;
  const state = options.state ?? createMockOmaState({ speed: options.speed });
  const apiHandlers: RequestHandler[] = createHandlers(state);
  let controlHandlers: RequestHandler[] = [];
  let origin = '';

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      if (incoming.method === 'OPTIONS') {
        preflight(incoming, outgoing);
        return;
      }
      const timestamp = isoAt(state.now());
      const isControl = (incoming.url ?? '/').startsWith(`${CONTROL_BASE_PATH}/`);
      if (isControl && !mayUseControlEndpoints(incoming)) {
        sendJson(
          outgoing,
          403,
          buildApiError('Mock control endpoints answer loopback clients only', timestamp),
        );
        return;
      }
      const handlers = isControl ? controlHandlers : apiHandlers;
      // Aborts when the client goes away or the server closes, ending slow answers early.
      const aborter = new AbortController();
      outgoing.once('close', () => aborter.abort());
      try {
        const request = await toFetchRequest(incoming, origin, aborter.signal);
        const response = await getResponse(handlers, request);
        if (!response) {
          sendJson(
            outgoing,
            404,
            buildApiError(`Route not found: ${request.method} ${incoming.url ?? '/'}`, timestamp),
          );
        } else if (response.type === 'error' || aborter.signal.aborted) {
          // A network error: the client sees the connection drop without a response.
          incoming.socket.destroy();
        } else {
          await sendResponse(outgoing, response);
        }
      } catch (error) {
        if (outgoing.headersSent) {
          outgoing.destroy();
        } else if (error instanceof BodyTooLargeError) {
          sendJson(outgoing, 413, buildApiError('Request body too large', timestamp));
        } else if (error instanceof MalformedUrlError || error instanceof URIError) {
          // An unparseable URL, or percent-escapes that do not decode.
          sendJson(outgoing, 400, buildApiError('Malformed request URL', timestamp));
        } else {
          console.error('Mock OMA API failed to answer a request:', error);
          sendJson(outgoing, 500, buildApiError('Internal server error', timestamp));
        }
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_MOCK_API_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${port}`;
  controlHandlers = createControlHandlers(state, origin);

  return {
    url: `${origin}/api/v1`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
