import type { ErrorCategory } from './enums';

/*
 * Every piece of text from the OMA API passes through this module before an operator sees
 * it. The backend sanitizes its errors, but some paths (replication errors, fallbacks that
 * title-case internal names) pass raw text through, so the GUI checks again: text that
 * names a tool, a path, an internal identifier or looks like a diagnostic dump is replaced
 * with plain language, never shown in part.
 */

/** Plain message per category, used when the API's message is missing or unsafe. */
export const CATEGORY_MESSAGES: Record<ErrorCategory, string> = {
  compatibility: 'Driver installation failed - compatibility issue',
  network: 'Network configuration error',
  storage: 'Storage volume access error',
  platform: 'The destination platform reported an error',
  connectivity: 'A required service could not be reached',
  configuration: 'Configuration error - the VM is not set up for this operation',
  unknown: 'The operation failed. Check the steps below or contact support.',
};

/** Plain label per category, for the details view. */
export const CATEGORY_LABELS: Record<ErrorCategory, string> = {
  compatibility: 'Compatibility',
  network: 'Network',
  storage: 'Storage',
  platform: 'Platform',
  connectivity: 'Connectivity',
  configuration: 'Configuration',
  unknown: 'Unknown',
};

/** What an operator can do per category, when the API sent no usable steps. */
export const CATEGORY_STEPS: Record<ErrorCategory, readonly string[]> = {
  compatibility: [
    "Check that the VM's operating system is supported",
    'Try the operation again',
    'Contact support if the problem continues',
  ],
  network: [
    'Review the network mapping for this VM',
    'Check that the target network is available',
    'Try the operation again',
  ],
  storage: [
    'Check that the storage volumes are available',
    'Check that there is enough free storage space',
    'Try the operation again',
  ],
  platform: [
    'Check that the destination platform is available',
    'Try the operation again later',
    'Contact support if the problem continues',
  ],
  connectivity: [
    'Check the connection between the source and destination environments',
    'Try the operation again once the connection is restored',
  ],
  configuration: [
    "Review this VM's migration settings",
    'Check that all prerequisites are met',
    'Try the operation again',
  ],
  unknown: ['Try the operation again', 'Contact support if the problem continues'],
};

/*
 * Internal step ids the backend is known to use, with the names operators see. Keys are
 * normalised (lower case, hyphens), so snake_case variants map too.
 */
const STEP_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  validation: 'Pre-flight Validation',
  'pre-flight-validation': 'Pre-flight Validation',
  'pre-failover-validation': 'Pre-flight Validation',
  'failover-job-creation': 'Initializing Failover Operation',
  'source-vm-power-off': 'Powering Off Source VM',
  'source-vm-power-on': 'Powering On Source VM',
  'source-vm-discovery': 'Discovering Source VM',
  'final-sync': 'Final Data Synchronization',
  'incremental-replication': 'Incremental Data Transfer',
  'data-sync': 'Data Synchronization',
  'snapshot-creation': 'Creating Backup',
  'multi-volume-snapshot-creation': 'Creating Backup Snapshots',
  'cloudstack-snapshot-creation': 'Creating Backup Snapshot',
  'linstor-snapshot-creation': 'Creating Backup Snapshots',
  'virtio-driver-injection': 'Preparing Drivers for Compatibility',
  'virtio-injection': 'Preparing Drivers for Compatibility',
  'driver-injection': 'Installing Required Drivers',
  'vm-creation': 'Creating Destination VM',
  'test-vm-creation': 'Creating Test VM',
  'destination-vm-creation': 'Creating Destination VM',
  'volume-attachment': 'Attaching Storage Volumes',
  'volume-detachment': 'Detaching Storage Volumes',
  'volume-operations': 'Storage Operations',
  'vm-startup': 'Starting VM',
  'vm-startup-and-validation': 'Starting and Validating VM',
  'network-configuration': 'Configuring Network Adapters',
  'network-mapping': 'Mapping Networks',
  'test-vm-shutdown': 'Shutting Down Test VM',
  'test-vm-deletion': 'Removing Test VM',
  'cloudstack-snapshot-rollback': 'Rolling Back to Backup',
  'snapshot-cleanup': 'Cleaning Up Backups',
  'status-update': 'Updating VM Status',
  completion: 'Completing Operation',
  cleanup: 'Cleanup Operations',
};

