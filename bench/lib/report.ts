import type { AppName } from './apps';
import type { ByteTotals, LibraryName, PageLoadBytes, SharedInstance } from './bytes';
import type { MachineInfo } from './machine';
import type { PollingCase } from './requests';
import { kb, ratio, round, type Spread } from './stats';
import type { ListTiming, ScaleResult } from './time';

export interface BenchResults {
  startedAt: string;
  durationS: number;
  machine: MachineInfo;
  settings: { timedRuns: number; scaleRuns: number; pollWindowS: number; gzip: string };
  buildMs: { federated: number; monolith: number } | null;
  bytes: Record<AppName, PageLoadBytes>;
  timing: ListTiming;
  scale: ScaleResult[];
  polling: PollingCase[];
  budgets: Budget[];
}

export interface Budget {
  name: string;
  limit: string;
  figure: string;
  met: boolean;
}

const size = (totals: ByteTotals | null | undefined) =>
  totals ? `${kb(totals.gzip)} KB (${kb(totals.raw)} KB raw)` : '—';

const ms = (value: number) => `${Math.round(value)} ms`;
const taskText = (wall: Spread, cpu: Spread | null) =>
  `${ms(wall.median)} / ${ms(wall.max)}${cpu ? ` (${ms(cpu.max)} CPU)` : ''}`;
const spreadText = (s: Spread) =>
  `${ms(s.median)} (${Math.round(s.min)} / ${Math.round(s.p25)} / ${Math.round(s.p75)} / ${Math.round(s.max)})`;

