/*
 * What the soak installs in the page before any of its scripts: a count of the timers and event
 * listeners that are alive (a timeout until it fires or is cleared, an interval until it is
 * cleared, a listener until it is removed, its `once` event fires, its `signal` aborts or its
 * target is garbage), each with a sequence number and the first frame outside this script that
 * created it. Targets and listeners are held weakly, so counting does not keep anything alive.
 * Plain JavaScript in a string: it must reach the browser exactly as written.
 */

/** One timer or listener still alive. */
export interface LiveEntry {
  /** `timeout`, `interval`, or `listener`. */
  kind: 'timeout' | 'interval' | 'listener';
  /** Creation order, across all kinds (compare with `ProbeSnapshot.sequence`). */
  sequence: number;
  /** A timer's delay (ms), or a listener's event type. */
  what: string;
  /** What the listener is on: `window`, `document`, `node` (in the document), `detached node`, or the target's class. */
  on: string | null;
  /** The first stack frame outside the probe that created it. */
  createdAt: string;
}

/** The page's live timers and listeners at one moment. */
export interface ProbeSnapshot {
  /** The sequence number the next timer or listener will get. */
  sequence: number;
  timeouts: number;
  intervals: number;
  listeners: {
    total: number;
    window: number;
    document: number;
    /** On nodes in the document. */
    connected: number;
    /** On nodes not in the document that are still alive (after a GC: retained). */
    detached: number;
    /** On other targets (media queries, abort signals, channels…). */
    other: number;
  };
  /** Timers and listeners created so far. */
  created: { timeouts: number; intervals: number; listeners: number };
  /** Elements in the document. */
  elements: number;
  /** Every live entry created at or after `since`, when asked for. */
  entries?: LiveEntry[];
}

declare global {
  interface Window {
    __soakProbe?: { snapshot(since?: number): ProbeSnapshot };
  }
}