/*
 * Tool and driver names. Each stem also blocks what is glued to it ("virtio-win.iso",
 * "qemu-img", "nbd0"), so one entry covers a family.
 */
const TOOL_STEMS = [
  'virt-',
  'virtio',
  'virsh',
  'libvirt',
  'libguestfs',
  'guestfs',
  'guestfish',
  'guestmount',
  'hivex',
  'qemu',
  'nbd',
  'libnbd',
  'vddk',
  'vixdisklib',
  'vmkfstools',
  'govc',
  'govmomi',
  'pyvmomi',
  'viostor',
  'vioscsi',
  'viorng',
  'vioinput',
  'vioser',
  'netkvm',
  'pvpanic',
  'balloon.sys',
  'linstor',
  'drbd',
  'ntfs-3g',
  'ntfsfix',
  'kpartx',
  'lsblk',
  'blkid',
  'losetup',
  'modprobe',
  'initramfs',
  'dracut',
  'pnputil',
  'systemctl',
  'journalctl',
  'sudo',
  'cloud-init',
];

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TOOL_PATTERN = new RegExp(
  `(?<![A-Za-z0-9])(?:${TOOL_STEMS.map(escapeForRegExp).join('|')})(?:[\\w.-]*[A-Za-z0-9])?`,
  'gi',
);

// Top-level directories that make even a one-segment absolute path a path ("/dev").
const ROOT_DIRECTORIES = new Set([
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'lib64',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'srv',
  'sys',
  'tmp',
  'usr',
  'var',
]);

/*
 * Unix absolute paths start after a space, quote or bracket, never straight after a word
 * ("26.4 GB/s", "and/or", "I/O" are not paths).
 */
const UNIX_PATH_PATTERN = /(?<![\w.~)\]/-])\/[A-Za-z_][\w.@-]*(?:\/[\w.@-]+)*\/?/g;
const RELATIVE_PATH_PATTERN = /(?<![\w.~/])(?:\.{1,2}|~)\/[\w.@/-]*/g;
// Windows paths, drive-letter or not: a backslash between names is never plain language.
const WINDOWS_PATH_PATTERN =
  /(?:\b[A-Za-z]:|[\w.$-]*)(?:\\+[\w.$-]*[\w$])+\\?|\b[A-Za-z]:\/[\w./-]*/g;
const FILE_NAME_PATTERN =
  /\b[\w-]+\.(?:vmdk|qcow2|img|iso|raw|vhdx?|ovf|ova|vmx|nvram|sys|inf|cat|dll|exe|msi|log|conf|cfg|ini|xml|ya?ml|json|sh|py|go|js|ts|sock|pid|lock)\b/gi;
// Block devices named without /dev ("vdc", "sda1", "nvme0n1"); lower case, as the kernel names them.
const DEVICE_NAME_PATTERN =
  /\b(?:(?:xv|v|s)d[a-z]{1,2}\d{0,2}|nvme\d+n\d+(?:p\d+)?|dm-\d+|loop\d+)\b/g;

const SNAKE_CASE_PATTERN = /\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g;
const CAMEL_CASE_PATTERN = /\b[a-z]{2,}[A-Z][a-z]+[A-Za-z0-9]*\b/g;
const KEBAB_TOKEN_PATTERN = /(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])/g;

// Words that join ordinary hyphenated English ("step-by-step", "up-to-date", "built-in").
const ENGLISH_CONNECTORS = new Set([
  'a',
  'all',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'out',
  'over',
  'per',
  'the',
  'to',
  'up',
  'with',
]);
// Prefixes of ordinary hyphenated English ("re-run", "pre-flight", "non-technical").
const ENGLISH_PREFIXES = new Set([
  'anti',
  'auto',
  'co',
  'cross',
  'de',
  'multi',
  'non',
  'post',
  'pre',
  're',
  'self',
  'semi',
  'sub',
  'un',
  'well',
]);
// Words that make a two-part lower-case compound read as a machine name ("disk-attach").
const MACHINE_WORDS = new Set([
  'attach',
  'attachment',
  'cleanup',
  'config',
  'creation',
  'deletion',
  'detach',
  'detachment',
  'disk',
  'driver',
  'drivers',
  'exec',
  'failover',
  'handler',
  'init',
  'inject',
  'injection',
  'job',
  'mount',
  'nic',
  'poweroff',
  'poweron',
  'replication',
  'rollback',
  'snapshot',
  'step',
  'sync',
  'task',
  'unmount',
  'validation',
  'vm',
  'volume',
  'worker',
]);

