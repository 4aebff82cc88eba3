import fc from 'fast-check';
import {
  BACKEND_STEP_DISPLAY_NAMES,
  BACKEND_STEP_TABLE,
  BRIEF_FORBIDDEN_EXAMPLES,
  BRIEF_WRONG_TEXTS,
  backendStepIdInAnyForm,
  benignText,
  CLEAN_TEXTS,
  cleanText,
  decodeEncodings,
  displayOrder,
  forbiddenFragments,
  IDENTIFIER_AND_DIAGNOSTIC_FAMILIES,
  type IdentifierOrDiagnosticFamily,
  INVISIBLE_RANGES,
  invisibleCharacter,
  leakFindings,
  nameSkeleton,
  ordinaryEnglish,
  readAs,
  SANITIZER_ACTIONABLE_STEPS,
  SANITIZER_OUTPUTS,
  SANITIZER_USER_MESSAGES,
  TOOL_NAME_DISGUISES,
  type ToolNameDisguise,
} from './index';
import { checkProperty } from './propertyRuns';

// The oracle judges what a person reads; these tests hold it to the list of what got
// past the guard, and to the backend's own outputs, which it must let through.

const briefSpellingMisses = (text: string) =>
  BRIEF_FORBIDDEN_EXAMPLES.every((pattern) => !pattern.test(text));

const flagsToolName = (text: string) =>
  leakFindings(text).some((finding) => finding.kind === 'tool or component name');

describe('reading text as a person does', () => {
  it('decodes percent and entity encodings, nested ones too', () => {
    expect(decodeEncodings('virt%2Dv2v')).toBe('virt-v2v');
    expect(decodeEncodings('virt%252dv2v')).toBe('virt-v2v');
    expect(decodeEncodings('virt&#45;v2v')).toBe('virt-v2v');
    expect(decodeEncodings('virt&#x2D;v2v')).toBe('virt-v2v');
    expect(decodeEncodings('virt&amp;#45;v2v')).toBe('virt-v2v');
    expect(decodeEncodings('qemu&hyphen;img')).toBe('qemu-img');
    expect(decodeEncodings('60% done')).toBe('60% done');
  });

  it('shows a right-to-left override run reversed, up to its pop', () => {
    expect(displayOrder('Error: \u202eoitriv\u202c failed')).toBe('Error: virtio failed');
    expect(displayOrder('\u2067\u202eoitriv\u202c\u2069')).toBe('\u2067virtio\u2069');
    expect(displayOrder('\u202eoitriv')).toBe('virtio');
  });

  it('drops what nobody sees and reads look-alikes as Latin', () => {
    expect(readAs('Vir\u034ftIO')).toBe('VirtIO');
    expect(readAs('vir\u2066tio\u2069')).toBe('virtio');
    expect(readAs('v\ufe0firtio\u{e0041}')).toBe('virtio');
    expect(readAs('vi\u0301rti\u0308o')).toBe('virtio');
    expect(readAs('vіrtіo')).toBe('virtio'); // Cyrillic і
    expect(readAs('ΝΒD')).toBe('NBD'); // Greek capitals
    expect(readAs('ＶｉｒｔＩＯ')).toBe('VirtIO');
    expect(readAs('virt\u2011v2v')).toBe('virt-v2v');
  });

  it('skeletons join spaced letters and read digits as letters', () => {
    expect(nameSkeleton(readAs('v i r t i o')).words).toContain(' virtio ');
    expect(nameSkeleton(readAs('V1rtIO')).joined).toBe(nameSkeleton('virtio').joined);
    expect(nameSkeleton(readAs('l1bgu3stfs')).joined).toBe(nameSkeleton('libguestfs').joined);
  });
});