/** The init script. With `injectLeak`, it also leaks on purpose (see `SOAK_INJECT_LEAK`). */
export function probeScript({ injectLeak }: { injectLeak: boolean }): string {
  return `(() => {
  if (window.__soakProbe) return;
  const nativeSetTimeout = window.setTimeout;
  const nativeClearTimeout = window.clearTimeout;
  const nativeSetInterval = window.setInterval;
  const nativeClearInterval = window.clearInterval;
  const nativeAdd = EventTarget.prototype.addEventListener;
  const nativeRemove = EventTarget.prototype.removeEventListener;
  let sequence = 0;
  const created = { timeouts: 0, intervals: 0, listeners: 0 };
  const timers = new Map();
  const targets = new Set();
  const recordsOf = new WeakMap();

  const createdAt = () => {
    const lines = (new Error().stack || '').split('\\n').slice(1);
    const frame = lines.find((line) => !line.includes('soak-probe.js'));
    return frame ? frame.trim().replace(/^at /, '') : 'unknown';
  };

  window.setTimeout = function (handler, delay, ...args) {
    let id;
    const run = typeof handler === 'function'
      ? function () { timers.delete(id); return handler.apply(this, arguments); }
      : handler;
    id = nativeSetTimeout.call(window, run, delay, ...args);
    created.timeouts += 1;
    timers.set(id, { kind: 'timeout', sequence: sequence++, what: String(delay ?? 0), on: null, createdAt: createdAt() });
    return id;
  };
  window.setInterval = function (handler, delay, ...args) {
    const id = nativeSetInterval.call(window, handler, delay, ...args);
    created.intervals += 1;
    timers.set(id, { kind: 'interval', sequence: sequence++, what: String(delay ?? 0), on: null, createdAt: createdAt() });
    return id;
  };
  // Timeouts and intervals share one id pool: either function clears either kind.
  window.clearTimeout = function (id) { timers.delete(id); return nativeClearTimeout.call(window, id); };
  window.clearInterval = function (id) { timers.delete(id); return nativeClearInterval.call(window, id); };

  const captureOf = (options) =>
    typeof options === 'boolean' ? options : Boolean(options && options.capture);
  const findRecord = (records, type, listener, capture) =>
    records.findIndex((r) => r.type === type && r.capture === capture && r.listener.deref() === listener);
  const forget = (target, type, listener, capture) => {
    const records = recordsOf.get(target);
    if (!records) return;
    const index = findRecord(records, type, listener, capture);
    if (index >= 0) records.splice(index, 1);
  };

  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const result = nativeAdd.call(this, type, listener, options);
    if (!listener || (typeof listener !== 'function' && typeof listener !== 'object')) return result;
    if (options && typeof options === 'object' && options.signal && options.signal.aborted) return result;
    const capture = captureOf(options);
    let records = recordsOf.get(this);
    if (!records) {
      records = [];
      recordsOf.set(this, records);
      targets.add(new WeakRef(this));
    }
    if (findRecord(records, type, listener, capture) >= 0) return result;
    created.listeners += 1;
    records.push({
      kind: 'listener', sequence: sequence++, type, capture,
      listener: new WeakRef(listener), createdAt: createdAt(),
    });
    const targetRef = new WeakRef(this);
    const listenerRef = new WeakRef(listener);
    const drop = () => {
      const target = targetRef.deref();
      const current = listenerRef.deref();
      if (target && current) forget(target, type, current, capture);
    };
    if (options && typeof options === 'object') {
      if (options.once) nativeAdd.call(this, type, drop, { once: true, capture });
      if (options.signal) nativeAdd.call(options.signal, 'abort', drop, { once: true });
    }
    return result;
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    forget(this, type, listener, captureOf(options));
    return nativeRemove.call(this, type, listener, options);
  };

  const placeOf = (target) => {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (typeof Node !== 'undefined' && target instanceof Node) {
      return target.isConnected ? 'node' : 'detached node';
    }
    return (target && target.constructor && target.constructor.name) || 'other';
  };

  window.__soakProbe = {
    snapshot(since) {
      const listeners = { total: 0, window: 0, document: 0, connected: 0, detached: 0, other: 0 };
      const entries = [];
      for (const ref of targets) {
        const target = ref.deref();
        const records = target && recordsOf.get(target);
        if (!target || !records || records.length === 0) {
          targets.delete(ref);
          continue;
        }
        const on = placeOf(target);
        const live = records.filter((r) => r.listener.deref() !== undefined);
        listeners.total += live.length;
        const bucket = on === 'node' ? 'connected' : on === 'detached node' ? 'detached' : on;
        if (bucket in listeners) listeners[bucket] += live.length;
        else listeners.other += live.length;
        if (since !== undefined) {
          for (const r of live) {
            if (r.sequence >= since) {
              entries.push({ kind: 'listener', sequence: r.sequence, what: r.type, on, createdAt: r.createdAt });
            }
          }
        }
      }
      let timeouts = 0;
      let intervals = 0;
      for (const timer of timers.values()) {
        if (timer.kind === 'interval') intervals += 1;
        else timeouts += 1;
        if (since !== undefined && timer.sequence >= since) entries.push(timer);
      }
      entries.sort((a, b) => a.sequence - b.sequence);
      return {
        sequence, timeouts, intervals, listeners,
        created: { ...created },
        elements: document.getElementsByTagName('*').length,
        ...(since !== undefined ? { entries } : {}),
      };
    },
  };
${
  injectLeak
    ? `
  // SOAK_INJECT_LEAK: every recent-jobs request retains 64 KB, a DOM node and a window listener,
  // and leaves an interval running: what a leaking feature would do, to show the soak fails.
  const leaked = [];
  const nativeFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : (input && input.url) || '';
    if (url.includes('/recent-jobs')) {
      leaked.push(new Array(8192).fill(leaked.length));
      const node = document.createElement('span');
      node.hidden = true;
      document.body.appendChild(node);
      window.addEventListener('resize', () => leaked.length);
      if (leaked.length === 1) window.setInterval(() => leaked.length, 60000);
    }
    return nativeFetch.call(this, input, init);
  };`
    : ''
}
})();
//# sourceURL=soak-probe.js`;
}