function isMachineKebabToken(token: string): boolean {
  // Capitals mean English ("Windows-based", "Pre-flight"); machine ids are lower case.
  if (/[A-Z]/.test(token)) return false;
  const parts = token.split('-');
  const first = parts[0] ?? '';
  if (ENGLISH_PREFIXES.has(first)) return false;
  if (parts.some((part) => ENGLISH_CONNECTORS.has(part))) return false;
  // Letters mixed with digits ("v2v", "ipv4") are identifiers; plain numbers ("24-hour") are not.
  if (parts.some((part) => /[a-z]/.test(part) && /\d/.test(part))) return true;
  if (parts.length >= 3) return parts.every((part) => /^[a-z]+$/.test(part));
  return parts.some((part) => MACHINE_WORDS.has(part));
}

/* Diagnostics: exit codes, errno names, stack frames, addresses, raw payloads. */
const DIAGNOSTIC_PATTERNS: readonly RegExp[] = [
  /\bexit(?:ed)?(?: with)? (?:status|code)\s*:?\s*-?\d+/gi,
  /\berrno\b[^\n,;]*/gi,
  /\bE(?:NOENT|ACCES|IO|NOSPC|PERM|CONNREFUSED|CONNRESET|TIMEDOUT|BUSY|EXIST|INVAL|NXIO|NODEV|ROFS|AGAIN|PIPE|HOSTUNREACH|NETUNREACH|NOTDIR|ISDIR|NOMEM|MFILE)\b/g,
  /\bTraceback \(most recent call last\)/g,
  /\b(?:panic|fatal|runtime error):/gi,
  /\bgoroutine \d+/gi,
  /\bnil pointer\b/gi,
  /\bsegmentation fault\b/gi,
  /\bcore dumped\b/gi,
  /\bSIG[A-Z]{2,}\b/g,
  /\bsignal: \w+/gi,
  /\bstd(?:err|out|in)\b/gi,
  /\bsyscall\b/gi,
  /\bioctl\b/gi,
  /\b0x[0-9a-fA-F]{4,}\b/g,
  // Stack frames: "at fn (file:1:2)", "file.go:123", "pkg.(*T).Method(".
  /\bat [\w$.<>[\]]+ \([^)]*:\d+(?::\d+)?\)/g,
  /\b[\w-]+\.(?:go|py|js|mjs|ts|tsx|java|c|cc|cpp|rs|rb|sh):\d+/gi,
  /\b[A-Za-z_]\w*(?:\.[A-Za-z_(*][\w*)]*)+\((?:[^)]{0,40}\))?/g,
  /\b[A-Z][A-Za-z]*[a-z](?:Exception|Error)\b/g,
  // Environment variables and shell expansions.
  /\$\{[^}]*\}|\$[A-Z_]{2,}\b/g,
  // Network internals: sockets, addresses, URLs.
  /\bdial (?:tcp|udp)\b/gi,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi,
  // Database errors and raw JSON.
  /\bsql:/gi,
  /\bError \d{4}\b/g,
  /[{[]\s*"[^"\n]*"\s*:/g,
];

/*
 * What a broken serializer leaves behind ("Issue: undefined", "[object Object]"): it tells
 * an operator nothing, so it counts as unsafe like any other leak.
 */
const PLACEHOLDER_PATTERN = /\b(?:undefined|null)\b|\bNaN\b|\bInvalid Date\b|\[object \w+\]/gi;

// Tool names written with a space instead of a hyphen ("Virt IO", "virt v2v").
const SPACED_TOOL_PATTERN = /\bvirt[\s_]+(?:io|v2v)\b/gi;

