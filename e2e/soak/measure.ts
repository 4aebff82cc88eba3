import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { ProbeSnapshot } from './probe';

/** One measurement of the page, after a forced garbage collection. */
export interface Sample {
  /** ms since the soak's first sample (negative for the baseline). */
  atMs: number;
  /** JS heap in use after a full GC (`Runtime.getHeapUsage().usedSize`), bytes; compiled code included. */
  heapUsedBytes: number;
  /** A heap snapshot's bytes by type, and the page's JS data without compiled code. */
  heap: HeapBreakdown;
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

/** DevTools' handles of this file's objects, released together so the sampling retains nothing. */
const OBJECT_GROUP = 'soak-sample';

async function listenersOf(cdp: CDPSession, expression: 'window' | 'document'): Promise<number> {
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      objectGroup: OBJECT_GROUP,
    });
    if (!result.objectId) throw new Error(`No remote object for ${expression}`);
    // The handlers it returns join the object's group.
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    return listeners.length;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
  }
}

/** Bytes of a heap snapshot by node type (`object`, `string`, `code`, `native`…). */
export type HeapByType = Record<string, number>;

/** What a heap snapshot's bytes say about the page's own JavaScript data. */
export interface HeapBreakdown {
  byType: HeapByType;
  /**
   * Everything but compiled code (`code`: grows as the JIT optimises more functions, and
   * stops) and the browser's native objects (`native`: DOM and the DevTools/performance
   * timeline buffers, bounded; DOM growth is counted as nodes): the page's objects, arrays,
   * strings, closures and their shapes.
   */
  jsObjectsBytes: number;
}

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Takes a heap snapshot (after a GC), sums it by node type, and writes it to `file` if given. */
export async function heapBreakdown(cdp: CDPSession, file?: string): Promise<HeapBreakdown> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await collectGarbage(cdp);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const text = chunks.join('');
  if (file) await writeFile(file, text);
  const snapshot = JSON.parse(text) as HeapSnapshotJson;
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const byType: HeapByType = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = typeNames[snapshot.nodes[i + typeAt] as number] ?? 'unknown';
    byType[type] = (byType[type] ?? 0) + (snapshot.nodes[i + sizeAt] as number);
  }
  const jsObjectsBytes = Object.entries(byType)
    .filter(([type]) => type !== 'code' && type !== 'native')
    .reduce((sum, [, bytes]) => sum + bytes, 0);
  return { byType, jsObjectsBytes };
}

/**
 * Measures the page: GC, the probe's count (its weak references cleared by then), GC again
 * (the count's own garbage), then the heap, Chromium's metrics and a heap snapshot (written to
 * `snapshotFile` when given).
 */
export async function takeSample(
  page: Page,
  cdp: CDPSession,
  atMs: number,
  since?: number,
  snapshotFile?: string,
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
  const heapSnapshot = await heapBreakdown(cdp, snapshotFile);
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    atMs,
    heapUsedBytes: heap.usedSize,
    heap: heapSnapshot,
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
