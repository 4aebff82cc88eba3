import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONFIGURED_POLL_MS_RANGE,
  readVmOperationsPolling,
} from '@migratekit/host-shell/config/hostRuntimeConfig';
import { createMockOmaState, type RouteName, scenarios } from '@migratekit/mocks';
import { startMockOmaApi } from '@migratekit/mocks/http';
import type { Page } from 'playwright-core';
import { describeMachine } from '../../bench/lib/machine';
import { startProductionStack } from '../../scripts/productionStack';
import { operations, readJobs, waitForOperations } from '../support/app';
import { launchChromium, openPage } from '../support/browser';
import {
  type AfterUnmount,
  type Criterion,
  type EndpointName,
  FEATURE_ENDPOINTS,
  formatTable,
  judgeGrowth,
  judgeRequests,
  judgeUnmount,
  liveTimers,
  perInterval,
  type Segment,
  slope,
} from './judge';
import { openDevTools, type Sample, takeSample } from './measure';
import { probeScript } from './probe';

/*
 * `pnpm soak`: the VM page of a VM with a running job, open in Chromium at the fastest refresh
 * a deployment may configure, for SOAK_MINUTES minutes (default 10). Samples the JS heap after
 * a forced GC, DOM nodes, live timers and listeners, and requests per endpoint per refresh
 * interval; then has the host unmount the feature and checks nothing of it is left. Prints the
 * figures, writes artifacts/soak/results.json, exits 1 when a criterion fails. See e2e/README.md.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(repoRoot, 'artifacts/soak');

function readMinutes(): number {
  const raw = process.env.SOAK_MINUTES?.trim();
  if (!raw) return 10;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) {
    console.error(`SOAK_MINUTES must be a number of minutes above 0 (at most 1440), got "${raw}".`);
    process.exit(2);
  }
  return minutes;
}

const SOAK_MS = Math.round(readMinutes() * 60_000);
/** The fastest refresh a deployment may set (VM_OPERATIONS_ACTIVE_POLL_MS), the feature's floor. */
const POLL_MS = CONFIGURED_POLL_MS_RANGE.activePollMs.min;
/** Samples at 0, 10 %, …, 100 % of the soak (its time between samples). */
const SAMPLE_COUNT = 11;
/** Before the first sample: lazy chunks, first answers, JIT warm-up. */
const WARM_UP_MS = Math.min(30_000, Math.max(10_000, SOAK_MS / 10));
/** After unmounting: longer than any of the feature's timers (its clock ticks every 15 s). */
const WATCH_AFTER_UNMOUNT_MS = 20_000;
const INJECT_LEAK = process.env.SOAK_INJECT_LEAK === '1';
/** Also write heap snapshots at the first and the last sample (artifacts/soak/*.heapsnapshot). */
const HEAP_SNAPSHOTS = process.env.SOAK_HEAP_SNAPSHOTS === '1';
const VM = scenarios['dbsrv-running'];
/** Pages of the host without the feature (its not-found page), before and after the soak. */
const AWAY_BEFORE = '/soak-baseline';
const AWAY_AFTER = '/soak-unmounted';

for (const build of ['host-shell/dist/index.html', 'remote/dist/mf-manifest.json']) {
  if (!existsSync(path.join(repoRoot, build))) {
    console.error(`Missing ${build}: run "pnpm build" first.`);
    process.exit(1);
  }
}

