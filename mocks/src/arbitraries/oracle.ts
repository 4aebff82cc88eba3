import { escapeForRegExp, STEP_ID_PATTERN, toolNames } from './forbiddenNames';
import { readAs } from './reading';

/*
 * What an operator must never read, judged on the text as a person reads it (see reading.ts)
 * and written independently of the GUI's display guard and its operator-text policy: its own
 * normalisation, its own lists. A test that asks the guard's question with the guard's answer
 * cannot find what the guard misses.
 */

/** Why a fragment is forbidden. */
export type LeakKind =
  | 'tool or component name'
  | 'internal step id'
  | 'identifier'
  | 'network address'
  | 'device name'
  | 'file path'
  | 'diagnostic'
  | 'database error'
  | 'platform API error'
  | 'stack trace'
  | 'dump'
  | 'markup'
  | 'secret'
  | 'encoded text'
  | 'raw number'
  | 'missing data';

/** One forbidden fragment, as read. */
export interface LeakFinding {
  kind: LeakKind;
  fragment: string;
}

/**
 * The brief's must-not examples spelled out as written (tool names, a device path, a data
 * path, internal step names): the one list a page check starts from, beside the oracle.
 */
export const BRIEF_FORBIDDEN_EXAMPLES: readonly RegExp[] = [
  /virt-v2v/i,
  /virtio/i,
  /libguestfs/i,
  /qemu-img/i,
  /nbdkit/i,
  /\/dev\//,
  /\/var\//,
  /virtio-driver-injection/,
  /nbdkit_connect/,
];

/** The brief's "wrong in the GUI" texts, verbatim. */
export const BRIEF_WRONG_TEXTS = [
  'virt-v2v-in-place failed',
  'VirtIO driver error',
  'Failed at /dev/vdc',
] as const;

/** Strings that stand for missing data; an operator must never read them. */
export const FORBIDDEN_SENTINELS = ['undefined', 'NaN', 'null', 'Invalid Date', '[object Object]'];

/*
 * The VM statuses the backend's own sanitizer names in its steps ("Verify VM status is
 * 'ready_for_failover'"): operators are meant to read them, so they are not identifiers here.
 */
const STATUS_WORDS_FOR_OPERATORS = new Set(['ready_for_failover']);

// Words that join ordinary hyphenated English ("step-by-step", "up-to-date").
const ENGLISH_JOINERS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'out',
  'the',
  'to',
  'up',
  'with',
]);
// Words that make a lower-case compound read as a machine name ("disk-attach", "test-vm").
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
  'exec',
  'handler',
  'init',
  'injection',
  'job',
  'mount',
  'nic',
  'snapshot',
  'sync',
  'task',
  'volume',
  'worker',
]);

function isMachineCompound(token: string): boolean {
  if (/[A-Z]/.test(token)) return false;
  const parts = token.split('-');
  if (parts.some((part) => ENGLISH_JOINERS.has(part))) return false;
  if (parts.length >= 3) return true;
  return parts.some((part) => MACHINE_WORDS.has(part));
}