/** The budgets, each checked against the figures measured. */
export function evaluateBudgets(
  results: Omit<BenchResults, 'budgets' | 'durationS'>,
  largestScale: number,
): Budget[] {
  const fed = results.bytes.federated;
  const mono = results.bytes.monolith;
  const remoteAdds = (fed.remote?.js.gzip ?? 0) + (fed.remote?.css.gzip ?? 0);
  const jsRatio = fed.total.js.gzip / mono.total.js.gzip;
  const timeRatio =
    results.timing.listPaintedMs.federated.median / results.timing.listPaintedMs.monolith.median;
  const copies = (['react', 'react-dom', '@mantine/core'] as LibraryName[]).map(
    (library) => `${library} ${fed.libraryCopies[library].copies}`,
  );
  const onlyOnce = (['react', 'react-dom', '@mantine/core'] as LibraryName[]).every(
    (library) =>
      fed.libraryCopies[library].copies === 1 && mono.libraryCopies[library].copies === 1,
  );
  const scale = results.scale.find((entry) => entry.jobs === largestScale);
  // Task durations are wall-clock: on a busy machine another process's turn on the CPU
  // stretches them. The budget takes each app's median run, and the CPU time of the single
  // most expensive task of any run (which no other process can stretch).
  const taskBudget = (name: AppName) =>
    scale
      ? Math.max(scale.longestTaskMs[name].median, scale.longestTaskCpuMs[name]?.max ?? 0)
      : Number.NaN;
  const polling = results.polling;
  return [
    {
      name: 'Bytes VmOperations adds to a host that has React and Mantine (JS + CSS, gzip)',
      limit: '≤ 25 KB',
      figure: `${kb(remoteAdds)} KB (JS ${kb(fed.remote?.js.gzip ?? 0)} + CSS ${kb(fed.remote?.css.gzip ?? 0)}; manifest ${kb(fed.remote?.other.gzip ?? 0)} KB more)`,
      met: remoteAdds <= 25 * 1024,
    },
    {
      name: 'First-load JS, host + remote vs the monolith (gzip)',
      limit: '≤ 1.25×',
      figure: `${kb(fed.total.js.gzip)} KB / ${kb(mono.total.js.gzip)} KB = ${round(jsRatio, 3)}×`,
      met: jsRatio <= 1.25,
    },
    {
      name: 'Navigation → job list visible, federated median vs monolith median',
      limit: '≤ 1.15×',
      figure: `${ms(results.timing.listPaintedMs.federated.median)} / ${ms(results.timing.listPaintedMs.monolith.median)} = ${round(timeRatio, 3)}×`,
      met: timeRatio <= 1.15,
    },
    {
      name: 'Copies of React, ReactDOM and Mantine fetched',
      limit: 'exactly 1 each',
      figure: `federated: ${copies.join(', ')}; monolith: 1 each`,
      met: onlyOnce,
    },
    {
      name: 'Requests per endpoint per refresh interval (running and idle, whatever is mounted)',
      limit: '≤ 1 per interval; none beyond the slow interval while idle',
      figure: polling
        .map(
          (entry) =>
            `${entry.app} ${entry.state}: vm-context ${entry.perInterval['vm-context']}, recent-jobs ${entry.perInterval['recent-jobs']}`,
        )
        .join('; '),
      met: polling.length > 0 && polling.every((entry) => entry.withinBudget),
    },
    {
      name: `${largestScale.toLocaleString('en')} jobs: longest main-thread task from the jobs' arrival until all are listed (median run; most CPU of any task)`,
      limit: '≤ 200 ms',
      figure: scale
        ? (['federated', 'monolith'] as const)
            .map(
              (name) =>
                `${name} ${ms(scale.longestTaskMs[name].median)} (worst run ${ms(scale.longestTaskMs[name].max)}; most CPU ${ms(scale.longestTaskCpuMs[name]?.max ?? Number.NaN)})`,
            )
            .join(', ')
        : 'not measured',
      met: taskBudget('federated') <= 200 && taskBudget('monolith') <= 200,
    },
  ];
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
  const fed = results.bytes.federated;
  const mono = results.bytes.monolith;
  const m = results.machine;
  const out: string[] = [];
  out.push(
    `Measured ${results.startedAt} in ${Math.round(results.durationS)} s on ${m.cpuModel} (${m.cores} cores, ${m.memoryGb} GB, load ${m.loadAverage1m} at start), ${m.platform}, Node ${m.node}, Chromium ${m.chromium}. Headless, production builds served as deployed; sizes are gzip -9 of the bytes fetched (raw in brackets).`,
  );
  out.push('\n### Bytes (page `/vms/pgtest1`, cold cache)\n');
  out.push(
    table(
      ['', 'federated', 'monolith', 'federated ÷ monolith'],
      [
        ['VmOperations adds (remote origin): JS', size(fed.remote?.js), '—', ''],
        ['VmOperations adds (remote origin): CSS', size(fed.remote?.css), '—', ''],
        ['VmOperations adds: mf-manifest.json', size(fed.remote?.other), '—', ''],
        ['remoteEntry.js alone', size(fed.remoteEntry), '—', ''],
        [
          'Host first load: JS',
          size(fed.host.js),
          size(mono.total.js),
          `${ratio(fed.host.js.gzip, mono.total.js.gzip)}×`,
        ],
        [
          'Host first load: CSS',
          size(fed.host.css),
          size(mono.total.css),
          `${ratio(fed.host.css.gzip, mono.total.css.gzip)}×`,
        ],
        [
          'Total first load: JS',
          size(fed.total.js),
          size(mono.total.js),
          `${ratio(fed.total.js.gzip, mono.total.js.gzip)}×`,
        ],
        [
          'Total first load: CSS',
          size(fed.total.css),
          size(mono.total.css),
          `${ratio(fed.total.css.gzip, mono.total.css.gzip)}×`,
        ],
        [
          'Scripts / stylesheets fetched',
          `${fed.total.js.files} / ${fed.total.css.files}`,
          `${mono.total.js.files} / ${mono.total.css.files}`,
          '',
        ],
      ],
    ),
  );
  out.push('\n### Copies of shared libraries fetched\n');
  out.push(
    table(
      ['library', 'federated', 'monolith'],
      (Object.keys(fed.libraryCopies) as LibraryName[]).map((library) => [
        library,
        String(fed.libraryCopies[library].copies),
        String(mono.libraryCopies[library].copies),
      ]),
    ),
  );
  out.push(`\nFederation share scope after the load: ${shareScopeText(fed.shareScope)}.`);
  const t = results.timing;
  out.push(
    `\n### Navigation → job list visible (\`${t.path}\`, ${t.listPaintedMs.federated.runs} cold runs each, alternated)\n`,
  );
  out.push(
    table(
      ['', 'median (min / p25 / p75 / max)'],
      [
        ['federated', spreadText(t.listPaintedMs.federated)],
        ['monolith', spreadText(t.listPaintedMs.monolith)],
        [
          'federated ÷ monolith (medians)',
          `${ratio(t.listPaintedMs.federated.median, t.listPaintedMs.monolith.median)}×`,
        ],
      ],
    ),
  );
  out.push('\n### Scale: a VM with many jobs (traced cold loads)\n');
  out.push(
    table(
      [
        'jobs',
        'list visible (median): federated / monolith',
        'every job listed (median): federated / monolith',
        'longest task once the jobs arrive, federated: median / max (most CPU)',
        'same, monolith',
        'longest task of the whole load (median): federated / monolith',
      ],
      results.scale.map((entry) => [
        entry.jobs.toLocaleString('en'),
        `${ms(entry.listPaintedMs.federated.median)} / ${ms(entry.listPaintedMs.monolith.median)}`,
        `${ms(entry.listCompleteMs.federated.median)} / ${ms(entry.listCompleteMs.monolith.median)}`,
        taskText(entry.longestTaskMs.federated, entry.longestTaskCpuMs.federated),
        taskText(entry.longestTaskMs.monolith, entry.longestTaskCpuMs.monolith),
        `${ms(entry.longestLoadTaskMs.federated.median)} / ${ms(entry.longestLoadTaskMs.monolith.median)}`,
      ]),
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
        budget.met ? 'met' : 'NOT met',
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}
