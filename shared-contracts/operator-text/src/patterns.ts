import { MULTI_WORD_STEP_IDS } from './steps';

/*
 * Identifiers, addresses, paths, codes, dumps and traces: what a reader recognises as machine
 * output. Each pattern runs on the readable form of the text (readable.ts).
 */

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Top-level directories that make even a one-segment absolute path a path ("/dev").
const ROOT_DIRECTORIES = new Set(
  'bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var'.split(' '),
);

/** A Unix path an operator must not see (a bare "/s" in "MB/s" is none). */
export function isUnixPathLeak(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length >= 2) return true;
  const only = segments[0] ?? '';
  return ROOT_DIRECTORIES.has(only.toLowerCase()) || /\.\w+$/.test(only);
}

/*
 * Unix absolute paths start after a space, quote or bracket, never straight after a word
 * ("26.4 GB/s", "and/or", "I/O" are not paths).
 */
export const UNIX_PATH_PATTERN = /(?<![\w.~)\]/-])\/[A-Za-z_][\w.@-]*(?:\/[\w.@-]+)*\/?/g;

// Words that join ordinary hyphenated English ("step-by-step", "up-to-date", "built-in").
const ENGLISH_CONNECTORS = new Set(
  'a all an and as at by for from in into of on or out over per the to up with'.split(' '),
);
// Prefixes of ordinary hyphenated English ("re-run", "pre-flight", "non-technical").
const ENGLISH_PREFIXES = new Set(
  'anti auto co cross de multi non post pre re self semi sub un well'.split(' '),
);
// Words that make a two-part lower-case compound read as a machine name ("disk-attach").
const MACHINE_WORDS = new Set(
  `attach attachment cleanup config creation deletion detach detachment disk driver drivers exec
  failover handler init inject injection job mount nic poweroff poweron replication rollback
  snapshot step sync task unmount validation vm volume worker`.split(/\s+/),
);

/** A lower-case hyphenated token that reads as a machine id ("disk-attach"), not English. */
export function isMachineKebabToken(token: string): boolean {
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

export const KEBAB_TOKEN_PATTERN = /(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])/g;

/** A quoted word that reads as a value from code ('abc-123', "pgtest1", 'none'), not a UI label. */
export function isMachineQuote(quoted: string): boolean {
  const inner = quoted.slice(1, -1).trim();
  if (inner === '') return true;
  if (/\s/.test(inner)) return false;
  // One capitalised word is how English names a button or a state ('Retry', "Failed").
  return !/^[A-Z][a-z]+$/.test(inner);
}

export const QUOTED_PATTERN =
  /(?<![\p{L}\d])'[^'\n]{0,80}'(?![\p{L}\d])|"[^"\n]{0,80}"|‘[^’\n]{0,80}’|“[^”\n]{0,80}”|`[^`\n]{0,80}`/gu;

// Host names: lower-case dotted names, or any case with a top-level or internal domain.
const HOST_SUFFIXES =
  'com net org io cloud local lan internal intranet corp example test invalid localdomain home arpa dev svc cluster';
