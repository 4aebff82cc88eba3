import type { AppName } from './apps';
import type { LibraryName } from './bytes';
import type { BenchResults, FeatureBytes } from './report';
import { kb, ms, round } from './stats';

/*
 * The budgets the bench holds VmOperations to, each a limit, the figure measured and whether it
 * was met. The report (report.ts) prints them; bench/README.md states them.
 */

export interface Budget {
  name: string;
  limit: string;
  figure: string;
  met: boolean;
}

type FigureMet = Pick<Budget, 'figure' | 'met'>;

/**
 * The React-only host loading the default manifest, both ways the README's recipes do it: with
 * the federation build plugin (webpack 5 / Rspack) and with the runtime API alone (the Next.js
 * recipe, as the real dashboard loads it). A React-only budget is met when it is met by both.
 */
export const REACT_FEDERATED_HOSTS = ['react-federated', 'react-runtime'] as const;

/**
 * The React-only host with the README's runtime-sharing opt-in (the lean manifest): measured
 * and printed beside the React-only budgets, which are about the default manifest.
 */
export const REACT_OPT_IN_HOST = 'react-lean' as const;

/** Hosts that show the feature, and which libraries each must have exactly once. */
export const COPY_RULES: Array<{ app: AppName; exactlyOnce: LibraryName[] }> = [
  { app: 'react-static', exactlyOnce: ['react', 'react-dom'] },
  { app: 'react-federated', exactlyOnce: ['react', 'react-dom'] },
  { app: 'react-runtime', exactlyOnce: ['react', 'react-dom'] },
  { app: 'react-lean', exactlyOnce: ['react', 'react-dom'] },
  { app: 'mantine-federated', exactlyOnce: ['react', 'react-dom', '@mantine/core'] },
  { app: 'mantine-lean', exactlyOnce: ['react', 'react-dom', '@mantine/core'] },
  { app: 'host-shell', exactlyOnce: ['react', 'react-dom', '@mantine/core'] },
  { app: 'monolith', exactlyOnce: ['react', 'react-dom', '@mantine/core'] },
];

