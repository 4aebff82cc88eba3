import type {
  LastOperationBadgeProps,
  OmaFetch,
  TryLiveFailoverHandler,
  VmOperationsProps,
} from '@migratekit/vm-operations-contract';

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

/*
 * Runtime checks of the props a host passes (hosts may be plain JavaScript). A dozen type
 * checks, written here rather than as schemas: the remote's own code then needs no schema
 * library, so a host that shares the contracts packages with the lean entry (see the README)
 * downloads none. Each check says in plain words what a host must pass.
 */

/** A prop's value checked: the value to use, or what is wrong with it (path below the prop). */
type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; problems: Array<{ path: string; message: string }> };

type Check<T> = (value: unknown) => Checked<T>;

const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (message: string, path = ''): Checked<never> => ({
  ok: false,
  problems: [{ path, message }],
});

/** Text with something in it, trimmed. */
const nonEmpty: Check<string> = (value) => {
  if (typeof value !== 'string') return fail('must be text');
  const trimmed = value.trim();
  return trimmed === '' ? fail('must not be empty') : pass(trimmed);
};

const boolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? pass(value) : fail('must be true or false');

const fn =
  <T>(): Check<T> =>
  (value) =>
    typeof value === 'function' ? pass(value as T) : fail('must be a function');

const oneOf =
  <const T extends readonly string[]>(values: T): Check<T[number]> =>
  (value) =>
    values.includes(value as string)
      ? pass(value as T[number])
      : fail(`must be one of: ${values.join(', ')}`);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

const headers: Check<Record<string, string>> = (value) => {
  if (!isPlainObject(value)) return fail('must be an object of header names and values');
  const notText = Object.keys(value).filter((name) => typeof value[name] !== 'string');
  if (notText.length === 0) return pass(value as Record<string, string>);
  return { ok: false, problems: notText.map((path) => ({ path, message: 'must be text' })) };
};

const positiveMs: Check<number> = (value) => {
  if (!Number.isSafeInteger(value)) return fail('must be a whole number of milliseconds');
  return (value as number) > 0 ? pass(value as number) : fail('must be above 0');
};

/**
 * One check per prop of the contract's interface, no more, no fewer: a prop added to or removed
 * from the contract fails the build here. `required` mirrors whether the interface requires it.
 */
type PropChecks<Props> = {
  [K in keyof Props]-?: {
    check: Check<Exclude<Props[K], undefined>>;
    required: undefined extends Props[K] ? false : true;
  };
};

const optional = <T>(check: Check<T>) => ({ check, required: false as const });
const required = <T>(check: Check<T>) => ({ check, required: true as const });

/** How the remote's requests reach an authenticated OMA API; every field is optional. */
const requestChecks = {
  fetch: optional(fn<OmaFetch>()),
  requestHeaders: optional(headers),
  credentials: optional(oneOf(['omit', 'same-origin', 'include'] as const)),
  colorScheme: optional(oneOf(['light', 'dark'] as const)),
};

const vmOperationsChecks: PropChecks<VmOperationsProps> = {
  contextId: required(nonEmpty),
  vmName: required(nonEmpty),
  isAdmin: optional(boolean),
  onTryLiveFailover: optional(fn<TryLiveFailoverHandler>()),
  apiBaseUrl: optional(nonEmpty),
  ...requestChecks,
  activePollMs: optional(positiveMs),
  idlePollMs: optional(positiveMs),
};

const lastOperationBadgeChecks: PropChecks<LastOperationBadgeProps> = {
  vmName: required(nonEmpty),
  apiBaseUrl: optional(nonEmpty),
  ...requestChecks,
};

/** Props checked: the known props (text trimmed), or every problem as "prop: what is wrong". */
export type PropsCheck<Props> = { ok: true; props: Props } | { ok: false; problems: string[] };

function checkProps<Props>(checks: PropChecks<Props>, input: unknown): PropsCheck<Props> {
  if (!isPlainObject(input)) return { ok: false, problems: ['props: must be an object'] };
  const props: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, { check, required }] of Object.entries<{
    check: Check<unknown>;
    required: boolean;
  }>(checks)) {
    const value = input[name];
    if (value === undefined) {
      if (required) problems.push(`${name}: is missing`);
      continue;
    }
    const checked = check(value);
    if (checked.ok) props[name] = checked.value;
    else {
      for (const { path, message } of checked.problems) {
        problems.push(`${path ? `${name}.${path}` : name}: ${message}`);
      }
    }
  }
  return problems.length === 0 ? { ok: true, props: props as Props } : { ok: false, problems };
}

/** VmOperations' props, checked. */
export const checkVmOperationsProps = (input: unknown) => checkProps(vmOperationsChecks, input);

/** LastOperationBadge's props, checked. */
export const checkLastOperationBadgeProps = (input: unknown) =>
  checkProps(lastOperationBadgeChecks, input);
