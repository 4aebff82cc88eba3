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

type PerApp<T> = Partial<Record<AppName, T>>;

/** The apps in a different order each run (rotated), so that each sees the same conditions. */
function rotated<T>(items: readonly T[], run: number): T[] {
  const shift = run % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export interface ListTiming {
  path: string;
  /** Navigation start → first job painted, per app, in ms. */
  listPaintedMs: PerApp<Spread>;
  /** The first job's text, as checked. */
  firstJobText: PerApp<string | null>;
}

/**
 * Navigation → job list visible, `runs` cold loads per app, the apps interleaved (and which
 * goes first rotating), so that all see the same machine conditions.
 */
export async function measureListTiming(
  browser: Browser,
  apps: readonly ServedApp[],
  path: string,
  runs: number,
  onRun?: (done: number, total: number) => void,
): Promise<ListTiming> {
  const samples = new Map<AppName, number[]>(apps.map((app) => [app.name, []]));
  const firstJobText: PerApp<string | null> = {};
  for (let run = 0; run < runs; run++) {
    for (const app of rotated(apps, run)) {
      const marks = await coldLoad(browser, app, path);
      samples.get(app.name)?.push(marks.listPaintedMs ?? Number.NaN);
      firstJobText[app.name] ??= marks.firstJobText;
    }
    onRun?.(run + 1, runs);
  }
  return {
    path,
    listPaintedMs: Object.fromEntries(
      [...samples].map(([name, values]) => [name, spread(values)]),
    ) as PerApp<Spread>,
    firstJobText,
  };
}

export interface ScaleResult {
  jobs: number;
  path: string;
  /** Navigation → first job painted, ms. */
  listPaintedMs: PerApp<Spread>;
  /**
   * Longest main-thread task from the moment the recent-jobs response arrives until every job
   * is in the list (reading and checking the body, rendering, layout), ms, from a Chromium trace.
   */
  longestTaskMs: PerApp<Spread>;
  /** The CPU time of the task that took most CPU in that same span, ms (null: not traced). */
  longestTaskCpuMs: PerApp<Spread | null>;
  /** Longest main-thread task of the whole load (the app's own start-up included), ms. */
  longestLoadTaskMs: PerApp<Spread>;
  /** Navigation start → every job in the list (it renders long lists in slices), ms. */
  listCompleteMs: PerApp<Spread>;
}

/** A VM with `jobs` jobs: time to render and the longest tasks, `runs` traced loads per app. */
export async function measureScale(
  browser: Browser,
  apps: readonly ServedApp[],
  jobs: number,
  path: string,
  runs: number,
): Promise<ScaleResult> {
  const perApp = () => new Map<AppName, number[]>(apps.map((app) => [app.name, []]));
  const painted = perApp();
  const longest = perApp();
  const longestCpu = perApp();
  const longestLoad = perApp();
  const complete = perApp();
  const push = (samples: Map<AppName, number[]>, name: AppName, value: number) =>
    samples.get(name)?.push(value);
  for (let run = 0; run < runs; run++) {
    for (const { name, hostUrl } of rotated(apps, run)) {
      const view = await openInstrumentedPage(browser, { readBodies: false });
      try {
        const traced = await traceMainThread(browser, view.page, async () => {
          const marks = await loadUntilListPainted(view.page, `${hostUrl}${path}`);
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
        push(painted, name, traced.result.marks.listPaintedMs ?? Number.NaN);
        push(complete, name, traced.result.completeMs);
        const jobsArrived = traced.trace.responseReceivedMs('/recent-jobs');
        if (jobsArrived === null) throw new Error(`${path}: no recent-jobs response in the trace`);
        const afterJobs = longestTaskFrom(traced.trace.tasks, jobsArrived);
        push(longest, name, afterJobs.wallMs);
        if (afterJobs.cpuMs !== null) push(longestCpu, name, afterJobs.cpuMs);
        push(longestLoad, name, longestTaskFrom(traced.trace.tasks, null).wallMs);
      } finally {
        await view.close();
      }
    }
  }
  const spreads = (samples: Map<AppName, number[]>) =>
    Object.fromEntries(
      [...samples].map(([name, values]) => [name, spread(values)]),
    ) as PerApp<Spread>;
  return {
    jobs,
    path,
    listPaintedMs: spreads(painted),
    longestTaskMs: spreads(longest),
    longestTaskCpuMs: Object.fromEntries(
      [...longestCpu].map(([name, values]) => [name, values.length ? spread(values) : null]),
    ) as PerApp<Spread | null>,
    longestLoadTaskMs: spreads(longestLoad),
    listCompleteMs: spreads(complete),
  };
}
