import { scenarios } from '@migratekit/mocks';
import type { Browser } from 'playwright-core';
import type { BenchApi } from './api';
import type { AppName, ServedApp } from './apps';
import { loadUntilListPainted, openInstrumentedPage } from './page';
import { round } from './stats';

/** The remote's default refresh intervals (VmOperations' `activePollMs` / `idlePollMs`). */
export const DEFAULT_POLL_MS = { active: 3_000, idle: 30_000 } as const;

export interface PollingCase {
  app: AppName;
  /** What is mounted. */
  mounted: string;
  vmName: string;
  state: 'running' | 'idle';
  intervals: { active: number; idle: number };
  /** The interval that applies in this state. */
  intervalMs: number;
  windowMs: number;
  /** Requests per endpoint in the window. */
  requests: Record<'vm-context' | 'recent-jobs' | 'vm-list', number>;
  /** Requests per endpoint divided by the number of intervals in the window. */
  perInterval: Record<'vm-context' | 'recent-jobs', number>;
  /** When the first and second recent-jobs requests came, ms after the window opened. */
  firstRecentJobsMs: number | null;
  /** No endpoint asked more than once per interval (one request of slack for the phase). */
  withinBudget: boolean;
}

interface CaseSpec {
  app: AppName;
  mounted: string;
  vmName: string;
  state: 'running' | 'idle';
  path: string;
  intervals: { active: number; idle: number };
}

/**
 * Requests per endpoint per refresh interval, counted from the mock API's request log over a
 * window that opens once the list is painted. Four pages at once, on four VMs whose last
 * operation failed (so the banner shows), which tells their requests apart: the federated
 * details page, and the monolith's page mounting the list, the banner and the badge together
 * (the badge and the feature share one cache entry per VM). Both at the default intervals,
 * passed as props on the monolith's page: shorter ones would not measure the same thing, since
 * the badge's requests for a VM are deduplicated for 2 s, which then bounds every interval.
 */
export async function measurePolling(
  browser: Browser,
  apps: Record<AppName, ServedApp>,
  api: BenchApi,
  windowMs: number,
): Promise<PollingCase[]> {
  // Four VMs whose last operation failed (so the banner shows): two with a live failover that
  // runs for the whole benchmark, two where nothing runs.
  const state = api.mock.state;
  for (const vm of [scenarios.pgtest1, scenarios.pgtest2]) {
    state.startLiveFailover({ vm_id: vm.vmwareVmId, vm_name: vm.vmName });
  }
  state.recordFailure('websrv-ok');
  const pollQuery = `activePollMs=${DEFAULT_POLL_MS.active}&idlePollMs=${DEFAULT_POLL_MS.idle}`;
  const federated = (vmName: string, running: boolean): CaseSpec => ({
    app: 'host-shell',
    mounted: 'details page: list + banner',
    vmName,
    state: running ? 'running' : 'idle',
    path: `/vms/${vmName}`,
    intervals: DEFAULT_POLL_MS,
  });
  const monolith = (vmName: string, running: boolean): CaseSpec => ({
    app: 'monolith',
    mounted: 'list + banner + badge',
    vmName,
    state: running ? 'running' : 'idle',
    path: `/bench/polling/${vmName}?${pollQuery}`,
    intervals: DEFAULT_POLL_MS,
  });
  const specs = [
    federated('pgtest1', true),
    federated('pgtest3', false),
    monolith('pgtest2', true),
    monolith('websrv-ok', false),
  ];
  const views = await Promise.all(
    specs.map(() => openInstrumentedPage(browser, { readBodies: false })),
  );
  try {
    const opened = await Promise.all(
      specs.map(async (spec, index) => {
        const view = views[index];
        if (!view) throw new Error('no page');
        await loadUntilListPainted(view.page, `${apps[spec.app].hostUrl}${spec.path}`);
        return Date.now();
      }),
    );
    const windowStart = Math.max(...opened);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const windowEnd = windowStart + windowMs;
    const log = api.mock.state
      .getRequests()
      .filter((entry) => entry.time >= windowStart && entry.time < windowEnd);
    return specs.map((spec) => {
      const scenario = scenarios[spec.vmName as keyof typeof scenarios];
      const contextPath = `/api/v1/vm-contexts/${encodeURIComponent(spec.vmName)}`;
      const jobsPath = `/api/v1/vm-contexts/${encodeURIComponent(scenario.contextId)}/recent-jobs`;
      const context = log.filter((entry) => entry.path === contextPath);
      const jobs = log.filter((entry) => entry.path === jobsPath);
      const vmList = log.filter((entry) => entry.route === 'vm-list');
      const intervalMs = spec.state === 'running' ? spec.intervals.active : spec.intervals.idle;
      const intervals = windowMs / intervalMs;
      const allowed = Math.ceil(intervals) + 1;
      return {
        app: spec.app,
        mounted: spec.mounted,
        vmName: spec.vmName,
        state: spec.state,
        intervals: spec.intervals,
        intervalMs,
        windowMs,
        requests: {
          'vm-context': context.length,
          'recent-jobs': jobs.length,
          'vm-list': vmList.length,
        },
        perInterval: {
          'vm-context': round(context.length / intervals, 2),
          'recent-jobs': round(jobs.length / intervals, 2),
        },
        firstRecentJobsMs: jobs[0] ? jobs[0].time - windowStart : null,
        withinBudget: context.length <= allowed && jobs.length <= allowed,
      };
    });
  } finally {
    await Promise.all(views.map((view) => view.close()));
  }
}
