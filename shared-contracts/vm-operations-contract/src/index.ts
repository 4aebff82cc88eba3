import type { ComponentType } from 'react';

/*
 * What a host compiles against to load the VmOperations remote: its props, the modules it
 * exposes, their Module Federation ids and the contract version. Types and constants only, no
 * runtime dependencies, so a host in another repository installs it without the remote's code.
 * The remote checks the same props at runtime with a table of checks typed by these interfaces
 * (`remote/src/props/props.ts`), so the two cannot disagree.
 */

// ---- Version ---------------------------------------------------------------------------------

/**
 * Version of the contract between the VmOperations remote and its hosts (props, exposed
 * modules, API shapes). A major bump means a host written against an older major must not
 * render the remote; minor bumps only add optional things.
 */
export const CONTRACT_VERSION = '1.0.0';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/** The major part of a semver string, or null when it is not semver. */
export function contractMajor(version: unknown): number | null {
  if (typeof version !== 'string') return null;
  const match = SEMVER.exec(version.trim());
  return match ? Number(match[1]) : null;
}

/** True when a remote built against `remoteVersion` can be used by a host built for `supportedMajor`. */
export function isContractCompatible(remoteVersion: unknown, supportedMajor: number): boolean {
  return contractMajor(remoteVersion) === supportedMajor;
}

// ---- Props -----------------------------------------------------------------------------------

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

/** The host's own `fetch`, used for every request the remote makes (auth, proxies). */
export type OmaFetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The fastest refresh while an operation runs, in ms: smaller `activePollMs` values are raised
 * to it, so a host cannot make the feature flood the API.
 */
export const MIN_ACTIVE_POLL_MS = 1_000;
/** The fastest refresh while nothing runs, in ms: smaller `idlePollMs` values are raised to it. */
export const MIN_IDLE_POLL_MS = 5_000;

/** Default base URL of the OMA API: same origin as the page. */
export const DEFAULT_API_BASE_URL = '/api/v1';

/** How the remote's requests reach an authenticated OMA API; every field is optional. */
interface RequestProps {
  /** Used instead of the page's `fetch` for every request (e.g. one that adds a bearer token). */
  fetch?: OmaFetch;
  /** Headers added to every request (e.g. `Authorization`). */
  requestHeaders?: Record<string, string>;
  /** `fetch`'s credentials mode for every request (default: the browser's, `same-origin`). */
  credentials?: 'omit' | 'same-origin' | 'include';
  /**
   * Colour scheme in a host whose MantineProvider the feature does not use (a Mantine host's
   * scheme wins); without it, the host's `dark` class on <html>, else the browser's preference.
   */
  colorScheme?: 'light' | 'dark';
}

/** Props of `VmOperations`: the recent operations of one VM, with its failure banner. */
export interface VmOperationsProps extends RequestProps {
  /** The VM's replication context id (`context.context_id`), used for its recent jobs; not blank. */
  contextId: string;
  /** The VM's name, used for its last-operation summary and shown in the details; not blank. */
  vmName: string;
  /** Admins also see a collapsed Technical Details section; the API must still enforce this. */
  isAdmin?: boolean;
  /** Called when the user asks for a live failover; may return a promise. Omit to hide the action. */
  onTryLiveFailover?: TryLiveFailoverHandler;
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl?: string;
  /** Refresh interval while an operation runs, in ms (default 3000; at least 1000, smaller values are raised). */
  activePollMs?: number;
  /** Refresh interval while nothing runs, in ms (default 30000; at least 5000, smaller values are raised). */
  idlePollMs?: number;
}

/** Props of `LastOperationBadge`, the small status badge for VM summary cards. */
export interface LastOperationBadgeProps extends RequestProps {
  /** The VM whose last operation is summarised; not blank. */
  vmName: string;
  /** Base URL of the OMA API; defaults to the host's same-origin `/api/v1`. */
  apiBaseUrl?: string;
}

// ---- Module Federation -----------------------------------------------------------------------

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

/** The remote's container name. */
export const REMOTE_NAME = 'vm_operations';

/** The remote's exposed modules, as its build names them. */
export const EXPOSED_MODULES = {
  vmOperations: './VmOperations',
  lastOperationBadge: './LastOperationBadge',
} as const;

/** `loadRemote` ids of the exposed modules. */
export const REMOTE_MODULE_IDS = {
  vmOperations: `${REMOTE_NAME}/VmOperations`,
  lastOperationBadge: `${REMOTE_NAME}/LastOperationBadge`,
} as const;

/**
 * The host's React and ReactDOM the remote runs on (it ships none in production). Module
 * Federation's version check accepts prereleases of a matching version, such as the
 * `19.2.0-canary-…` React that Next.js 15's App Router bundles.
 */
export const HOST_REACT_RANGE = '^18.3.0 || ^19.0.0';

/**
 * A host's Mantine the remote uses instead of its own (Mantine 8.3): the components it uses
 * behave alike in 8.3 and 9, and a Mantine 9 host has the React ≥ 19.2 that 9 needs.
 */
export const HOST_MANTINE_RANGE = '^8.3.0 || ^9.0.0';
