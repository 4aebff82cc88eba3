import type { AppName } from './apps';
import { type Budget, REACT_FEDERATED_HOSTS, REACT_OPT_IN_HOST } from './budgets';
import type { BuildTimes } from './build';
import type { ByteTotals, KindTotals, LibraryName, PageLoadBytes, SharedInstance } from './bytes';
import type { MachineInfo } from './machine';
import type { PollingCase } from './requests';
import { kb, ms, ratio, type Spread } from './stats';
import type { ListTiming, ScaleResult } from './time';

export interface BenchResults {
  startedAt: string;
  durationS: number;
  machine: MachineInfo;
  settings: { timedRuns: number; scaleRuns: number; pollWindowS: number; gzip: string };
  buildMs: BuildTimes | null;
  bytes: Record<AppName, PageLoadBytes>;
  /** What the feature adds to each host, derived from `bytes`. */
  featureBytes: FeatureBytes[];
  timing: ListTiming;
  scale: ScaleResult[];
  polling: PollingCase[];
  budgets: Budget[];
}

/** What VmOperations adds to one host's first load of the details page (gzip unless raw). */
export interface FeatureBytes {
  app: AppName;
  how: string;
  /** Why the feature did not load there (then the figures are of a failed load); null: it did. */
  loadError: string | null;
  /**
   * The budgets' figure: for a federated page, everything fetched from the remote's origin
   * (its JS with remoteEntry.js, its CSS, mf-manifest.json); for a static one, the page's JS +
   * CSS minus the same host's without the feature.
   */
  adds: { js: number; css: number; manifest: number; entry: number; total: number; raw: number };
  /**
   * The whole page's JS + CSS + manifest minus the same host's page without the feature (what
   * the host's own build grows by to load a remote, its federation runtime, counts here too);
   * null where the bench has no such baseline.
   */
  wholePage: number | null;
}

const jsCss = (totals: KindTotals) => totals.js.gzip + totals.css.gzip;
const jsCssRaw = (totals: KindTotals) => totals.js.raw + totals.css.raw;

function featureBytes(
  bytes: Record<AppName, PageLoadBytes>,
  app: AppName,
  how: string,
  baseline: AppName | null,
): FeatureBytes {
  const page = bytes[app];
  const base = baseline ? bytes[baseline] : null;
  if (page.remote) {
    const manifest = page.remote.other.gzip;
    const remoteTotal = jsCss(page.remote) + manifest;
    return {
      app,
      how,
      loadError: page.loadError,
      adds: {
        js: page.remote.js.gzip,
        css: page.remote.css.gzip,
        manifest,
        entry: page.remoteEntry?.gzip ?? 0,
        total: remoteTotal,
        raw: jsCssRaw(page.remote) + page.remote.other.raw,
      },
      wholePage: base ? jsCss(page.total) + manifest - jsCss(base.total) : null,
    };
  }
  if (!base) throw new Error(`${app}: a static page needs a baseline`);
  const js = page.total.js.gzip - base.total.js.gzip;
  const css = page.total.css.gzip - base.total.css.gzip;
  return {
    app,
    how,
    loadError: page.loadError,
    adds: {
      js,
      css,
      manifest: 0,
      entry: 0,
      total: js + css,
      raw: jsCssRaw(page.total) - jsCssRaw(base.total),
    },
    wholePage: js + css,
  };
}

/** What the feature adds to each host that shows it. */
export function deriveFeatureBytes(bytes: Record<AppName, PageLoadBytes>): FeatureBytes[] {
  return [
    featureBytes(bytes, 'react-static', 'React-only host, bundled statically', 'react-none'),
    featureBytes(
      bytes,
      'react-federated',
      'React-only host, default manifest (Rspack plugin)',
      'react-none',
    ),
    featureBytes(
      bytes,
      'react-runtime',
      'React-only host, default manifest (runtime API, no plugin)',
      'react-none',
    ),
    featureBytes(
      bytes,
      'mantine-federated',
      'Mantine host (README), default manifest',
      'mantine-none',
    ),
    featureBytes(
      bytes,
      'react-lean',
      'React-only host providing the runtime, lean manifest (opt-in)',
      'react-none',
    ),
    featureBytes(
      bytes,
      'mantine-lean',
      'Mantine host providing the runtime, lean manifest (opt-in)',
      'mantine-none',
    ),
    featureBytes(bytes, 'host-shell', 'host-shell, lean manifest (opt-in)', null),
  ];
}

const size = (totals: ByteTotals | null | undefined) =>
  totals ? `${kb(totals.gzip)} KB (${kb(totals.raw)} KB raw)` : '—';
const taskText = (wall: Spread | undefined, cpu: Spread | null | undefined) =>
  wall ? `${ms(wall.median)} / ${ms(wall.max)}${cpu ? ` (${ms(cpu.max)} CPU)` : ''}` : '—';
const spreadText = (s: Spread | undefined) =>
  s
    ? `${ms(s.median)} (${Math.round(s.min)} / ${Math.round(s.p25)} / ${Math.round(s.p75)} / ${Math.round(s.max)})`
    : '—';

