import type { Browser } from 'playwright-core';
import type { AppName, ServedApp } from './apps';
import { loadUntilListPainted, openInstrumentedPage, type PageMarks } from './page';
import { type Spread, spread } from './stats';
import { longestTaskFrom, traceMainThread } from './trace';

/** One cold load: a fresh browser context, so an empty cache and new connections. */
export async function coldLoad(browser: Browser, app: ServedApp, path: string): Promise<PageMarks> {
  const view = await openInstrumentedPage(browser, { readBodies: false });
  try {
    return await loadUntilListPainted(view.page, `${app.hostUrl}${path}`);
  } finally {
    await view.close();
  }
}

export interface ListTiming {
  path: string;
  /** Navigation start → first job painted, per app, in ms. */
  listPaintedMs: Record<AppName, Spread>;
  /** The first job's text, as checked. */
  firstJobText: Record<AppName, string | null>;
}

/**
 * Navigation → job list visible, `runs` cold loads per app, the apps alternating (and which
 * goes first alternating too), so that both see the same machine conditions.
 */
export async function measureListTiming(
  browser: Browser,
  apps: Record<AppName, ServedApp>,
  path: string,
  runs: number,
  onRun?: (done: number, total: number) => void,
): Promise<ListTiming> {
  const samples: Record<AppName, number[]> = { federated: [], monolith: [] };
  const firstJobText: Record<AppName, string | null> = { federated: null, monolith: null };
  for (let run = 0; run < runs; run++) {
    const order: AppName[] = run % 2 === 0 ? ['federated', 'monolith'] : ['monolith', 'federated'];
    for (const name of order) {
      const marks = await coldLoad(browser, apps[name], path);
      samples[name].push(marks.listPaintedMs ?? Number.NaN);
      firstJobText[name] ??= marks.firstJobText;
    }
    onRun?.(run + 1, runs);
  }
  return {
    path,
    listPaintedMs: { federated: spread(samples.federated), monolith: spread(samples.monolith) },
    firstJobText,
  };
}

export interface ScaleResult {
  jobs: number;
  path: string;
  /** Navigation → first job painted, ms. */
  listPaintedMs: Record<AppName, Spread>;
  /**
   * Longest main-thread task from the moment the recent-jobs response arrives until every job
   * is in the list (reading and checking the body, rendering, layout), ms, from a Chromium trace.
   */
  longestTaskMs: Record<AppName, Spread>;
  /** The CPU time of the task that took most CPU in that same span, ms (null: not traced). */
  longestTaskCpuMs: Record<AppName, Spread | null>;
  /** Longest main-thread task of the whole load (the app's own start-up included), ms. */
  longestLoadTaskMs: Record<AppName, Spread>;
  /** Navigation start → every job in the list (it renders long lists in slices), ms. */
  listCompleteMs: Record<AppName, Spread>;
}

/** A VM with `jobs` jobs: time to render and the longest tasks, `runs` traced loads per app. */
export async function measureScale(
  browser: Browser,
  apps: Record<AppName, ServedApp>,
  jobs: number,
  path: string,
  runs: number,
): Promise<ScaleResult> {
  const painted: Record<AppName, number[]> = { federated: [], monolith: [] };
  const longest: Record<AppName, number[]> = { federated: [], monolith: [] };
  const longestCpu: Record<AppName, number[]> = { federated: [], monolith: [] };
  const longestLoad: Record<AppName, number[]> = { federated: [], monolith: [] };
  const complete: Record<AppName, number[]> = { federated: [], monolith: [] };
  for (let run = 0; run < runs; run++) {
    const order: AppName[] = run % 2 === 0 ? ['federated', 'monolith'] : ['monolith', 'federated'];
    for (const name of order) {
      const view = await openInstrumentedPage(browser, { readBodies: false });
      try {
        const traced = await traceMainThread(browser, view.page, async () => {
          const marks = await loadUntilListPainted(view.page, `${apps[name].hostUrl}${path}`);
          const completeMs = await view.page.waitForFunction(
            (expected) => {
              for (const heading of document.querySelectorAll('h2')) {
                if (heading.textContent?.trim() !== 'Recent Operations') continue;
                const list = heading.closest('section')?.querySelector('ul');
                const items = list?.querySelectorAll(':scope > li').length ?? 0;
                if (items === expected && list?.getAttribute('aria-busy') !== 'true') {
                  return performance.now();
                }
              }
              return false;
            },
            jobs,
            { timeout: 60_000, polling: 20 },
          );
          // Tasks that finish the last render (layout, effects) belong to it.
          await view.page.waitForTimeout(300);
          return { marks, completeMs: (await completeMs.jsonValue()) as number };
        });
        painted[name].push(traced.result.marks.listPaintedMs ?? Number.NaN);
        complete[name].push(traced.result.completeMs);
        const jobsArrived = traced.trace.responseReceivedMs('/recent-jobs');
        if (jobsArrived === null) throw new Error(`${path}: no recent-jobs response in the trace`);
        const afterJobs = longestTaskFrom(traced.trace.tasks, jobsArrived);
        longest[name].push(afterJobs.wallMs);
        if (afterJobs.cpuMs !== null) longestCpu[name].push(afterJobs.cpuMs);
        longestLoad[name].push(longestTaskFrom(traced.trace.tasks, null).wallMs);
      } finally {
        await view.close();
      }
    }
  }
  return {
    jobs,
    path,
    listPaintedMs: { federated: spread(painted.federated), monolith: spread(painted.monolith) },
    longestTaskMs: { federated: spread(longest.federated), monolith: spread(longest.monolith) },
    longestTaskCpuMs: {
      federated: longestCpu.federated.length ? spread(longestCpu.federated) : null,
      monolith: longestCpu.monolith.length ? spread(longestCpu.monolith) : null,
    },
    longestLoadTaskMs: {
      federated: spread(longestLoad.federated),
      monolith: spread(longestLoad.monolith),
    },
    listCompleteMs: { federated: spread(complete.federated), monolith: spread(complete.monolith) },
  };
}