/** A pattern per kind; each match is one finding. */
const PATTERNS: readonly [LeakKind, RegExp][] = [
  // Identifiers
  ['identifier', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi],
  ['identifier', /\b0x[0-9a-f]+\b/gi],
  ['identifier', /(?<![.\d])\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b(?![+-]\d)/gi],
  [
    'identifier',
    /\b(?:job|ctx|vol|volume|snap|snapshot|vm|task|req|op|unified|enhanced|rollback|failover|replication)-[\w-]*\d[\w-]*/gi,
  ],
  ['identifier', /\b(?:job|ctx|vol|snap|task)-…/gi],
  ['identifier', /\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g],
  ['identifier', /\b[a-z]{2,}[A-Z][A-Za-z0-9]*\b/g],
  ['identifier', /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g],
  // Storage names
  ['device name', /\/dev\/[\w./-]*/gi],
  ['device name', /\b(?:x?v|s)d[a-z]{1,2}\d{0,3}\b/g],
  [
    'device name',
    /\b(?:nvme\d+n\d+(?:p\d+)?|nvme\d+|nbd\d+|loop\d+|dm-\d+|md\d+|sr\d+|mmcblk\d+(?:p\d+)?|rbd\d+|drbd\d+|zd\d+)\b/gi,
  ],
  ['identifier', /\biqn\.\d{4}-\d{2}\.[\w.:-]+/gi],
  ['identifier', /\b(?:naa|eui)\.[0-9a-f]{8,}\b/gi],
  ['identifier', /\b(?:wwn|scsi)-[0-9a-fx]{8,}\b/gi],
  // Addresses
  ['network address', /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d+)?\b/g],
  [
    'network address',
    /(?<![\w:])\[?(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%\w+)?\]?(?::\d+)?(?![\w:])/gi,
  ],
  [
    'network address',
    /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\.[a-z]{2,}\b/gi,
  ],
  [
    'network address',
    /\b[a-z0-9-]+\.(?:local|lan|internal|corp|com|net|org|io|cloud|example|invalid|svc|cluster|test|localdomain|home|intra)\b/gi,
  ],
  ['network address', /\b[a-z][\w.-]*:\d{2,5}\b/gi],
  ['network address', /\blocalhost\b/gi],
  ['network address', /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi],
  ['network address', /\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b/gi],
  // Paths
  ['file path', /(?<![\w.)\]/-])\/[A-Za-z_.~][\w.@~-]*(?:\/[\w.@~-]*)+/g],
  [
    'file path',
    /(?<![\w.~/-])\/(?:bin|boot|dev|etc|home|lib|lib64|media|mnt|opt|proc|root|run|sbin|srv|sys|tmp|usr|var)\b/g,
  ],
  ['file path', /(?<![\w.~/])(?:\.{1,2}|~)\/[\w.@/-]*/g],
  ['file path', /\b[A-Za-z]:[\\/][^\s"']*/g],
  ['file path', /\\\\[\w.$-]+\\[^\s"']*/g],
  ['file path', /\b[\w$.-]+(?:\\[\w$.-]+)+\\?/g],
  [
    'file path',
    /\b[\w-]+\.(?:vmdk|qcow2|img|iso|raw|vhdx?|ovf|ova|vmx|nvram|sys|inf|cat|dll|exe|msi|log|conf|cfg|ini|xml|ya?ml|json|toml|sh|py|go|js|ts|java|class|jar|sock|pid|lock|service|so)\b/gi,
  ],
  // Diagnostics
  ['diagnostic', /\bexit(?:ed)?(?: with)?(?: exit)? (?:status|code)\s*[:=]?\s*-?\d+/gi],
  ['diagnostic', /\b(?:return|error|status) code\s*[:=]?\s*-?\d+/gi],
  ['diagnostic', /\b(?:http|status)\s*[:=]?\s*[1-5]\d\d\b/gi],
  ['diagnostic', /\berrno\b/gi],
  [
    'diagnostic',
    /\bE(?:NOENT|ACCES|IO|NOSPC|PERM|CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|BUSY|EXIST|INVAL|NXIO|NODEV|ROFS|AGAIN|PIPE|HOSTUNREACH|NETUNREACH|NOTDIR|ISDIR|NOMEM|MFILE|OF)\b/g,
  ],
  ['diagnostic', /\bSIG[A-Z]{3,}\b/g],
  ['diagnostic', /\bsignal: \w+/gi],
  [
    'diagnostic',
    /\b(?:segmentation fault|core dumped|nil pointer|null pointer|stack overflow|out of memory|runtime error|fatal error|panic|assertion failed)\b/gi,
  ],
  ['diagnostic', /\bstd(?:err|out|in)\b/gi],
  ['diagnostic', /\b(?:syscall|ioctl|errorcode|stacktrace|traceback)\b/gi],
  [
    'diagnostic',
    /\b(?:context deadline exceeded|context canceled|deadline exceeded|connection refused|connection reset by peer|broken pipe|no such host|no such file or directory|i\/o timeout|unexpected EOF|EOF)\b/gi,
  ],
  ['diagnostic', /\brpc error\b|\bcode = \w+|\bdesc = /gi],
  ['diagnostic', /\b(?:x509|tls|dial (?:tcp|udp)|read tcp|write tcp|lookup \S+ on)\b/gi],
  ['diagnostic', /\b\d+(?:\.\d+)?(?:h\d+m|m\d+(?:\.\d+)?s|ms|µs|us|ns)\b/g],
  ['diagnostic', /\$\{[^}]*\}|\$[A-Z_]{2,}\b|%[sdvqwxT]\b/g],
  // Databases
  [
    'database error',
    /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|ALTER TABLE|DROP TABLE|WHERE|JOIN)\b/g,
  ],
  [
    'database error',
    /\b(?:SQLSTATE|ER_\w+|duplicate entry|duplicate key|foreign key constraint|deadlock found|lock wait timeout|syntax error at or near|no rows in result set|unknown column|table '[^']*' doesn't exist|database is locked|constraint failed|violates (?:foreign key|unique|not-null|check) constraint)\b/gi,
  ],
  ['database error', /\b(?:pq|sql|mysql|gorm|sqlite3?):/gi],
  ['database error', /\bError \d{4}\b/g],
  // The platform's API
  [
    'platform API error',
    /\b(?:errortext|cserrorcode|jobresultcode|jobstatus|apiresponse|CloudRuntimeException)\b/gi,
  ],
  [
    'platform API error',
    /\b(?:list|deploy|create|delete|update|attach|detach|start|stop|destroy|query|reboot|revert|migrate|resize|register)[A-Z][A-Za-z]+\b/g,
  ],
  ['platform API error', /\bunable to execute API command\b/gi],
  // Stack traces
  ['stack trace', /\bgoroutine \d+/gi],
  ['stack trace', /\bat [\w$.<>]+\([\w$.-]*(?::\d+)*\)/g],
  ['stack trace', /\bat [\w$.<>[\]]+ \([^)]*:\d+(?::\d+)?\)/g],
  ['stack trace', /\b[\w-]+\.(?:go|py|js|mjs|ts|tsx|java|kt|c|cc|cpp|rs|rb):\d+/gi],
  ['stack trace', /\+0x[0-9a-f]+/gi],
  ['stack trace', /\(\*\w+\)\.\w+/g],
  ['stack trace', /\b(?:[a-z_]\w*\.)+[A-Z]\w*(?:Exception|Error)\b/g],
  ['stack trace', /\b[A-Z]\w*(?:Exception|Error)\b/g],
  [
    'stack trace',
    /\bCaused by:|\bException in thread\b|\.\.\. \d+ more\b|\bFile "[^"]*", line \d+/g,
  ],
  ['stack trace', /\b[a-z_]\w*(?:\.[A-Za-z_]\w*)+\(/g],
  // Dumps
  ['dump', /\bmap\[/gi],
  ['dump', /&\{|\{[A-Z]\w*:/g],
  ['dump', /[{[(,]\s*['"][^'"\n]*['"]\s*[:=]/g],
  ['dump', /[[(]\s*['"][^'"\n]*['"]\s*,/g],
  ['dump', /['"][\w.-]+['"]\s*:\s*['"\d[{]/g],
  ['dump', /\b\w+=['"][^'"\n]*['"]/g],
  ['dump', /\[\s*\d+(?:\s*,\s*\d+)+\s*\]/g],
  // Markup
  ['markup', /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi],
  ['markup', /<!DOCTYPE|<!--/gi],
  [
    'markup',
    /\b[1-5]\d\d (?:Bad Gateway|Gateway Time-?out|Service (?:Temporarily )?Unavailable|Internal Server Error|Not Found|Forbidden|Unauthorized|Bad Request)\b/gi,
  ],
  ['markup', /\b(?:apache|openresty|envoy|haproxy|iis)\/[\d.]+/gi],
  ['markup', /\{\{|\}\}/g],
  // Secrets
  [
    'secret',
    /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|secret[_-]?key|client[_-]?secret|auth|authorization|credentials?)\s*[:=]\s*\S+/gi,
  ],
  ['secret', /\bBearer\s+\S+/gi],
  ['secret', /\bBasic\s+[A-Za-z0-9+/]{8,}={0,2}/g],
  ['secret', /\beyJ[\w-]+\.[\w-]+(?:\.[\w-]+)?/g],
  ['secret', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['secret', /\b(?:gh[pousr]_|glpat-|xox[abprs]-|sk-|pk_|sk_|rk_)[\w-]{10,}/g],
  ['secret', /-----BEGIN [A-Z ]*(?:PRIVATE KEY|CERTIFICATE)-----/g],
  [
    'secret',
    /\b(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{24,}={0,2}/g,
  ],
  // Numbers as a program prints them, not as people write them ("2.8e-143", "Infinity").
  ['raw number', /\b\d+(?:\.\d+)?e[+-]?\d+\b/gi],
  ['raw number', /(?<![\w-])-?Infinity\b/g],
  // Encodings shown as they are
  ['encoded text', /%[0-9a-f]{2}/gi],
  ['encoded text', /&#x?[0-9a-f]+;?|&[a-z]+;/gi],
  ['encoded text', /\\u[0-9a-f]{4}|\\x[0-9a-f]{2}/gi],
];

function keepIdentifier(fragment: string): boolean {
  if (STATUS_WORDS_FOR_OPERATORS.has(fragment.toLowerCase())) return false;
  // Lower-case compounds: machine names, not ordinary hyphenated English ("re-run").
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(fragment)) {
    return /\d/.test(fragment) ? /[a-z]\d|\d[a-z]/.test(fragment) : isMachineCompound(fragment);
  }
  return true;
}

function matchesOf(read: string): LeakFinding[] {
  const findings: LeakFinding[] = [];
  for (const name of toolNames(read))
    findings.push({ kind: 'tool or component name', fragment: name });
  for (const match of read.matchAll(STEP_ID_PATTERN)) {
    findings.push({ kind: 'internal step id', fragment: match[0] });
  }
  for (const [kind, pattern] of PATTERNS) {
    for (const match of read.matchAll(pattern)) {
      const fragment = match[0].trim();
      if (fragment === '') continue;
      // A lone IPv6-looking run must be more than a clock time ("17:46:57").
      if (kind === 'network address' && /^[\d:]+$/.test(fragment) && !fragment.includes('::')) {
        continue;
      }
      if (kind === 'identifier' && !keepIdentifier(fragment)) continue;
      findings.push({ kind, fragment });
    }
  }
  return findings;
}

/**
 * Every forbidden technical fragment a person reads in `text`: tool and component names in
 * any spelling, internal step ids, identifiers, addresses, device names, paths, diagnostics,
 * database and platform errors, stack traces, dumps, markup, secrets and raw encodings.
 * Both the text as encoded and as read are judged (an encoding is itself a finding).
 */
export function leakFindings(text: string): LeakFinding[] {
  const read = readAs(text);
  const findings = matchesOf(read);
  // What the text says before decoding counts too ("%2D" shows as such).
  if (read !== text) {
    for (const finding of matchesOf(text)) {
      if (finding.kind === 'encoded text') findings.push(finding);
    }
  }
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}\u0000${finding.fragment}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The forbidden technical fragments a reader finds in `text`. */
export function forbiddenTechnicalFragments(text: string): string[] {
  return leakFindings(text).map((finding) => `${finding.fragment} (${finding.kind})`);
}

/** Missing-data sentinels as a reader finds them, each as a word of its own. */
function sentinelsIn(read: string): string[] {
  return FORBIDDEN_SENTINELS.filter((sentinel) =>
    new RegExp(`(?<![\\w-])${escapeForRegExp(sentinel)}(?![\\w-])`).test(read),
  );
}

/**
 * The oracle's one answer to "what in this text must an operator never read?": each technical
 * fragment (`forbiddenTechnicalFragments`) and each missing-data sentinel (`FORBIDDEN_SENTINELS`)
 * a reader finds in `text`, labelled with its kind, e.g. `"/dev/vdc (device name)"` or
 * `"undefined (missing data)"`. Empty means the text is fit to show.
 */
export function forbiddenFragments(text: string): string[] {
  return [
    ...forbiddenTechnicalFragments(text),
    ...sentinelsIn(readAs(text)).map((sentinel) => `${sentinel} (missing data)`),
  ];
}