const started = Date.now();
const log = (message: string) =>
  console.log(`[soak ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function endpointOf(route: RouteName | null): EndpointName {
  return route ?? 'other';
}

function emptyCounts(): Record<EndpointName, number> {
  return { 'recent-jobs': 0, 'vm-context': 0, 'vm-list': 0, 'live-failover': 0, other: 0 };
}

/** Client-side navigation by the host's router, as a click on one of its links does. */
async function navigateInPage(page: Page, to: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, to);
}

/** The running job as the page shows it (status and text), or null. */
async function shownRunningJob(page: Page): Promise<string | null> {
  const jobs = await readJobs(page);
  const running = jobs.find((job) => job.status === 'running');
  return running ? running.text.replace(/\s+/g, ' ').trim() : null;
}

// The replication runs three times as long as the whole soak (samples of up to 30 s each
// included): it advances (the page changes on every refresh) and is still running at the end.
const state = createMockOmaState({
  replicationDurationMs:
    3 * (WARM_UP_MS + SOAK_MS + SAMPLE_COUNT * 30_000 + WATCH_AFTER_UNMOUNT_MS + 60_000),
});
const api = await startMockOmaApi({ port: 0, host: '127.0.0.1', state });
const stack = await startProductionStack({
  hostPort: 0,
  remotePort: 0,
  mockApiPort: 0,
  omaApiUrl: new URL(api.url).origin,
  // What `VM_OPERATIONS_ACTIVE_POLL_MS=1000 pnpm serve` serves in /config.json.
  vmOperationsPolling: readVmOperationsPolling({ VM_OPERATIONS_ACTIVE_POLL_MS: String(POLL_MS) }),
});
const browser = await launchChromium();
let failed = true;
try {
  const machine = describeMachine(browser);
  log(
    `${machine.cpuModel}, ${machine.cores} cores, load ${machine.loadAverage1m}, Chromium ${machine.chromium}`,
  );
  log(
    `soaking ${SOAK_MS / 60_000} min at a ${POLL_MS} ms refresh on ${VM.vmName}${INJECT_LEAK ? ' WITH AN INJECTED LEAK' : ''}`,
  );

  const runtimeConfig = (await (await fetch(`${stack.hostUrl}/config.json`)).json()) as Record<
    string,
    unknown
  >;
  if (runtimeConfig.activePollMs !== POLL_MS) {
    throw new Error(
      `/config.json does not set activePollMs ${POLL_MS}: ${JSON.stringify(runtimeConfig)}`,
    );
  }

  const view = await openPage(browser);
  const { page } = view;
  await page.addInitScript(probeScript({ injectLeak: INJECT_LEAK }));
  const browserRequests: Array<{ at: number; path: string }> = [];
  const apiPrefix = `${stack.hostUrl}/api/`;
  page.on('request', (request) => {
    if (request.url().startsWith(apiPrefix)) {
      browserRequests.push({ at: Date.now(), path: new URL(request.url()).pathname });
    }
  });
  const cdp = await openDevTools(page);

  // Baseline: the host's not-found page, in the document the feature will then be mounted in.
  await page.goto(`${stack.hostUrl}${AWAY_BEFORE}`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.waitForLoadState('networkidle');
  // Playwright installs its helpers (and their listeners) in the page on first use of a
  // locator's evaluate: before the baseline, so they are not counted as the feature's.
  await page.locator('body').evaluateAll((nodes) => nodes.length);
  const baseline = await takeSample(page, cdp, -1);
  log(
    `baseline (no feature): heap ${(baseline.heapUsedBytes / 2 ** 20).toFixed(2)} MiB, ${baseline.metrics.nodes} nodes, ${liveTimers(baseline)} timers, ${baseline.probe.listeners.total} listeners`,
  );

  await navigateInPage(page, `/vms/${encodeURIComponent(VM.vmName)}`);
  await waitForOperations(page);
  await page.locator('article[data-status="running"]').first().waitFor();
  const runningAtStart = await shownRunningJob(page);
  log(`feature mounted, running job shown: ${runningAtStart}`);
  await sleep(WARM_UP_MS);

  const samples: Sample[] = [];
  const segments: Segment[] = [];
  state.clearRequests();
  const t0 = Date.now();
  await mkdir(OUT_DIR, { recursive: true });
  const snapshotFile = (name: string) =>
    HEAP_SNAPSHOTS ? path.join(OUT_DIR, `${name}.heapsnapshot`) : undefined;
  samples.push(await takeSample(page, cdp, 0, undefined, snapshotFile('start')));
  // The soak's minutes are the page's own, between samples: a sample (GC, heap snapshot)
  // stalls the page for seconds, its refresh timers with it, so requests are counted between.
  state.clearRequests();
  let segmentFromMs = Date.now() - t0;
  for (let index = 1; index < SAMPLE_COUNT; index += 1) {
    await sleep(SOAK_MS / (SAMPLE_COUNT - 1));
    const atMs = Date.now() - t0;
    const requests = emptyCounts();
    for (const entry of state.getRequests()) requests[endpointOf(entry.route)] += 1;
    segments.push({ fromMs: segmentFromMs, toMs: atMs, requests });
    const last = index === SAMPLE_COUNT - 1;
    const sample = await takeSample(
      page,
      cdp,
      atMs,
      undefined,
      last ? snapshotFile('end') : undefined,
    );
    samples.push(sample);
    state.clearRequests();
    segmentFromMs = Date.now() - t0;
    log(
      `${(atMs / 60_000).toFixed(1)} min: JS objects ${(sample.heap.jsObjectsBytes / 2 ** 20).toFixed(2)} MiB, heap ${(sample.heapUsedBytes / 2 ** 20).toFixed(2)} MiB, ${sample.metrics.nodes} nodes, ${liveTimers(sample)} timers, ${sample.probe.listeners.total} listeners, recent-jobs ${perInterval(segments.at(-1) as Segment, 'recent-jobs', POLL_MS).toFixed(2)}/interval`,
    );
  }
  const soakedMs = Date.now() - t0;

  // Still running at the end, in the API and on the page.
  const apiJobs = state.getRecentJobs(VM.contextId)?.jobs ?? [];
  const apiRunning = apiJobs.find((job) => job.status === 'running');
  const runningAtEnd = await shownRunningJob(page);

  // The host unmounts the feature: its not-found page, in the same document.
  await navigateInPage(page, AWAY_AFTER);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await operations(page).waitFor({ state: 'detached' });
  const unmountedAt = Date.now();
  state.clearRequests();
  await sleep(WATCH_AFTER_UNMOUNT_MS);
  const afterSample = await takeSample(page, cdp, Date.now() - t0, baseline.probe.sequence);
  const after: AfterUnmount = {
    watchedMs: WATCH_AFTER_UNMOUNT_MS,
    browserRequests: browserRequests.filter((r) => r.at > unmountedAt).map((r) => r.path),
    apiRequests: state.getRequests().map((r) => `${r.method} ${r.path}`),
    // The page's scripts have URLs (host and remote origins; the CSP allows no eval); what has
    // none was created by the harness (page.evaluate, Playwright's injected helpers).
    leftovers: (afterSample.probe.entries ?? []).filter((e) => /https?:\/\//.test(e.createdAt)),
    harness: (afterSample.probe.entries ?? []).filter((e) => !/https?:\/\//.test(e.createdAt)),
    cdpListeners: {
      baseline: baseline.cdpListeners.window + baseline.cdpListeners.document,
      after: afterSample.cdpListeners.window + afterSample.cdpListeners.document,
    },
  };
  log('feature unmounted and watched');

  const criteria: Criterion[] = [
    ...judgeGrowth(samples),
    ...judgeRequests(segments, POLL_MS),
    {
      name: 'the job ran for the whole soak',
      measured: `API: ${apiRunning ? `running at ${apiRunning.progress} %` : 'not running'}; page: ${runningAtEnd ?? 'no running job shown'}`,
      limit: 'running in the API and on the page at the end',
      pass: apiRunning !== undefined && runningAtEnd !== null,
    },
    {
      name: 'page errors',
      measured: String(view.pageErrors.length),
      limit: '0',
      pass: view.pageErrors.length === 0,
    },
    ...judgeUnmount(after),
  ];
  failed = criteria.some((criterion) => !criterion.pass);

  const mibOf = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
  // The figures of one sample, in the table's column order.
  const measured = (sample: Sample) => [
    mibOf(sample.heap.jsObjectsBytes),
    mibOf(sample.heapUsedBytes),
    String(sample.metrics.nodes),
    String(sample.probe.elements),
    String(sample.probe.listeners.total),
    String(sample.metrics.jsEventListeners),
    `${sample.cdpListeners.window} + ${sample.cdpListeners.document}`,
    `${sample.probe.timeouts} + ${sample.probe.intervals}`,
  ];
  const sampleRows = samples.map((sample, index) => {
    const segment = index > 0 ? segments[index - 1] : undefined;
    const rate = (endpoint: EndpointName) =>
      segment ? perInterval(segment, endpoint, POLL_MS).toFixed(2) : '—';
    return [
      (sample.atMs / 60_000).toFixed(1),
      ...measured(sample),
      rate('recent-jobs'),
      rate('vm-context'),
    ];
  });
  const slopeKibPerMin = (value: (s: Sample) => number) =>
    slope(samples.map((s) => [s.atMs / 60_000, value(s)] as const)) / 1024 || 0;
  const heapSlopeKibPerMin = slopeKibPerMin((s) => s.heapUsedBytes);
  const jsObjectsSlopeKibPerMin = slopeKibPerMin((s) => s.heap.jsObjectsBytes);
  const report = [
    '',
    `Soak: ${VM.vmName}, job running, refresh ${POLL_MS} ms, ${SOAK_MS / 60_000} min between samples (${(soakedMs / 60_000).toFixed(1)} min with the ${SAMPLE_COUNT} samples, after ${WARM_UP_MS / 1000} s warm-up); ${machine.cpuModel}, ${machine.cores} cores, load ${machine.loadAverage1m} at start, Chromium ${machine.chromium}, Node ${machine.node}.`,
    '',
    formatTable(
      [
        'min',
        'JS objects (MiB)',
        'heap after GC (MiB)',
        'DOM nodes',
        'elements',
        'listeners',
        'JS listeners',
        'window + document',
        'timeouts + intervals',
        'recent-jobs / interval',
        'vm-context / interval',
      ],
      [
        ['baseline', ...measured(baseline), '—', '—'],
        ...sampleRows,
        [
          'unmounted',
          ...measured(afterSample),
          String(after.browserRequests.filter((p) => p.endsWith('/recent-jobs')).length),
          String(after.browserRequests.filter((p) => !p.endsWith('/recent-jobs')).length),
        ],
      ],
    ),
    '',
    `Slopes over the soak: JS objects ${jsObjectsSlopeKibPerMin.toFixed(1)} KiB/min, whole heap ${heapSlopeKibPerMin.toFixed(1)} KiB/min. Requests in the soak: ${FEATURE_ENDPOINTS.map(
      (e) => `${e} ${segments.reduce((sum, s) => sum + s.requests[e], 0)}`,
    ).join(', ')}.`,
    '',
    formatTable(
      ['criterion', 'measured', 'limit', ''],
      criteria.map((c) => [c.name, c.measured, c.limit, c.pass ? 'pass' : 'FAIL']),
    ),
    '',
    failed ? 'SOAK FAILED' : 'Soak passed: nothing grew, nothing was left behind.',
  ].join('\n');
  console.log(report);

  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(
    path.join(OUT_DIR, 'results.json'),
    `${JSON.stringify(
      {
        measuredAt: new Date(started).toISOString(),
        machine,
        vmName: VM.vmName,
        pollMs: POLL_MS,
        soakMinutes: SOAK_MS / 60_000,
        soakedMs,
        warmUpMs: WARM_UP_MS,
        injectedLeak: INJECT_LEAK,
        runningJob: {
          atStart: runningAtStart,
          atEnd: runningAtEnd,
          apiProgressAtEnd: apiRunning?.progress ?? null,
        },
        baseline,
        samples,
        segments,
        heapSlopeKibPerMin,
        jsObjectsSlopeKibPerMin,
        afterUnmount: { ...after, sample: afterSample },
        criteria,
        pass: !failed,
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${path.relative(repoRoot, path.join(OUT_DIR, 'results.json'))}`);
  if (failed) await view.saveArtifacts('soak');
  await view.close();
} catch (error) {
  console.error('The soak could not run:', error);
  failed = true;
} finally {
  await browser.close();
  await stack.close();
  await api.close();
}
process.exit(failed ? 1 : 0);
