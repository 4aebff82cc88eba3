import type { ComponentType } from 'react';
import { z } from 'zod';

/** Which VM a live failover is requested for; handed to the host's callback. */
export interface LiveFailoverTarget {
  /** The VM's replication context id. */
  contextId: string;
  /** The VM's name as the dashboard knows it. */
  vmName: string;
  /** The failed operation the user was looking at, when there is one. */
  failedJobId: string | null;
}

/** Starts a live failover (the host confirms with the user and calls the API); may return a promise. */
export type TryLiveFailoverHandler = (target: LiveFailoverTarget) => unknown;

/**
 * The fastest refresh while an operation runs, in ms: smaller `activePollMs` values are raised
 * to it, so a host cannot make the feature flood the API.
 */
export const MIN_ACTIVE_POLL_MS = 1_000;
/** The fastest refresh while nothing runs, in ms: smaller `idlePollMs` values are raised to it. */
export const MIN_IDLE_POLL_MS = 5_000;

const nonEmpty = z.string().trim().min(1);
const positiveMs = z.number().int().positive().finite();

/** Runtime check of the props a host passes (hosts may be plain JavaScript). */
export const VmOperationsPropsSchema = z.object({
  /** The VM's replication context id (`context.context_id`), used for its recent jobs. */
  contextId: nonEmpty,
  /** The VM's name, used for its last-operation summary and shown in the details. */
  vmName: nonEmpty,
  /** Admins also see a collapsed Technical Details section; the API must still enforce this. */
  isAdmin: z.boolean().optional(),
  /** Called when the user asks for a live failover; may return a promise. Omit to hide the action. */
  onTryLiveFailover: z
    .custom<TryLiveFailoverHandler>((value) => typeof value === 'function', {
      message: 'must be a function',
    })
    .optional(),
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: nonEmpty.optional(),
  /** Refresh interval while an operation runs, in ms (default 3000; at least 1000, smaller values are raised). */
  activePollMs: positiveMs.optional(),
  /** Refresh interval while nothing runs, in ms (default 30000; at least 5000, smaller values are raised). */
  idlePollMs: positiveMs.optional(),
});
export type VmOperationsProps = z.input<typeof VmOperationsPropsSchema>;

/** Runtime check of the props of the small status badge for VM summary cards. */
export const LastOperationBadgePropsSchema = z.object({
  /** The VM whose last operation is summarised. */
  vmName: nonEmpty,
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: nonEmpty.optional(),
});
export type LastOperationBadgeProps = z.input<typeof LastOperationBadgePropsSchema>;

/** Default base URL of the OMA API: same origin as the page. */
export const DEFAULT_API_BASE_URL = '/api/v1';

/** What `./VmOperations` exposes over Module Federation. */
export interface VmOperationsModule {
  default: ComponentType<VmOperationsProps>;
  VmOperations: ComponentType<VmOperationsProps>;
  CONTRACT_VERSION: string;
}

/** What `./LastOperationBadge` exposes over Module Federation. */
export interface LastOperationBadgeModule {
  default: ComponentType<LastOperationBadgeProps>;
  LastOperationBadge: ComponentType<LastOperationBadgeProps>;
  CONTRACT_VERSION: string;
}

/** Human-readable list of what is wrong with some props, for a visible message. */
export function describePropsProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.') || 'props';
    return `${name}: ${issue.message}`;
  });
}
