import { type NextRequest, NextResponse } from 'next/server';

/*
 * The page's Content-Security-Policy. Next.js puts the nonce on its own scripts; the remote's
 * origin may serve scripts (remoteEntry.js, chunks), styles and the manifest (fetched). Styles
 * allow 'unsafe-inline' for the style attributes the feature's components set.
 */
export function middleware(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const remote = new URL(process.env.VM_OPERATIONS_REMOTE_URL ?? 'http://invalid').origin;
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' ${remote}`,
    `style-src 'self' 'unsafe-inline' ${remote}`,
    `connect-src 'self' ${remote}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = { matcher: ['/((?!api/|_next/static|favicon.ico).*)'] };
