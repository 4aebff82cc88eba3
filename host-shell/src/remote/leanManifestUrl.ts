/** Folder of the remote's lean manifest, beside its default one (see the README's opt-in). */
export const LEAN_MANIFEST_DIR = 'lean';

/**
 * The lean manifest next to a remote's default one: `…/mf-manifest.json` becomes
 * `…/lean/mf-manifest.json`. Its entry uses the federation runtime this host already ships
 * (built with `provideExternalRuntime`) instead of bringing its own, which saves the bytes of
 * a second runtime. Relative URLs stay relative to the page.
 */
export function leanManifestUrl(manifestUrl: string): string {
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  const url = new URL(manifestUrl, base);
  const slash = url.pathname.lastIndexOf('/');
  url.pathname = `${url.pathname.slice(0, slash + 1)}${LEAN_MANIFEST_DIR}/${url.pathname.slice(slash + 1)}`;
  return url.href;
}
