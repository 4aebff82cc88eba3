import type { NextRequest } from 'next/server';
import { omaFetch } from '../../../../lib/omaApi';

/*
 * The browser's way to the OMA API: same-origin `/api/v1/*`, forwarded with the bearer token.
 * VmOperations calls `/api/v1` on the page's origin by default, so it goes through here too.
 */

type Context = { params: Promise<{ path: string[] }> };

async function forward(request: NextRequest, { params }: Context): Promise<Response> {
  const { path } = await params;
  const upstream = await omaFetch(
    `${path.map(encodeURIComponent).join('/')}${request.nextUrl.search}`,
    {
      method: request.method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: request.method === 'GET' ? undefined : await request.text(),
    },
  );
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { 'Content-Type': upstream.headers.get('Content-Type') ?? 'application/json' },
  });
}

export { forward as GET, forward as POST };
