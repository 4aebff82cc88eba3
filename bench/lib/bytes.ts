import type { Browser } from 'playwright-core';
import type { ServedApp } from './apps';
import { type FetchedResource, loadUntilListPainted, openInstrumentedPage } from './page';

/** Raw and gzip -9 bytes of some files. */
export interface ByteTotals {
  files: number;
  raw: number;
  gzip: number;
}

export interface KindTotals {
  js: ByteTotals;
  css: ByteTotals;
  /** Everything else fetched (HTML, JSON: config, manifest, API answers). */
  other: ByteTotals;
}

export interface OriginBytes extends KindTotals {
  origin: string;
  /** Each script and stylesheet: file name, raw and gzip bytes. */
  files: Array<{ file: string; kind: 'js' | 'css'; raw: number; gzip: number }>;
}

/** One load of the details page and everything fetched for it, by origin. */
export interface PageLoadBytes {
  url: string;
  /** Why the feature did not load on this page (null: it did, or the page has none). */
  loadError: string | null;
  host: OriginBytes;
  /** Only on a page that loads the remote. */
  remote: OriginBytes | null;
  /** `remoteEntry.js`, when the remote was loaded. */
  remoteEntry: ByteTotals | null;
  /** Host and remote together. */
  total: KindTotals;
  /** Library copies found in the JavaScript fetched. */
  libraryCopies: LibraryCopies;
  /** The Module Federation share scope after the load (null: no federation on the page). */
  shareScope: SharedInstance[] | null;
  /** What the page reported as console errors (CSP violations included) during the load. */
  consoleErrors: string[];
}

const empty = (): ByteTotals => ({ files: 0, raw: 0, gzip: 0 });

function add(totals: ByteTotals, resource: { rawBytes: number; gzipBytes: number }) {
  totals.files += 1;
  totals.raw += resource.rawBytes;
  totals.gzip += resource.gzipBytes;
}

function kindOf(resource: FetchedResource): 'js' | 'css' | 'other' {
  if (resource.type === 'script') return 'js';
  if (resource.type === 'stylesheet') return 'css';
  return 'other';
}

function sumOrigin(origin: string, resources: readonly FetchedResource[]): OriginBytes {
  const result: OriginBytes = { origin, js: empty(), css: empty(), other: empty(), files: [] };
  for (const resource of resources) {
    if (resource.origin !== origin || resource.status >= 400) continue;
    const kind = kindOf(resource);
    add(result[kind], resource);
    if (kind !== 'other') {
      const file = new URL(resource.url).pathname.split('/').pop() ?? resource.url;
      result.files.push({ file, kind, raw: resource.rawBytes, gzip: resource.gzipBytes });
    }
  }
  result.files.sort((a, b) => b.gzip - a.gzip);
  return result;
}

function addTotals(...parts: Array<KindTotals | null>): KindTotals {
  const total: KindTotals = { js: empty(), css: empty(), other: empty() };
  for (const part of parts) {
    if (!part) continue;
    for (const kind of ['js', 'css', 'other'] as const) {
      total[kind].files += part[kind].files;
      total[kind].raw += part[kind].raw;
      total[kind].gzip += part[kind].gzip;
    }
  }
  return total;
}

/**
 * Strings that survive minification and occur in exactly one file of each library's
 * production build: a file containing one is a copy of that library.
 */
export const LIBRARY_MARKERS = {
  react: 'The argument must be a React element, but you passed',
  'react-dom': '__reactContainer$',
  '@mantine/core': 'MantineProvider was not found in component tree',
  valibot: 'vendor:"valibot"',
} as const;
export type LibraryName = keyof typeof LIBRARY_MARKERS;
export type LibraryCopies = Record<LibraryName, { copies: number; files: string[] }>;

function findLibraryCopies(resources: readonly FetchedResource[]): LibraryCopies {
  const copies = {} as LibraryCopies;
  for (const [library, marker] of Object.entries(LIBRARY_MARKERS) as Array<[LibraryName, string]>) {
    const files = resources
      .filter((resource) => resource.type === 'script' && resource.text.includes(marker))
      .map((resource) => resource.url);
    copies[library] = { copies: files.length, files };
  }
  return copies;
}

