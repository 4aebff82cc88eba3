import { appsrvMixed } from './appsrv-mixed';
import { dbsrvRunning } from './dbsrv-running';
import type { ScenarioMeta, ScenarioSeed } from './defineScenario';
import { leakyVm } from './leaky-vm';
import { newvmEmpty } from './newvm-empty';
import { pgtest1 } from './pgtest1';
import { pgtest2 } from './pgtest2';
import { pgtest3 } from './pgtest3';
import { realCrashed } from './real-crashed';
import { realEmpty } from './real-empty';
import { realReplicating } from './real-replicating';
import { realRollback } from './real-rollback';
import { realStalled } from './real-stalled';
import { websrvOk } from './websrv-ok';

/*
 * Every scenario, one VM each, in the order the VM list shows them: the brief's idealised
 * examples, then the real backend's shapes.
 */

const IDEALISED_SCENARIOS = [
  pgtest1,
  pgtest2,
  pgtest3,
  websrvOk,
  appsrvMixed,
  dbsrvRunning,
  newvmEmpty,
  leakyVm,
] as const;

const REAL_BACKEND_SCENARIOS = [
  realEmpty,
  realReplicating,
  realStalled,
  realRollback,
  realCrashed,
] as const;

const SCENARIOS = [...IDEALISED_SCENARIOS, ...REAL_BACKEND_SCENARIOS] as const;

export type ScenarioName = (typeof SCENARIOS)[number]['meta']['name'];
export type RealBackendScenarioName = (typeof REAL_BACKEND_SCENARIOS)[number]['meta']['name'];
/** A scenario's meta: which VM it is and what it shows. */
export type ScenarioDefinition = ScenarioMeta<ScenarioName>;
export type RealBackendScenarioDefinition = ScenarioMeta<RealBackendScenarioName>;

export const SCENARIO_NAMES: readonly ScenarioName[] = SCENARIOS.map(({ meta }) => meta.name);
export const REAL_BACKEND_SCENARIO_NAMES: readonly RealBackendScenarioName[] =
  REAL_BACKEND_SCENARIOS.map(({ meta }) => meta.name);

/** What each scenario is, by name. */
export const scenarios = Object.fromEntries(
  SCENARIOS.map(({ meta }) => [meta.name, meta]),
) as Record<ScenarioName, ScenarioDefinition>;

const seeders = Object.fromEntries(SCENARIOS.map(({ meta, seed }) => [meta.name, seed])) as Record<
  ScenarioName,
  (now: number) => ScenarioSeed
>;

/** The initial data of a scenario's VM, with timestamps relative to `now` (ms). */
export function buildScenarioSeed(name: ScenarioName, now: number): ScenarioSeed {
  return seeders[name](now);
}

export {
  RUNNING_REPLICATION_INITIAL_PROGRESS,
  RUNNING_REPLICATION_TOTAL_BYTES,
} from './dbsrv-running';
export type {
  ProgressStep,
  RawStatusStep,
  RunningJobSeed,
  Scenario,
  ScenarioMeta,
  ScenarioSeed,
  ScenarioSpec,
} from './defineScenario';
export { defineScenario } from './defineScenario';
export { LEAKY_TEXTS } from './leaky-vm';
export { displayNameFor, LIVE_FAILOVER_STEPS, REPLICATION_STEPS } from './operations';
export {
  goTime,
  REAL_BACKEND_RAW_TEXTS,
  REAL_BACKEND_VALUES_NOT_SHOWN,
  REAL_REPLICATION_STATUSES,
} from './realBackend';
