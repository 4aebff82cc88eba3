export type {
  ApiErrorBody,
  Job,
  JobWire,
  LastOperation,
  LastOperationWire,
  LiveFailoverRequest,
  LiveFailoverResponse,
  LiveFailoverResponseWire,
  RecentJobsResponse,
  RecentJobsResponseWire,
  VmContext,
  VmContextResponse,
  VmContextResponseWire,
  VmContextWire,
  VmListResponse,
  VmListResponseWire,
} from './api';
export {
  ApiErrorBodySchema,
  isRollbackJobId,
  JobSchema,
  jobSortTime,
  LastOperationSchema,
  LiveFailoverRequestSchema,
  LiveFailoverResponseSchema,
  MAX_PLAUSIBLE_DURATION_SECONDS,
  plausibleDuration,
  RecentJobsResponseSchema,
  sortNewestFirst,
  VmContextResponseSchema,
  VmContextSchema,
  VmListResponseSchema,
} from './api';
export type {
  DataSource,
  ErrorCategory,
  ErrorSeverity,
  JobStatus,
  JobType,
  ReplicationPhase,
  VmContextStatus,
} from './enums';
export {
  DATA_SOURCES,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  FINISHED_STATUSES,
  isActiveStatus,
  JOB_STATUSES,
  JOB_TYPES,
  REPLICATION_PHASES,
  toJobStatus,
  toReplicationPhase,
  VM_CONTEXT_STATUSES,
} from './enums';
export {
  EXPOSED_MODULES,
  HOST_MANTINE_RANGE,
  HOST_REACT_RANGE,
  REMOTE_MODULE_IDS,
  REMOTE_NAME,
} from './federation';
export { parseTimestamp } from './normalise';
export type {
  LastOperationBadgeModule,
  LastOperationBadgeProps,
  LiveFailoverTarget,
  TryLiveFailoverHandler,
  VmOperationsModule,
  VmOperationsProps,
} from './props';
export {
  DEFAULT_API_BASE_URL,
  describePropsProblems,
  LastOperationBadgePropsSchema,
  MIN_ACTIVE_POLL_MS,
  MIN_IDLE_POLL_MS,
  VmOperationsPropsSchema,
} from './props';
export { CONTRACT_VERSION, contractMajor, isContractCompatible } from './version';
