import { request as httpRequest } from 'node:http';
import { type MockOmaApi, startMockOmaApi } from './server';

/*
 * For the HTTP tests: one mock API on a free port per test file, its state reset after each
 * test, and requests to it (fetch, or node:http where a path must go out exactly as written).
 */

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Registers the Jest hooks that start, reset and close the API; returns it and its requests. */
export function useMockOmaApi() {
  let api: MockOmaApi | undefined;
  beforeAll(async () => {
    api = await startMockOmaApi({ port: 0 });
  });
  afterEach(() => api?.state.reset());
  afterAll(() => api?.close());

  function started(): MockOmaApi {
    if (!api) throw new Error('The mock API is not started yet');
    return api;
  }

  async function call(path: string, init?: RequestInit): Promise<HttpAnswer> {
    const response = await fetch(`${new URL(started().url).origin}${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: safeJson(text) };
  }

  function post(path: string, body?: unknown): Promise<HttpAnswer> {
    return call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  function rawRequest(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: started().port, path, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: safeJson(Buffer.concat(chunks).toString()),
          }),
        );
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  return {
    get api(): MockOmaApi {
      return started();
    },
    call,
    post,
    /** A request with a path exactly as given (fetch would normalise it). */
    rawGet: (path: string) => rawRequest('GET', path),
    rawRequest,
  };
}
