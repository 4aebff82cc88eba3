import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What the page recorded about itself (times in ms since navigation start). */
export interface PageMarks {
  /** When the first job of "Recent Operations" had text in the DOM. */
  listVisibleMs: number | null;
  /** The first frame after that had been painted. */
  listPaintedMs: number | null;
  /** The first job's text, to check the right thing was waited for. */
  firstJobText: string | null;
  /** Main-thread tasks of 50 ms or more (PerformanceObserver 'longtask'). */
  longTasks: Array<{ startMs: number; durationMs: number }>;
}

declare global {
  interface Window {
    __bench?: PageMarks;
  }
}

/**
 * Runs in the page before any of its scripts: records long tasks, and the moment the first
 * job of the "Recent Operations" list has text (a MutationObserver, so no polling delay), then
 * the end of the next frame, when that text has been painted. Plain JavaScript in a string:
 * it must reach the browser exactly as written, whatever compiles this file.
 */
const INSTRUMENT_PAGE = `(() => {
  const marks = { listVisibleMs: null, listPaintedMs: null, firstJobText: null, longTasks: [] };
  window.__bench = marks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        marks.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  function firstJobText() {
    for (const heading of document.querySelectorAll('h2')) {
      if (heading.textContent.trim() !== 'Recent Operations') continue;
      const section = heading.closest('section');
      const item = section && section.querySelector('ul > li');
      const text = item && item.textContent.trim();
      if (text) return text;
    }
    return null;
  }
  const observer = new MutationObserver(() => {
    if (marks.listVisibleMs !== null) return;
    const text = firstJobText();
    if (text === null) return;
    marks.listVisibleMs = performance.now();
    marks.firstJobText = text.slice(0, 160);
    observer.disconnect();
    // rAF callbacks run just before the frame is painted; a message posted there is
    // handled right after it.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.listPaintedMs = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** One response the page received. */
export interface FetchedResource {
  url: string;
  origin: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, … */
  type: string;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  /** Body of scripts (for library markers); empty for other types. */
  text: string;
}

export interface InstrumentedPage {
  context: BrowserContext;
  page: Page;
  /** Responses so far, bodies read. */
  resources(): Promise<FetchedResource[]>;
  close(): Promise<void>;
}

/** gzip -9 size: what a server compressing at the highest level would send. */
export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/**
 * A page in a fresh browser context (its own empty HTTP cache and connections), instrumented,
 * recording every response with its body (unless `readBodies` is false).
 */
export async function openInstrumentedPage(
  browser: Browser,
  options: { readBodies?: boolean } = {},
): Promise<InstrumentedPage> {
  const readBodies = options.readBodies ?? true;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
  });
  await context.addInitScript({ content: INSTRUMENT_PAGE });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const pending: Array<Promise<FetchedResource | null>> = [];
  page.on('response', (response) => {
    // Reading bodies costs the browser work: timed runs leave them alone.
    if (!readBodies) return;
    const request = response.request();
    const type = request.resourceType();
    pending.push(
      response.body().then(
        (body): FetchedResource => ({
          url: response.url(),
          origin: new URL(response.url()).origin,
          type,
          status: response.status(),
          rawBytes: body.length,
          gzipBytes: gzipSize(body),
          text: type === 'script' ? body.toString('utf8') : '',
        }),
        () => null,
      ),
    );
  });
  page.on('pageerror', (error) => {
    console.error(`  [page error] ${error.message}`);
  });
  return {
    context,
    page,
    async resources() {
      const all = await Promise.all(pending);
      return all.filter((resource): resource is FetchedResource => resource !== null);
    },
    close: () => context.close(),
  };
}

/**
 * Opens `url` and waits until the first job of the list has been painted; returns what the
 * page recorded.
 */
export async function loadUntilListPainted(page: Page, url: string): Promise<PageMarks> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.listPaintedMs != null, null, {
    timeout: 60_000,
    polling: 50,
  });
  const marks = await page.evaluate(() => window.__bench);
  if (!marks) throw new Error(`${url}: the page lost its instrumentation`);
  return marks;
}