describe('the oracle flags every disguise the issue lists', () => {
  it.each([
    'V2V conversion failed',
    'VirtV2V',
    'virtv2v',
    'v i r t i o',
    'V1rtIO',
    'virt%2Dv2v',
    'virt&#45;v2v',
    'Vir\u034ftIO driver error',
    'Vir\u2066tIO\u2069 driver error',
    'Vir\u2067tIO driver error',
    'Virt\u200bIO',
    'Virt\u200fIO',
    '\ufeffVirtIO',
    'Virt\u00adIO',
    'V\ufe0eirtIO',
    'Virt\u{e0020}IO',
    'Vi\u0300r\u0301tIO',
    'VirtІО', // Cyrillic І and О
    'Vιrtιο', // Greek iota and omicron
    'Error: \u202eOItriV\u202c driver error',
  ])('%j', (text) => {
    expect(flagsToolName(text)).toBe(true);
  });

  it.each([...BRIEF_WRONG_TEXTS])("the brief's wrong text %j", (text) => {
    expect(leakFindings(text)).not.toEqual([]);
  });

  it.each([
    ['an upper-case UUID', 'Volume 3F2504E0-4F89-11D3-9A0C-0305E82C3301 is busy'],
    ['an IPv6 address', 'Could not reach fe80::1ff:fe23:4567:890a%eth0'],
    ['a host name', 'Could not reach oma01.prod.internal'],
    ['a host and port', 'Could not reach sna-gw:9443'],
    ['an IQN', 'Target iqn.2010-10.org.openstack:volume-42 is offline'],
    ['a NAA name', 'Disk naa.600a098038303053453f463045727a6b failed'],
    ['a device name', 'Disk nvme0n1 is busy'],
    ['a device name without /dev', 'Cannot open xvdf'],
    ['a file path', 'Cannot open /var/lib/migratekit/pgtest1.log'],
    ['a SQL error', "Error 1062: Duplicate entry 'pgtest1' for key 'vm_name'"],
    ['a CloudStack API error', 'errorcode: 431, cserrorcode: 4350, errortext: Failed'],
    ['a gRPC error', 'rpc error: code = Unavailable desc = connection error'],
    ['a Go deadline', 'failed to attach: context deadline exceeded'],
    ['a certificate error', 'x509: certificate signed by unknown authority'],
    ['a Go stack frame', 'main.(*Migrator).Run(0xc000123456)'],
    ['a Java stack frame', 'at com.cloud.api.ApiServer.handleRequest(ApiServer.java:1042)'],
    ['a single-quoted dump', "{'error': 'volume busy', 'code': 409}"],
    ['a map dump', 'map[code:409 error:volume busy]'],
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['a rendered error page', '502 Bad Gateway nginx/1.18.0'],
    ['a password', 'login failed: password=Hunter2!'],
    ['a bearer token', 'Authorization: Bearer abc.def.ghi'],
    ['an access key', 'key AKIAIOSFODNN7EXAMPLE rejected'],
    ['a raw poller error', 'SNA progress API error (status 404) for job job-1759510017'],
    ['a stall report', 'Job stalled - no telemetry for 15m0s (SBC may have crashed)'],
    ['an unmapped step in Title Case', 'Legacy Cloudstack Snapshot Rollback'],
    ['an internal step id', 'Step virtio-driver-injection failed'],
    ['an internal id in constant case', 'SOURCE_VM_POWER_OFF'],
    ['a number in exponent notation', 'Progress 2.827413136048704e-143%'],
    ['an infinite number', 'Duration: Infinity h'],
  ])('%s', (_, text) => {
    expect(leakFindings(text)).not.toEqual([]);
  });

  it('flags missing-data sentinels as words of their own', () => {
    expect(forbiddenFragments('Issue: undefined')).toEqual(['undefined (missing data)']);
    expect(forbiddenFragments('[object Object]')).toEqual(['[object Object] (missing data)']);
    expect(forbiddenFragments('Nullable fields are fine')).toEqual([]);
  });
});

describe('each disguise generator produces its disguise, and the oracle reads through it', () => {
  const looksLike: Record<ToolNameDisguise, (text: string) => boolean> = {
    'other spelling': () => true,
    'spaced letters': (text) => /(?:[A-Za-z0-9][ .-]+){4,}[A-Za-z0-9]/.test(text),
    'digit swap': (text) => /\d/.test(text),
    'percent encoding': (text) => /%[0-9a-f]{2}/i.test(text),
    'entity encoding': (text) => /&(?:#x?[0-9a-f]+|[a-z]+);/i.test(text),
    'invisible characters': (text) => /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text),
    'combining marks': (text) => /\p{M}/u.test(text),
    'look-alike letters': (text) =>
      /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}ᴀ-ᴢɡɪʀı]/u.test(text),
    'compatibility forms': (text) => text.normalize('NFKC') !== text,
    'typographic dashes': (text) => /[\u2010-\u2015\u2212\ufe63\uff0d]/.test(text),
    'bidi override': (text) => text.includes('\u202e'),
  };

  it.each(Object.keys(TOOL_NAME_DISGUISES) as ToolNameDisguise[])('%s', (disguise) =>
    checkProperty(
      `${disguise} disguises a tool name the oracle still reads`,
      fc.property(TOOL_NAME_DISGUISES[disguise](), (text) => {
        expect(looksLike[disguise](text)).toBe(true);
        // A disguise: the brief's own spellings do not find it in the text as stored.
        expect(briefSpellingMisses(text)).toBe(true);
        expect(flagsToolName(text)).toBe(true);
      }),
      { numRuns: 300 },
    ),
  );

  it('invisible characters come from every range, not a fixed few', () => {
    const seen = new Set(
      fc.sample(invisibleCharacter(), { seed: 11, numRuns: 3000 }).map((char) =>
        INVISIBLE_RANGES.findIndex(([min, max]) => {
          const code = char.codePointAt(0) ?? 0;
          return code >= min && code <= max;
        }),
      ),
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(INVISIBLE_RANGES.map((_, index) => index));
  });
});

