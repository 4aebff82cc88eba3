import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import fc from 'fast-check';

/*
 * Running fast-check properties inside Jest, seeded and reproducible:
 * - FC_SEED: the seed of every property (default DEFAULT_SEED), so a run can be repeated;
 * - FC_RUNS_SCALE: multiplies every property's number of runs (e.g. 0.1 locally, 10 nightly);
 * - FC_PATH: with FC_SEED, replays the counterexample path a failure printed (run the one
 *   test with `-t`).
 * Each test file records what it ran (property, runs, seed) in
 * artifacts/reliability/properties/<test file>.json, rewritten on every run of that file.
 */

/** The seed used when FC_SEED is not set. */
export const DEFAULT_SEED = 20251003;

export interface PropertySettings {
  seed: number;
  scale: number;
  path: string | undefined;
}

function parseNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new Error(`${name} must be a number, got ${JSON.stringify(raw)}`);
  return value;
}

/** The run settings from the environment. */
export function propertySettings(env: NodeJS.ProcessEnv = process.env): PropertySettings {
  const scale = parseNumber('FC_RUNS_SCALE', env.FC_RUNS_SCALE, 1);
  if (scale <= 0) throw new Error('FC_RUNS_SCALE must be greater than 0');
  return {
    seed: Math.trunc(parseNumber('FC_SEED', env.FC_SEED, DEFAULT_SEED)),
    scale,
    path: env.FC_PATH?.trim() || undefined,
  };
}

/** `baseRuns` scaled by FC_RUNS_SCALE, at least one. */
export function scaledRuns(baseRuns: number, settings = propertySettings()): number {
  return Math.max(1, Math.round(baseRuns * settings.scale));
}

export interface PropertyRecord {
  property: string;
  /** Cases that ran (including the failing one). */
  runs: number;
  /** Cases asked for, after scaling. */
  requestedRuns: number;
  seed: number;
  durationMs: number;
  passed: boolean;
}

/** Where the records of the running test file go: the repository's artifacts folder. */
function recordsFile(testPath: string): string {
  const root =
    process.env.RELIABILITY_ARTIFACTS_DIR ??
    join(findRepositoryRoot(testPath), 'artifacts/reliability');
  const name = basename(testPath).replace(/\.(?:test|spec)\.[cm]?[jt]sx?$/, '');
  return join(root, 'properties', `${name}.json`);
}

function findRepositoryRoot(from: string): string {
  let directory = dirname(from);
  for (;;) {
    // The workspace root holds pnpm-workspace.yaml.
    if (existsSync(join(directory, 'pnpm-workspace.yaml'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
}

// Module state lives per test file under Jest, so each file starts its records afresh.
const records: PropertyRecord[] = [];

function currentTestPath(): string {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('checkProperty must run inside a Jest test');
  return testPath;
}

function writeRecords(testPath: string) {
  const file = recordsFile(testPath);
  mkdirSync(dirname(file), { recursive: true });
  const settings = propertySettings();
  const summary = {
    testFile: relative(findRepositoryRoot(testPath), testPath),
    seed: settings.seed,
    scale: settings.scale,
    totalRuns: records.reduce((sum, record) => sum + record.runs, 0),
    properties: records,
  };
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
}

export interface CheckOptions<Ts> {
  /** Runs before FC_RUNS_SCALE. */
  numRuns: number;
  /** False keeps the run out of the records (for checks of this runner itself). */
  record?: boolean;
  /** Further fast-check parameters (examples, timeouts, …). */
  parameters?: Omit<fc.Parameters<Ts>, 'numRuns' | 'seed' | 'path'>;
}

/**
 * Checks `property` with the run settings, records how many cases ran, and fails the test
 * with fast-check's report (seed, path, shrunk counterexample) when a case fails.
 */
export async function checkProperty<Ts>(
  name: string,
  property: fc.IRawProperty<Ts>,
  { numRuns, record = true, parameters = {} }: CheckOptions<Ts>,
): Promise<void> {
  const testPath = currentTestPath();
  const settings = propertySettings();
  const requestedRuns = scaledRuns(numRuns, settings);
  const started = performance.now();
  const details = await fc.check(property, {
    ...parameters,
    numRuns: requestedRuns,
    seed: settings.seed,
    ...(settings.path ? { path: settings.path, endOnFailure: true } : {}),
  });
  if (record) {
    records.push({
      property: name,
      runs: details.numRuns,
      requestedRuns,
      seed: settings.seed,
      durationMs: Math.round(performance.now() - started),
      passed: !details.failed,
    });
    writeRecords(testPath);
  }
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? 'fast-check reported a failure';
    const testName = expect.getState().currentTestName ?? name;
    const replay = `Replay: FC_SEED=${details.seed} FC_PATH="${details.counterexamplePath ?? ''}" npx jest ${relative(process.cwd(), testPath)} -t ${JSON.stringify(testName)}`;
    const cause = details.errorInstance;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Property "${name}" failed.\n${report}\n${replay}\nFailure: ${reason}`, {
      cause,
    });
  }
}