/** A shared module registered in the federation share scope. */
export interface SharedInstance {
  name: string;
  version: string;
  /** The container that provided it. */
  from: string;
  /** Whether this copy was loaded (executed) by anyone. */
  loaded: boolean;
  /** The containers that use it. */
  usedBy: string[];
}

/** Reads `__FEDERATION__.__SHARE__`: which copies of each shared package were registered and loaded. */
function readShareScope(): SharedInstance[] | null {
  type Entry = {
    from?: string;
    loaded?: boolean;
    lib?: unknown;
    useIn?: string[];
    treeShaking?: { loaded?: boolean; lib?: unknown; useIn?: string[] };
  };
  const federation = (globalThis as { __FEDERATION__?: { __SHARE__?: unknown } }).__FEDERATION__;
  const share = federation?.__SHARE__ as
    | Record<string, Record<string, Record<string, Record<string, Entry>>>>
    | undefined;
  if (!share) return null;
  const seen = new Map<string, SharedInstance>();
  for (const scopes of Object.values(share)) {
    for (const packages of Object.values(scopes)) {
      for (const [name, versions] of Object.entries(packages)) {
        for (const [version, entry] of Object.entries(versions)) {
          const from = entry.from ?? '?';
          const variants: Array<[string, Entry | undefined]> = [
            ['', entry],
            [' (tree-shaken)', entry.treeShaking],
          ];
          for (const [suffix, variant] of variants) {
            if (!variant) continue;
            const loaded = Boolean(variant.loaded) || typeof variant.lib === 'function';
            if (suffix && !loaded) continue;
            const key = `${name}@${version}${suffix}`;
            const known = seen.get(key);
            const usedBy = [...new Set([...(known?.usedBy ?? []), ...(variant.useIn ?? [])])];
            seen.set(key, {
              name: `${name}${suffix}`,
              version,
              from,
              loaded: loaded || Boolean(known?.loaded),
              usedBy,
            });
          }
        }
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Loads `path` once in a fresh context and accounts for every byte fetched. */
export async function measurePageBytes(
  browser: Browser,
  app: ServedApp,
  path: string,
): Promise<PageLoadBytes> {
  const view = await openInstrumentedPage(browser);
  const consoleErrors: string[] = [];
  view.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    const url = `${app.hostUrl}${path}`;
    let loadError: string | null = null;
    if (app.hasFeature) {
      // The feature's list, or the bench host's own failure notice (the remote did not load).
      const failed = view.page
        .waitForSelector('[data-bench-page="failed"]', { state: 'attached', timeout: 60_000 })
        .then(async (element) => (await element?.getAttribute('data-bench-error')) || 'failed');
      const painted = loadUntilListPainted(view.page, url).then(() => null);
      // Whichever loses is abandoned (and rejects when the context closes).
      painted.catch(() => {});
      failed.catch(() => {});
      loadError = await Promise.race([painted, failed]);
    } else {
      // A baseline page: the host's own page, settled, without the feature.
      await view.page.goto(url, { waitUntil: 'load' });
      await view.page.waitForSelector('[data-bench-page="none"]', { state: 'attached' });
    }
    // Whatever is fetched after first paint (lazy chunks) is part of the first load too.
    await view.page.waitForLoadState('networkidle');
    const resources = await view.resources();
    const host = sumOrigin(new URL(app.hostUrl).origin, resources);
    const remote = app.remoteUrl ? sumOrigin(new URL(app.remoteUrl).origin, resources) : null;
    const entry = resources.find((resource) => resource.url.endsWith('/remoteEntry.js'));
    return {
      url: path,
      loadError,
      host,
      remote,
      remoteEntry: entry ? { files: 1, raw: entry.rawBytes, gzip: entry.gzipBytes } : null,
      total: addTotals(host, remote),
      libraryCopies: findLibraryCopies(resources),
      shareScope: await view.page.evaluate(readShareScope),
      consoleErrors,
    };
  } finally {
    await view.close();
  }
}