// Known internal step ids inside a sentence ("Step network-mapping failed"), hyphen or underscore.
const STEP_ID_PATTERN = new RegExp(
  `(?<![\\w-])(?:${Object.keys(STEP_DISPLAY_NAMES)
    .filter((id) => id.includes('-'))
    .map((id) => id.split('-').map(escapeForRegExp).join('[-_]'))
    .join('|')})(?![\\w-])`,
  'gi',
);

/*
 * Longer than any message the backend writes for people: a dump. Checking it would also cost
 * time on every render, so it is refused whole.
 */
const MAX_OPERATOR_TEXT_LENGTH = 1_000;

/*
 * Look-alikes defeat patterns: full-width letters ("ＶｉｒｔＩＯ"), invisible characters
 * ("Vir\u200btIO"), soft hyphens and typographic dashes ("virt\u2011v2v"). Patterns run on
 * the text as it reads, not as it is encoded.
 */
function readableForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

function collect(
  pattern: RegExp,
  text: string,
  found: string[],
  keep?: (match: string) => boolean,
) {
  for (const match of text.matchAll(pattern)) {
    const fragment = match[0].trim();
    if (fragment !== '' && (keep === undefined || keep(fragment))) found.push(fragment);
  }
}

function isUnixPathLeak(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length >= 2) return true;
  const only = segments[0] ?? '';
  return ROOT_DIRECTORIES.has(only.toLowerCase()) || /\.\w+$/.test(only);
}

/** The fragments of `text` an operator must not see (empty when the text is safe). */
export function findLeaks(original: string): string[] {
  if (original.length > MAX_OPERATOR_TEXT_LENGTH) return [`${original.slice(0, 40)}…`];
  const text = readableForm(original);
  const found: string[] = [];
  collect(PLACEHOLDER_PATTERN, text, found);
  collect(SPACED_TOOL_PATTERN, text, found);
  collect(STEP_ID_PATTERN, text, found);
  collect(TOOL_PATTERN, text, found);
  collect(UNIX_PATH_PATTERN, text, found, isUnixPathLeak);
  collect(RELATIVE_PATH_PATTERN, text, found);
  collect(WINDOWS_PATH_PATTERN, text, found);
  collect(FILE_NAME_PATTERN, text, found);
  collect(DEVICE_NAME_PATTERN, text, found);
  collect(SNAKE_CASE_PATTERN, text, found);
  collect(CAMEL_CASE_PATTERN, text, found);
  collect(KEBAB_TOKEN_PATTERN, text, found, isMachineKebabToken);
  for (const pattern of DIAGNOSTIC_PATTERNS) collect(pattern, text, found);
  return [...new Set(found)];
}

/** True when `text` may be shown to an operator as it is. */
export function isSafeForOperators(text: string): boolean {
  return findLeaks(text).length === 0;
}

/** Trimmed, safe text, or null when the text is missing, empty or unsafe. */
export function guardOptionalText(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed === '' || !isSafeForOperators(trimmed)) return null;
  return trimmed;
}

/** The message itself when safe; otherwise the plain message of its category. Never empty. */
export function guardMessage(
  text: string | null | undefined,
  category?: ErrorCategory | null,
): string {
  return guardOptionalText(text) ?? CATEGORY_MESSAGES[category ?? 'unknown'];
}

function normaliseStepId(step: string): string {
  return step.trim().toLowerCase().replace(/_/g, '-');
}

/** An operator-facing step name: known ids mapped, friendly names kept, anything else null. */
export function guardStepName(step: string | null | undefined): string | null {
  if (typeof step !== 'string') return null;
  const displayName = STEP_DISPLAY_NAMES[normaliseStepId(step)];
  if (displayName !== undefined) return displayName;
  return guardOptionalText(step);
}

/** Safe, distinct steps; the category's plain steps when none remain (a failure always has some). */
export function guardActionableSteps(
  steps: readonly string[],
  category?: ErrorCategory | null,
): string[] {
  const seen = new Set<string>();
  const safe: string[] = [];
  for (const step of steps) {
    const guarded = guardOptionalText(step);
    if (guarded === null) continue;
    const key = guarded.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    safe.push(guarded);
  }
  return safe.length > 0 ? safe : [...CATEGORY_STEPS[category ?? 'unknown']];
}
