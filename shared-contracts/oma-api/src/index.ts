/** The OMA API as the GUI reads it: routes, schemas, the request client and its one error type. */

export type { OmaCacheKey, Received } from './cache';
export { fetchVmContextEntry, omaCacheKey } from './cache';
export type { FetchFromOmaOptions, OmaRequestOptions } from './client';
export { DEFAULT_TIMEOUT_MS, fetchFromOma, postToOma } from './client';
export type { OmaEndpointName, OmaEndpointParams } from './endpoints';
export { normaliseApiBase, OMA_ENDPOINT_NAMES, OMA_ENDPOINTS, omaUrl } from './endpoints';
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
export type { ApiErrorKind, OmaApiErrorInit } from './errors';
export { isOmaApiError, OmaApiError, toOmaApiError } from './errors';
export { parseTimestamp } from './normalise';
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
} from './schemas';
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
} from './schemas';