export const HOST_NAME_PATTERNS: readonly RegExp[] = [
  /(?<![\w.@/-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z][a-z0-9-]*[a-z0-9](?![\w-])/g,
  new RegExp(
    `(?<![\\w.@/-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:${HOST_SUFFIXES.replaceAll(' ', '|')})\\b`,
    'gi',
  ),
  /\blocalhost\b/gi,
];

/** IPv6 addresses ("fe80::1", "[2001:db8::5]:443"); decimal times such as "12:30:45" are none. */
export const IPV6_PATTERN =
  /(?<![\w:])\[?(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\]?(?::\d+)?(?![\w:])/gi;

/** True when an IPV6_PATTERN match is an address rather than a time of day. */
export function isIpv6Leak(match: string): boolean {
  return match.includes('::') || /[a-f]/i.test(match) || (match.match(/:/g)?.length ?? 0) >= 3;
}

/** A dotted token is a host name unless it is an abbreviation ("e.g", "i.e"). */
export function isHostNameLeak(name: string): boolean {
  const labels = name.split('.');
  return labels.some((label) => label.length >= 2);
}

// Known internal step ids inside a sentence ("Step network-mapping failed"), hyphen or underscore.
const STEP_ID_PATTERN = new RegExp(
  `(?<![\\w-])(?:${MULTI_WORD_STEP_IDS.map((id) =>
    id.split('-').map(escapeForRegExp).join('[-_]'),
  ).join('|')})(?![\\w-])`,
  'gi',
);

/** Patterns whose every match is a leak. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  // What a broken serializer leaves behind: it tells an operator nothing.
  /\b(?:undefined|null)\b|\bNaN\b|\bInvalid Date\b|\[object \w+\]|<nil>|%!\w?\(/gi,
  STEP_ID_PATTERN,

  // Identifiers: UUIDs and long hex ids in any case, IQN / EUI / NAA / WWN names.
  /\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b/gi,
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi,
  /\biqn\.\d{4}-\d{2}\.[^\s,;]+/gi,
  /\b(?:eui|naa)\.[0-9a-f]{8,}\b/gi,
  /\b(?:[0-9a-f]{2}[:-]){5,}[0-9a-f]{2}\b/gi,
  // Identifiers with digits glued to letters ("pgtest1" is fine, "job-20251003-140728" is not).
  /\b[A-Za-z]+-\d{6,}(?:-\d+)*\b/g,
  /\b\d{9,}\b/g,

  // Addresses: IPv4 (with a port), IPv6, host:port, URLs, e-mail addresses.
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
  /\b[A-Za-z][\w.-]*:\d{2,5}\b/g,
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,

  // Paths: relative and Windows paths, file names, block devices.
  /(?<![\w.~/])(?:\.{1,2}|~)\/[\w.@/-]*/g,
  /(?:\b[A-Za-z]:|[\w.$-]*)(?:\\+[\w.$-]*[\w$])+\\?|\b[A-Za-z]:\/[\w./-]*/g,
  /\b[\w-]+\.(?:vmdk|qcow2|img|iso|raw|vhdx?|ovf|ova|vmx|nvram|sys|inf|cat|dll|exe|msi|log|conf|cfg|ini|xml|ya?ml|json|sh|py|go|js|ts|java|class|jar|sock|pid|lock|service|ko)\b/gi,
  /\b(?:(?:xv|v|s|h)d[a-z]{1,2}\d{0,2}|nvme\d+(?:n\d+)?(?:p\d+)?|dm-\d+|loop\d+|md\d+|sr\d+|sg\d+|rbd\d+|zd\d+|mpath[a-z]+|scd\d+)\b/g,
  /\b(?:PhysicalDrive|Harddisk|HarddiskVolume)\d+\b/gi,
  /\b(?:scsi|sata|ide|nvme)\d+:\d+\b/gi,
  /\bby-(?:id|uuid|path|label|partuuid)\b/gi,

  // Code identifiers: snake_case, camelCase, CONSTANT_CASE.
  /\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g,
  /\b[a-z]{2,}[A-Z][a-z]+[A-Za-z0-9]*\b/g,

  // Exit codes, errno names, signals.
  /\bexit(?:ed)?(?: with)? (?:status|code)\s*:?\s*-?\d+/gi,
  /\berrno\b[^\n,;]*/gi,
  /\bE(?:NOENT|ACCES|IO|NOSPC|PERM|CONNREFUSED|CONNRESET|TIMEDOUT|BUSY|EXIST|INVAL|NXIO|NODEV|ROFS|AGAIN|PIPE|HOSTUNREACH|NETUNREACH|NOTDIR|ISDIR|NOMEM|MFILE)\b/g,
  /\bSIG[A-Z]{2,}\b/g,
  /\bsignal: \w+/gi,
  /\b(?:segmentation fault|core dumped|nil pointer|null pointer)\b/gi,
  /\bstd(?:err|out|in)\b/gi,
  /\b(?:syscall|ioctl)\b/gi,
  /\b0x[0-9a-fA-F]+\b/g,

  // Stack traces: Python, JavaScript, Go and Java frames.
  /\bTraceback \(most recent call last\)/g,
  /\bFile "[^"]*", line \d+/g,
  /\b(?:panic|fatal(?: error)?|runtime error):/gi,
  /\bgoroutine \d+/gi,
  /\bat [\w$.<>[\]]+ \([^)]*:\d+(?::\d+)?\)/g,
  /\bat (?:[\w$]+\.){2,}[\w$<>]+\(/g,
  /\b[\w-]+\.(?:go|py|js|mjs|ts|tsx|java|kt|c|cc|cpp|rs|rb|sh):\d+/gi,
  /\b[A-Za-z_]\w*(?:\.[A-Za-z_(*][\w*)]*)+\((?:[^)]{0,40}\))?/g,
  /\b[A-Z][A-Za-z]*[a-z](?:Exception|Error)\b/g,
  /\+0x[0-9a-f]+\b/gi,
  /\.\.\.\s*\d+ more\b/g,

  // Go and gRPC error chains.
  /\brpc error\b/gi,
  /\bcode = \w+/gi,
  /\bdesc = /gi,
  /\bcontext (?:deadline exceeded|canceled|cancelled)\b/gi,
  /\b(?:x509|tls|http2|net\/http|json|yaml|strconv|proto|unmarshal|marshal):/gi,
  /\b(?:dial|read|write|lookup|accept) (?:tcp|udp|unix|ip)[46]?\b/gi,
  /\bi\/o timeout\b/gi,
  /\bconnection reset by peer\b|\bbroken pipe\b|\bno such host\b|\bunexpected EOF\b|\bEOF\b/gi,
  /\bcertificate (?:signed by unknown authority|has expired|is not valid)\b/gi,

  // Databases and SQL.
  /\bsql:/gi,
  /\bSQLSTATE\b|\bORA-\d+|\bER_\w+|\bError \d{4}\b/g,
  /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]*\b(?:FROM|VALUES|SET|WHERE)\b/g,
  /\b(?:duplicate entry|duplicate key|foreign key constraint|unique constraint|deadlock found|lock wait timeout|record not found|no rows in result set|unknown column|syntax error at or near|too many connections|database is (?:locked|closed)|table .{1,60} doesn't exist|relation .{1,60} does not exist)\b/gi,

  // Platform API errors (CloudStack answers with error codes and command names).
  /\b(?:cs)?error ?code\b/gi,
  /\bCSExceptionErrorCode\b/gi,
  /\bunable to execute API command\b/gi,
  /\bAPI (?:error|returned|call|request|response|command)\b/gi,
  /\b(?:HTTP|status|status code)[ =:(]*[1-5]\d\d\b/gi,
  /\b(?:Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Internal Server Error)\b/gi,

  // Dumps: JSON, Go maps and structs, Python dicts, HTML and XML.
  /[{[]\s*"[^"\n]*"\s*:/g,
  /\bmap\[/g,
  /&\{|\{[A-Z]\w*:|\[\][\w.*]+/g,
  /\{\s*'[^'\n]*'\s*:/g,
  /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g,
  /<!DOCTYPE|<\?xml|<!--/gi,
  /\{\{[\s\S]*?\}\}|\$\{[^}]*\}/g,

  // Environment variables and shell.
  /\$[A-Z_]{2,}\b/g,
  /(?:^|\s)(?:--?[a-z][\w-]*=)/g,

  // Secrets: key=value and key: value of credentials, tokens, keys.
  /\b(?:password|passwd|pwd|secret|token|api[-_ ]?key|access[-_ ]?key|private[-_ ]?key|client[-_ ]?secret|authorization|bearer)\b\s*[:=]/gi,
  /\bBearer\s+\S{8,}/g,
  /\beyJ[\w-]{10,}\.[\w-]{10,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /-----BEGIN [A-Z ]+-----/g,
  /\bssh-(?:rsa|ed25519|dss) /g,
  /(?<![\w/+])(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{20,}={0,2}/g,
  /\b\w+=[^\s,;]+/g,
];

/*
 * Go wraps errors as "doing x: doing y: cause", lower case: a message that starts that way, or
 * has two such links, is an error chain, not a sentence.
 */
export const ERROR_CHAIN_PATTERNS: readonly RegExp[] = [
  /^[a-z][^:\n]{0,80}: \S/g,
  /:\s+[a-z][^:\n]{0,80}:\s+\S/g,
];
