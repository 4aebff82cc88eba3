import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs, when the trace has it. */
  tdur?: number;
  args?: { name?: string; data?: { requestId?: string; url?: string } };
}

/** A main-thread task: start and duration (wall clock, and CPU time when known) in ms. */
export interface MainThreadTask {
  startMs: number;
  durationMs: number;
  cpuMs: number | null;
}

export interface MainThreadTrace {
  tasks: MainThreadTask[];
  /** When the response to the first request whose URL contains a string arrived (trace clock, ms). */
  responseReceivedMs(urlPart: string): number | null;
}

/** Records a Chromium trace of the page's main thread while `action` runs. */
export async function traceMainThread<T>(
  browser: Browser,
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; trace: MainThreadTrace }> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  let result: T;
  let buffer: Buffer;
  try {
    result = await action();
  } finally {
    // Whatever happens, the tracing must stop for the next run to start one.
    buffer = await browser.stopTracing();
  }
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name')
      .filter((event) => event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events
    .filter((event) => event.ph === 'X' && event.name === 'RunTask')
    .filter((event) => mainThreads.has(`${event.pid}:${event.tid}`))
    .map((event) => ({
      startMs: event.ts / 1000,
      durationMs: (event.dur ?? 0) / 1000,
      cpuMs: event.tdur === undefined ? null : event.tdur / 1000,
    }));
  return {
    result,
    trace: {
      tasks,
      responseReceivedMs(urlPart) {
        const sent = events.find(
          (event) =>
            event.name === 'ResourceSendRequest' && event.args?.data?.url?.includes(urlPart),
        );
        const requestId = sent?.args?.data?.requestId;
        if (!requestId) return null;
        const received = events.find(
          (event) =>
            event.name === 'ResourceReceiveResponse' && event.args?.data?.requestId === requestId,
        );
        return received ? received.ts / 1000 : null;
      },
    },
  };
}

/**
 * The longest of `tasks` that end at or after `fromMs` (all of them when `fromMs` is null):
 * wall-clock duration, and the CPU time of the task that took the most CPU.
 */
export function longestTaskFrom(
  tasks: readonly MainThreadTask[],
  fromMs: number | null,
): { wallMs: number; cpuMs: number | null } {
  let wallMs = 0;
  let cpuMs: number | null = null;
  for (const task of tasks) {
    if (fromMs !== null && task.startMs + task.durationMs < fromMs) continue;
    wallMs = Math.max(wallMs, task.durationMs);
    if (task.cpuMs !== null) cpuMs = Math.max(cpuMs ?? 0, task.cpuMs);
  }
  return { wallMs, cpuMs };
}
