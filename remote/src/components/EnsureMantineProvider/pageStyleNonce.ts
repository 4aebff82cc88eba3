/**
 * The nonce a host's Content-Security-Policy gives this page for `<style>` elements, where the
 * host exposes it: a `<meta property="csp-nonce">` (Vite's `html.cspNonce` convention) or the
 * nonce of its scripts (browsers keep it in `.nonce` and hide the attribute). The remote's own
 * Mantine gives it to the `<style>` elements it writes, so a nonce-based `style-src` lets them in.
 */
export function pageStyleNonce(): string | undefined {
  const carrier =
    document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]') ??
    document.querySelector<HTMLScriptElement>('script[nonce]');
  if (!carrier) return undefined;
  return carrier.nonce || carrier.getAttribute('nonce') || undefined;
}