/** The budgets, each checked against the figures measured. */
export function evaluateBudgets(
  results: Omit<BenchResults, 'budgets' | 'durationS'>,
  largestScale: number,
): Budget[] {
  const feature = (app: AppName) => {
    const found = results.featureBytes.find((entry) => entry.app === app);
    if (!found) throw new Error(`no feature bytes for ${app}`);
    return found;
  };
  const staticAdds = feature('react-static').adds.total;
  const parts = (adds: FeatureBytes['adds']) =>
    `JS ${kb(adds.js)} (remoteEntry.js ${kb(adds.entry)}) + CSS ${kb(adds.css)} + manifest ${kb(adds.manifest)}`;
  /** A host's figure, or why the feature did not load there (then the budget is not met). */
  const hostFigure = (app: AppName, limit: (total: number) => boolean) => {
    const { loadError, adds } = feature(app);
    if (loadError)
      return { figure: `the feature did not load (${loadError})`, met: false, total: adds.total };
    return {
      figure: `${kb(adds.total)} KB (${parts(adds)})`,
      met: limit(adds.total),
      total: adds.total,
    };
  };
  /** Bytes a host's remote adds, against the static case. */
  const ratioText = (total: number) =>
    `${kb(total)} KB / ${kb(staticAdds)} KB = ${round(total / staticAdds, 3)}×`;
  const painted = results.timing.listPaintedMs;
  const staticMs = painted['react-static']?.median ?? Number.NaN;
  /** Each React-only federated host's figures, and whether it met each of its budgets. */
  const reactHosts = REACT_FEDERATED_HOSTS.map((app) => {
    const adds = hostFigure(app, (total) => total <= 110 * 1024);
    const { loadError, adds: fetched } = feature(app);
    const failed = loadError !== null;
    const bytesRatio = adds.total / staticAdds;
    // The lowest ratio the default manifest allows: its entry and manifest on top of the static
    // bytes, as if the feature's own chunks cost nothing more than when bundled statically.
    const { entry, manifest } = fetched;
    const floorRatio = (staticAdds + entry + manifest) / staticAdds;
    const fedMs = painted[app]?.median ?? Number.NaN;
    const timeRatio = fedMs / staticMs;
    return {
      adds: { figure: `${app}: ${adds.figure}`, met: adds.met },
      bytesRatio: {
        figure: failed
          ? `${app}: ${adds.figure}`
          : `${app}: ${ratioText(adds.total)} (remoteEntry.js and the manifest alone: ${round(floorRatio, 3)}×)`,
        met: !failed && bytesRatio <= 1.25,
      },
      time: {
        figure: failed
          ? `${app}: ${adds.figure}`
          : `${app}: ${ms(fedMs)} / ${ms(staticMs)} = ${round(timeRatio, 3)}×`,
        met: !failed && timeRatio <= 1.15,
      },
    };
  });
  /** One budget over every React-only federated host: each figure, met when all are. */
  const everyReactHost = (pick: (host: (typeof reactHosts)[number]) => FigureMet) => ({
    figure: reactHosts.map((host) => pick(host).figure).join('; '),
    met: reactHosts.every((host) => pick(host).met),
  });
  const mantineFed = hostFigure('mantine-federated', (total) => total <= 50 * 1024);
  /** A host on the lean manifest (the opt-in), beside a budget that is about the default one. */
  const optIn = (app: AppName, figure: (total: number) => string) => {
    const { loadError, adds } = feature(app);
    return `; with the opt-in (${app}, not the budget's case): ${loadError ? `the feature did not load (${loadError})` : figure(adds.total)}`;
  };
  const lean = feature('host-shell');
  const copyFigures = COPY_RULES.map(({ app }) => {
    const copies = results.bytes[app].libraryCopies;
    if (results.bytes[app].loadError) return `${app}: feature did not load`;
    return `${app}: react ${copies.react.copies}, react-dom ${copies['react-dom'].copies}, mantine ${copies['@mantine/core'].copies}`;
  });
  // Only pages where the feature loaded: a failed load fetched none of it.
  const loadedRules = COPY_RULES.filter(({ app }) => results.bytes[app].loadError === null);
  const copiesMet =
    loadedRules.every(({ app, exactlyOnce }) =>
      exactlyOnce.every((library) => results.bytes[app].libraryCopies[library].copies === 1),
    ) &&
    ['react-static', ...REACT_FEDERATED_HOSTS, REACT_OPT_IN_HOST].every(
      // A host without Mantine gets the feature's own, once.
      (app) => results.bytes[app as AppName].libraryCopies['@mantine/core'].copies <= 1,
    );
  const scale = results.scale.find((entry) => entry.jobs === largestScale);
  const scaleApps = scale ? (Object.keys(scale.longestTaskMs) as AppName[]) : [];
  // Task durations are wall-clock: on a busy machine another process's turn on the CPU
  // stretches them. The budget takes each app's median run, and the CPU time of the single
  // most expensive task of any run (which no other process can stretch).
  const taskBudget = (name: AppName) =>
    scale
      ? Math.max(
          scale.longestTaskMs[name]?.median ?? Number.NaN,
          scale.longestTaskCpuMs[name]?.max ?? 0,
        )
      : Number.NaN;
  const polling = results.polling;
  const bytesRatio = everyReactHost((host) => host.bytesRatio);
  return [
    {
      name: 'React-only host, default manifest: bytes VmOperations adds (JS + CSS + manifest + entry, gzip), vs the same feature bundled statically',
      limit: '≤ 1.25× static',
      figure: `${bytesRatio.figure}${optIn(REACT_OPT_IN_HOST, ratioText)}`,
      met: bytesRatio.met,
    },
    {
      name: 'React-only host, default manifest: bytes VmOperations adds (gzip)',
      limit: '≤ 110 KB',
      ...everyReactHost((host) => host.adds),
    },
    {
      name: 'Mantine host following the README, default manifest: bytes VmOperations adds (gzip)',
      limit: '≤ 50 KB',
      figure: `${mantineFed.figure}${optIn('mantine-lean', (total) => `${kb(total)} KB`)}`,
      met: mantineFed.met,
    },
    {
      name: 'host-shell with the lean manifest (runtime-sharing opt-in): bytes VmOperations adds (gzip)',
      limit: '≤ 25 KB',
      figure: lean.loadError
        ? `the feature did not load (${lean.loadError})`
        : `${kb(lean.adds.total)} KB (${parts(lean.adds)})`,
      met: !lean.loadError && lean.adds.total <= 25 * 1024,
    },
    {
      name: 'React-only host: navigation → job list visible, federated median vs static median',
      limit: '≤ 1.15×',
      ...everyReactHost((host) => host.time),
    },
    {
      name: 'Copies of React and ReactDOM (and Mantine where the host has it) fetched, every host',
      limit: 'exactly 1 each',
      figure: copyFigures.join('; '),
      met: copiesMet,
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
        ? scaleApps
            .map(
              (name) =>
                `${name} ${ms(scale.longestTaskMs[name]?.median)} (worst run ${ms(scale.longestTaskMs[name]?.max)}; most CPU ${ms(scale.longestTaskCpuMs[name]?.max ?? undefined)})`,
            )
            .join(', ')
        : 'not measured',
      met: scaleApps.length > 0 && scaleApps.every((name) => taskBudget(name) <= 200),
    },
  ];
}
