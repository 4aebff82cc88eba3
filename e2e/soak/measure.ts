import type { CDPSession, Page } from 'playwright-core';
import type { ProbeSnapshot } from './probe';

/** One measurement of the page, after a forced garbage collection. */
export interface Sample {
  /** ms since the soak's first sample (negative for the baseline). */
  atMs: number;
  /** JS heap in use after a full GC (`Runtime.getHeapUsage().usedSize`), bytes. */
  heapUsedBytes: number;
  /** `Performance.getMetrics`: JS heap used, DOM nodes alive, JS event listeners, documents. */
  metrics: { jsHeapUsedBytes: number; nodes: number; jsEventListeners: number; documents: number };
  /** `DOMDebugger.getEventListeners` of `window` and `document`. */
  cdpListeners: { window: number; document: number };
  /** The page's own count of live timers and listeners (see probe.ts). */
  probe: ProbeSnapshot;
}

/** Chromium's DevTools session of the page, with what the samples need enabled. */
export async function openDevTools(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  // Twice: the first collection runs finalizers (WeakRefs, FinalizationRegistry) whose targets
  // the second one then frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function listenersOf(cdp: CDPSession, expression: 'window' | 'document'): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) throw new Error(`No remote object for ${expression}`);
  try {
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    return listeners.length;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
}

/**
 * Measures the page: GC, the probe's count (its weak references cleared by then), GC again
 * (the count's own garbage), then the heap and Chromium's metrics.
 */
export async function takeSample(
  page: Page,
  cdp: CDPSession,
  atMs: number,
  since?: number,
): Promise<Sample> {
  await collectGarbage(cdp);
  const probe = await page.evaluate((from) => {
    const probe = window.__soakProbe;
    if (!probe) throw new Error('The soak probe is not installed in this page.');
    return probe.snapshot(from ?? undefined);
  }, since ?? null);
  const cdpListeners = {
    window: await listenersOf(cdp, 'window'),
    document: await listenersOf(cdp, 'document'),
  };
  await collectGarbage(cdp);
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    atMs,
    heapUsedBytes: heap.usedSize,
    metrics: {
      jsHeapUsedBytes: metric('JSHeapUsedSize'),
      nodes: metric('Nodes'),
      jsEventListeners: metric('JSEventListeners'),
      documents: metric('Documents'),
    },
    cdpListeners,
    probe,
  };
}
