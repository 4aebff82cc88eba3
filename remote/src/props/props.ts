import type { OmaFetch, TryLiveFailoverHandler } from '@migratekit/vm-operations-contract';
import { z } from 'zod/mini';

// The plain props types and constants hosts compile against live in the contract package.
export type {
  LastOperationBadgeModule,
  LastOperationBadgeProps,
  LiveFailoverTarget,
  OmaFetch,
  TryLiveFailoverHandler,
  VmOperationsModule,
  VmOperationsProps,
} from '@migratekit/vm-operations-contract';
export {
  DEFAULT_API_BASE_URL,
  MIN_ACTIVE_POLL_MS,
  MIN_IDLE_POLL_MS,
} from '@migratekit/vm-operations-contract';

// zod/mini carries no message catalogue: each check says in plain words what a host must pass.
const nonEmpty = () =>
  z
    .string({ error: 'must be text' })
    .check(z.trim(), z.minLength(1, { error: 'must not be empty' }));
const fn = <T>() =>
  z.custom<T>((value) => typeof value === 'function', { error: 'must be a function' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

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

/** Runtime check of the props of the small status badge for VM summary cards. */
export const LastOperationBadgePropsSchema = z.object({
  /** The VM whose last operation is summarised. */
  vmName: nonEmpty(),
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: z.optional(nonEmpty()),
  ...requestProps,
});

/** Human-readable list of what is wrong with some props, for a visible message. */
export function describePropsProblems(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.') || 'props';
    return `${name}: ${issue.message}`;
  });
}