describe('each identifier and diagnostic generator produces its family, and the oracle flags it', () => {
  const looksLike: Record<IdentifierOrDiagnosticFamily, RegExp> = {
    'upper-case UUID': /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/,
    'IPv6 address': /[0-9a-f]*:[0-9a-f]*:/i,
    'host name': /[a-z0-9]\.[a-z]{2,}/,
    'host and port': /[a-z0-9]:\d{2,5}\b/,
    'IQN / NAA name': /\b(?:iqn|naa|eui|wwn)[.-]/,
    'device name': /\/dev\/|\b(?:[sv]d[a-z]|xvd[a-z]|nvme\d|nbd\d|loop\d|dm-\d)/,
    'file path': /[/\\]/,
    'database error': /SQL|Error \d{4}|pq:|sql:|database|Deadlock|SELECT/i,
    'CloudStack API error': /CloudStack|errorcode|[a-z][A-Z]|Async job|HTTP \d{3}/,
    'gRPC / Go error chain': /rpc error|context|x509|tls:|dial tcp|read tcp|EOF|no such host/,
    'Go stack frame': /goroutine|\.go:\d+|\(\*\w+\)/,
    'Java stack frame': /java|Caused by|Exception/,
    'single-quoted dump': /'[^']*'/,
    'map dump': /map\[|&\{|\{[A-Z]/,
    'HTML error page': /<html|<!DOCTYPE|\d{3} [A-Z]/,
    'secret-looking string': /password|Bearer|eyJ|AKIA|ghp_|PRIVATE KEY|secret/i,
    'raw replication error': /SNA|SBC|Cloudstack/,
  };

  it.each(Object.keys(IDENTIFIER_AND_DIAGNOSTIC_FAMILIES) as IdentifierOrDiagnosticFamily[])(
    '%s',
    (family) =>
      checkProperty(
        `${family} is generated and flagged`,
        fc.property(IDENTIFIER_AND_DIAGNOSTIC_FAMILIES[family](), (text) => {
          expect(text).toMatch(looksLike[family]);
          expect(leakFindings(text)).not.toEqual([]);
        }),
        { numRuns: 200 },
      ),
  );
});

describe('the oracle flags no benign text', () => {
  it.each([...SANITIZER_OUTPUTS])('the backend sanitizer and step table: %j', (text) => {
    expect(forbiddenFragments(text)).toEqual([]);
  });

  it.each([...CLEAN_TEXTS])("the brief's clean text: %j", (text) => {
    expect(forbiddenFragments(text)).toEqual([]);
  });

  it('covers every sanitizer message, step and display name', () => {
    expect(SANITIZER_USER_MESSAGES).toHaveLength(36);
    expect(SANITIZER_ACTIONABLE_STEPS).toContain("Verify VM status is 'ready_for_failover'");
    expect(SANITIZER_ACTIONABLE_STEPS).toContain('Go to VM settings → Network Mapping');
    expect(BACKEND_STEP_DISPLAY_NAMES).toContain('Preparing Drivers for Compatibility');
    expect(SANITIZER_OUTPUTS).toContain('Preparing Drivers for Compatibility failed');
  });

  it("step ids come in the forms the backend sends, each with its table's display name", () =>
    checkProperty(
      'backendStepIdInAnyForm pairs a form of an id with its display name',
      fc.property(backendStepIdInAnyForm(), ([form, displayName]) => {
        const id = form.toLowerCase().replace(/[\s_]+/g, '-');
        expect(BACKEND_STEP_TABLE[id]).toBe(displayName);
        expect(forbiddenFragments(displayName)).toEqual([]);
      }),
      { numRuns: 300 },
    ));

  it('ordinary English with numbers, percentages, durations and VM names', () =>
    checkProperty(
      'ordinaryEnglish is benign',
      fc.property(ordinaryEnglish(), (text) => {
        expect(text).toMatch(/\d/);
        expect(forbiddenFragments(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    ));

  it('benign and clean text, in any mix', () =>
    checkProperty(
      'benignText and cleanText are benign',
      fc.property(benignText(), cleanText(), (benign, clean) => {
        expect(forbiddenFragments(benign)).toEqual([]);
        expect(forbiddenFragments(clean)).toEqual([]);
      }),
      { numRuns: 1000 },
    ));
});
