import type { ComponentType } from 'react';
import { z } from 'zod/mini';

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

// zod/mini carries no message catalogue: each check says in plain words what a host must pass.
const nonEmpty = () =>
  z
    .string({ error: 'must be text' })
    .check(z.trim(), z.minLength(1, { error: 'must not be empty' }));
const fn = <T>() =>
  z.custom<T>((value) => typeof value === 'function', { error: 'must be a function' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** The host's own `fetch`, used for every request the remote makes (auth, proxies). */
export type OmaFetch = (input: string, init: RequestInit) => Promise<Response>;

/** How the remote's requests reach an authenticated OMA API; every field is optional. */
const requestProps = {
  /** Used instead of the page's `fetch` for every request (e.g. one that adds a bearer token). */
  fetch: z.optional(fn<OmaFetch>()),
  /** Headers added to every request (e.g. `Authorization`). */
  requestHeaders: z.optional(
    z.record(z.string(), z.string({ error: 'must be text' }), {
      error: 'must be an object of header names and values',
    }),
  ),
  /** `fetch`'s credentials mode for every request (default: the browser's, `same-origin`). */
  credentials: z.optional(oneOf(['omit', 'same-origin', 'include'])),
  /**
   * Colour scheme in a host whose MantineProvider the feature does not use (a Mantine host's
   * scheme wins); without it, the host's `dark` class on <html>, else the browser's preference.
   */
  colorScheme: z.optional(oneOf(['light', 'dark'])),
};
const positiveMs = () =>
  z
    .int({ error: 'must be a whole number of milliseconds' })
    .check(z.positive({ error: 'must be above 0' }));

/** Runtime check of the props a host passes (hosts may be plain JavaScript). */
export const VmOperationsPropsSchema = z.object({
  /** The VM's replication context id (`context.context_id`), used for its recent jobs. */
  contextId: nonEmpty(),
  /** The VM's name, used for its last-operation summary and shown in the details. */
  vmName: nonEmpty(),
  /** Admins also see a collapsed Technical Details section; the API must still enforce this. */
  isAdmin: z.optional(z.boolean({ error: 'must be true or false' })),
  /** Called when the user asks for a live failover; may return a promise. Omit to hide the action. */
  onTryLiveFailover: z.optional(fn<TryLiveFailoverHandler>()),
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: z.optional(nonEmpty()),
  ...requestProps,
  /** Refresh interval while an operation runs, in ms (default 3000; at least 1000, smaller values are raised). */
  activePollMs: z.optional(positiveMs()),
  /** Refresh interval while nothing runs, in ms (default 30000; at least 5000, smaller values are raised). */
  idlePollMs: z.optional(positiveMs()),
});
export type VmOperationsProps = z.input<typeof VmOperationsPropsSchema>;

/** Runtime check of the props of the small status badge for VM summary cards. */
export const LastOperationBadgePropsSchema = z.object({
  /** The VM whose last operation is summarised. */
  vmName: nonEmpty(),
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: z.optional(nonEmpty()),
  ...requestProps,
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
export function describePropsProblems(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.') || 'props';
    return `${name}: ${issue.message}`;
  });
}
