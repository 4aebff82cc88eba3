export type { Fault, FaultKind, RouteName } from './faults';
export {
  DEFAULT_SLOW_DELAY_MS,
  FAULT_KINDS,
  isFaultKind,
  isRouteName,
  MAX_SLOW_DELAY_MS,
  ROUTE_NAMES,
  ROUTES,
} from './faults';
// Every fixture builder, and the brief's example values they default to.
export * from './fixtures/builders';
export { externalJobId, randomUuid, replicationJobId, stableUuid } from './fixtures/ids';
export { DAY, HOUR, isoAt, MINUTE, SECOND, ZERO_TIMESTAMP } from './fixtures/time';
export type * from './fixtures/wire';
export type {
  CreateFailuresOptions,
  CreateHandlersOptions,
  FailureOptions,
  Failures,
  RouteParams,
} from './handlers';
export {
  createFailures,
  createHandlers,
  DEFAULT_BASE_URL,
  failures,
  handlers,
  mockState,
  RAW_PATH_HEADER,
} from './handlers';
export type {
  ProgressStep,
  RawStatusStep,
  RealBackendScenarioDefinition,
  RealBackendScenarioName,
  RunningJobSeed,
  Scenario,
  ScenarioDefinition,
  ScenarioMeta,
  ScenarioName,
  ScenarioSeed,
  ScenarioSpec,
} from './scenarios';
export {
  buildScenarioSeed,
  defineScenario,
  displayNameFor,
  goTime,
  LEAKY_TEXTS,
  LIVE_FAILOVER_STEPS,
  REAL_BACKEND_RAW_TEXTS,
  REAL_BACKEND_SCENARIO_NAMES,
  REAL_BACKEND_VALUES_NOT_SHOWN,
  REAL_REPLICATION_STATUSES,
  REPLICATION_STEPS,
  RUNNING_REPLICATION_INITIAL_PROGRESS,
  RUNNING_REPLICATION_TOTAL_BYTES,
  SCENARIO_NAMES,
  scenarios,
} from './scenarios';
export type {
  LiveFailoverOutcome,
  MockOmaState,
  MockOmaStateOptions,
  RequestLogEntry,
} from './state';
export { createMockOmaState, MAX_LOGGED_REQUESTS, MAX_RECENT_JOBS } from './state';
