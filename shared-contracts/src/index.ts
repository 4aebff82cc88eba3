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
  JobSchema,
  jobSortTime,
  LastOperationSchema,
  LiveFailoverRequestSchema,
  LiveFailoverResponseSchema,
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
  VM_CONTEXT_STATUSES,
} from './enums';
export {
  EXPOSED_MODULES,
  federationShared,
  REMOTE_MODULE_IDS,
  REMOTE_NAME,
  SINGLETON_PACKAGES,
} from './federation';
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
  VmOperationsPropsSchema,
} from './props';
export { CONTRACT_VERSION, contractMajor, isContractCompatible } from './version';
