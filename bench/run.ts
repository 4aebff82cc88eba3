import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/support/browser';
import { SCALE_SIZES, scaleVmName, startBenchApi } from './lib/api';
import { type AppName, serveApps } from './lib/apps';
import { evaluateBudgets, REACT_FEDERATED_HOSTS, REACT_OPT_IN_HOST } from './lib/budgets';
import { buildAll, REMOTE_DIST, REPO_ROOT } from './lib/build';
import { measurePageBytes } from './lib/bytes';
import { describeMachine } from './lib/machine';
import { type BenchResults, deriveFeatureBytes, formatReport } from './lib/report';
import { measurePolling } from './lib/requests';
import { coldLoad, measureListTiming, measureScale } from './lib/time';

/*
 * `pnpm bench`: what VmOperations costs the hosts that load it, in headless Chromium: the
 * bench's React-only host with the feature from the remote's default manifest side by side
 * with the same host bundling it statically, the bench's Mantine host following the README,
 * host-shell on the lean manifest (and its monolith build). Prints the tables and writes
 * artifacts/bench/results.json and results.md. See bench/README.md.
 */

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'scale-runs': { type: 'string', default: '5' },
    'poll-window': { type: 'string', default: '75' },
    'no-build': { type: 'boolean', default: false },
    'update-readme': { type: 'boolean', default: false },
  },
});
const timedRuns = Number(args.runs);
const scaleRuns = Number(args['scale-runs']);
const pollWindowS = Number(args['poll-window']);
for (const [name, value] of [
  ['--runs', timedRuns],
  ['--scale-runs', scaleRuns],
  ['--poll-window', pollWindowS],
] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
}

const OUT_DIR = path.join(REPO_ROOT, 'artifacts/bench');
const README = path.join(REPO_ROOT, 'bench/README.md');
const DETAILS_PAGE = '/vms/pgtest1';

const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

let buildMs: BenchResults['buildMs'] = null;
if (!args['no-build']) {
  log('building the remote, host-shell, the monolith and the bench hosts, production mode…');
  const built = buildAll();
  buildMs = {
    federated: Math.round(built.federated),
    monolith: Math.round(built.monolith),
    benchHosts: Math.round(built.benchHosts),
  };
}

// host-shell loads the lean manifest; without it the bench would measure a failed load.
const leanManifest = path.join(REMOTE_DIST, 'lean/mf-manifest.json');
if (!existsSync(leanManifest)) {
  throw new Error(`${path.relative(REPO_ROOT, leanManifest)} is missing: build the remote first`);
}

const api = await startBenchApi();
const apps = await serveApps(api.origin);
const browser = await launchChromium();
try {
  const machine = describeMachine(browser);
  log(`${machine.cpuModel}, ${machine.cores} cores, Chromium ${machine.chromium}`);

  log('bytes and library copies…');
  const bytes = {} as BenchResults['bytes'];
  for (const app of Object.values(apps)) {
    bytes[app.name] = await measurePageBytes(browser, app, DETAILS_PAGE);
  }
  const featureBytes = deriveFeatureBytes(bytes);

  for (const [name, page] of Object.entries(bytes)) {
    if (page.loadError) log(`  ${name}: the feature did not load (${page.loadError})`);
    for (const error of page.consoleErrors) log(`  ${name}: console error: ${error}`);
  }
  // Only pages where the feature loaded can be timed.
  const loaded = (names: AppName[]) =>
    names.filter((name) => !bytes[name].loadError).map((name) => apps[name]);
  const timed = loaded([
    ...REACT_FEDERATED_HOSTS,
    REACT_OPT_IN_HOST,
    'react-static',
    'host-shell',
    'monolith',
  ]);
  // One load of each first, not counted: the servers' file caches and the browser's start-up.
  for (const app of timed) await coldLoad(browser, app, DETAILS_PAGE);
  log(`navigation → list visible, ${timedRuns} cold runs each of ${timed.length} pages…`);
  const timing = await measureListTiming(browser, timed, DETAILS_PAGE, timedRuns, (done, total) => {
    if (done % 5 === 0 || done === total) log(`  ${done}/${total}`);
  });

  const scaled = loaded(['react-federated', 'react-static']);
  const scale = [];
  for (const jobs of SCALE_SIZES) {
    log(`${jobs} jobs, ${scaleRuns} traced runs each…`);
    scale.push(await measureScale(browser, scaled, jobs, `/vms/${scaleVmName(jobs)}`, scaleRuns));
  }

  log(`requests per refresh interval, ${pollWindowS} s window…`);
  const polling = await measurePolling(browser, apps, api, pollWindowS * 1000);

  const partial = {
    startedAt: new Date(started).toISOString(),
    machine,
    settings: { timedRuns, scaleRuns, pollWindowS, gzip: 'zlib level 9' },
    buildMs,
    bytes,
    featureBytes,
    timing,
    scale,
    polling,
  };
  const results: BenchResults = {
    ...partial,
    durationS: (Date.now() - started) / 1000,
    budgets: evaluateBudgets(partial, Math.max(...SCALE_SIZES)),
  };
  const report = formatReport(results);
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(OUT_DIR, 'results.md'), report);
  if (args['update-readme']) await updateReadme(report);
  console.log(`\n${report}`);
  log(`wrote ${path.relative(REPO_ROOT, path.join(OUT_DIR, 'results.json'))} and results.md`);
} finally {
  await browser.close();
  await Promise.all(Object.values(apps).map((app) => app.close()));
  await api.close();
}

/** Replaces the measured section of bench/README.md (between its markers) with this run's. */
async function updateReadme(report: string) {
  const begin = '<!-- results:begin -->';
  const end = '<!-- results:end -->';
  const readme = await readFile(README, 'utf8');
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${README} has no ${begin} … ${end} section`);
  await writeFile(README, `${readme.slice(0, from + begin.length)}\n${report}${readme.slice(to)}`);
  log('updated bench/README.md');
}