/** How many console errors, and the first, shortened to one Markdown-safe line. */
function consoleErrorsText(errors: string[]): string {
  const first = errors[0];
  if (first === undefined) return 'none';
  const line = first.replace(/\s+/g, ' ').replaceAll('|', '/');
  return `${errors.length}: ${line.length > 100 ? `${line.slice(0, 99)}…` : line}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function shareScopeText(instances: SharedInstance[] | null): string {
  if (!instances) return 'no federation runtime';
  return instances
    .filter((instance) => instance.loaded)
    .map((instance) => `${instance.name}@${instance.version} from ${instance.from}`)
    .join(', ');
}

/** The results as Markdown: tables, then the budgets. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [];
  out.push(
    `Measured ${results.startedAt} in ${Math.round(results.durationS)} s on ${m.cpuModel} (${m.cores} cores, ${m.memoryGb} GB, load ${m.loadAverage1m} at start), ${m.platform}, Node ${m.node}, Chromium ${m.chromium}. Headless, production builds served as deployed; sizes are gzip -9 of the bytes fetched (raw in brackets).`,
  );
  out.push('\n### What VmOperations adds to each host (page `/vms/pgtest1`, cold cache, gzip)\n');
  out.push(
    table(
      [
        'host, how',
        'JS',
        'of which remoteEntry.js',
        'CSS',
        'manifest',
        'adds (budget figure)',
        'whole page vs the host without the feature',
      ],
      results.featureBytes.map((entry) => [
        entry.loadError ? `${entry.how} — **did not load**: ${entry.loadError}` : entry.how,
        `${kb(entry.adds.js)} KB`,
        entry.adds.entry ? `${kb(entry.adds.entry)} KB` : '—',
        `${kb(entry.adds.css)} KB`,
        entry.adds.manifest ? `${kb(entry.adds.manifest)} KB` : '—',
        `**${kb(entry.adds.total)} KB** (${kb(entry.adds.raw)} KB raw)`,
        entry.wholePage === null ? '—' : `${kb(entry.wholePage)} KB`,
      ]),
    ),
  );
  out.push('\n### First load of each page\n');
  const names = Object.keys(results.bytes) as AppName[];
  out.push(
    table(
      [
        'page',
        'host JS',
        'host CSS',
        'remote JS',
        'remote CSS',
        'scripts / stylesheets',
        'console errors',
      ],
      names.map((name) => {
        const page = results.bytes[name];
        return [
          name,
          size(page.host.js),
          size(page.host.css),
          size(page.remote?.js),
          size(page.remote?.css),
          `${page.total.js.files} / ${page.total.css.files}`,
          consoleErrorsText(page.consoleErrors),
        ];
      }),
    ),
  );
  out.push('\n### Copies of shared libraries fetched\n');
  const libraries = Object.keys(results.bytes['react-federated'].libraryCopies) as LibraryName[];
  out.push(
    table(
      ['page', ...libraries],
      names.map((name) => [
        name,
        ...libraries.map((library) => String(results.bytes[name].libraryCopies[library].copies)),
      ]),
    ),
  );
  out.push('\nFederation share scope after the load (copies loaded, and from whom):\n');
  for (const name of names) {
    if (results.bytes[name].shareScope) {
      out.push(`- ${name}: ${shareScopeText(results.bytes[name].shareScope)}`);
    }
  }
  const t = results.timing;
  const timed = Object.keys(t.listPaintedMs) as AppName[];
  out.push(
    `\n### Navigation → job list visible (\`${t.path}\`, ${t.listPaintedMs[timed[0] ?? 'react-static']?.runs ?? 0} cold runs each, interleaved)\n`,
  );
  const median = (name: AppName) => t.listPaintedMs[name]?.median ?? Number.NaN;
  out.push(
    table(
      ['', 'median (min / p25 / p75 / max)'],
      [
        ...timed.map((name) => [name, spreadText(t.listPaintedMs[name])]),
        ...[...REACT_FEDERATED_HOSTS, REACT_OPT_IN_HOST].map((name) => [
          `${name} ÷ react-static (medians)`,
          `${ratio(median(name), median('react-static'))}×`,
        ]),
        ['host-shell ÷ monolith (medians)', `${ratio(median('host-shell'), median('monolith'))}×`],
      ],
    ),
  );
  out.push('\n### Scale: a VM with many jobs (traced cold loads)\n');
  const scaled = results.scale[0] ? (Object.keys(results.scale[0].listPaintedMs) as AppName[]) : [];
  out.push(
    table(
      [
        'jobs',
        'page',
        'list visible (median)',
        'every job listed (median)',
        'longest task once the jobs arrive: median / max (most CPU)',
        'longest task of the whole load (median)',
      ],
      results.scale.flatMap((entry) =>
        scaled.map((name) => [
          entry.jobs.toLocaleString('en'),
          name,
          ms(entry.listPaintedMs[name]?.median),
          ms(entry.listCompleteMs[name]?.median),
          taskText(entry.longestTaskMs[name], entry.longestTaskCpuMs[name]),
          ms(entry.longestLoadTaskMs[name]?.median),
        ]),
      ),
    ),
  );
  out.push(
    `\n### Requests per endpoint (window of ${results.settings.pollWindowS} s after the list is painted)\n`,
  );
  out.push(
    table(
      [
        'app, mounted',
        'VM',
        'state',
        'interval',
        'vm-context',
        'recent-jobs',
        'per interval (context / jobs)',
        'first recent-jobs request',
        'within budget',
      ],
      results.polling.map((entry) => [
        `${entry.app}: ${entry.mounted}`,
        entry.vmName,
        entry.state,
        `${entry.intervalMs / 1000} s`,
        String(entry.requests['vm-context']),
        String(entry.requests['recent-jobs']),
        `${entry.perInterval['vm-context']} / ${entry.perInterval['recent-jobs']}`,
        entry.firstRecentJobsMs === null
          ? 'none'
          : `${(entry.firstRecentJobsMs / 1000).toFixed(1)} s`,
        entry.withinBudget ? 'yes' : 'no',
      ]),
    ),
  );
  out.push('\n### Budgets\n');
  out.push(
    table(
      ['budget', 'limit', 'measured', ''],
      results.budgets.map((budget) => [
        budget.name,
        budget.limit,
        budget.figure,
        budget.met ? 'met' : '**NOT met**',
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}
