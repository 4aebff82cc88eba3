import type { OmaFetch, TryLiveFailoverHandler } from '@migratekit/vm-operations-contract';
import { z } from 'zod';

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

const nonEmpty = z.string().trim().min(1);

/** How the remote's requests reach an authenticated OMA API; every field is optional. */
const requestProps = {
  /** Used instead of the page's `fetch` for every request (e.g. one that adds a bearer token). */
  fetch: z
    .custom<OmaFetch>((value) => typeof value === 'function', { message: 'must be a function' })
    .optional(),
  /** Headers added to every request (e.g. `Authorization`). */
  requestHeaders: z.record(z.string(), z.string()).optional(),
  /** `fetch`'s credentials mode for every request (default: the browser's, `same-origin`). */
  credentials: z.enum(['omit', 'same-origin', 'include']).optional(),
  /**
   * Colour scheme in a host whose MantineProvider the feature does not use (a Mantine host's
   * scheme wins); without it, the host's `dark` class on <html>, else the browser's preference.
   */
  colorScheme: z.enum(['light', 'dark']).optional(),
};
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
  ...requestProps,
  /** Refresh interval while an operation runs, in ms (default 3000; at least 1000, smaller values are raised). */
  activePollMs: positiveMs.optional(),
  /** Refresh interval while nothing runs, in ms (default 30000; at least 5000, smaller values are raised). */
  idlePollMs: positiveMs.optional(),
});

/** Runtime check of the props of the small status badge for VM summary cards. */
export const LastOperationBadgePropsSchema = z.object({
  /** The VM whose last operation is summarised. */
  vmName: nonEmpty,
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl: nonEmpty.optional(),
  ...requestProps,
});

/** Human-readable list of what is wrong with some props, for a visible message. */
export function describePropsProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.') || 'props';
    return `${name}: ${issue.message}`;
  });
}
