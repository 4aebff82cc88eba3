export type { MockOmaState, MockOmaStateOptions } from './createMockOmaState';
export { createMockOmaState } from './createMockOmaState';
export type { LiveFailoverOutcome } from './operations';
export type { RequestLogEntry, RequestLogFilter } from './requestLog';
export { MAX_LOGGED_REQUESTS } from './requestLog';
export { MAX_RECENT_JOBS } from './vmStore';
