import fc from 'fast-check';
import { EXAMPLE_FAILURE } from '../fixtures/builders';
import { benignText } from './benign';
import { identifierOrDiagnostic } from './diagnostics';
import { disguisedToolName } from './disguises';

/*
 * Text the OMA API may send: plain operator language, and everything the brief says must
 * never reach an operator (tool names, device and file paths, internal step ids), plus the
 * awkward rest (Unicode, HTML, very long or empty strings, values that look like missing data).
 */

/** The brief's clean texts and the mock scenarios': operators must see them unchanged. */
export const CLEAN_TEXTS = [
  EXAMPLE_FAILURE.errorMessage,
  ...EXAMPLE_FAILURE.actionableSteps,
  EXAMPLE_FAILURE.failedStep,
  'Driver installation failed - compatibility issue',
  'Storage volume access error',
  'Test Failover',
  'Replication Completed',
  'Network configuration could not be applied to the new VM',
  'Check the network mappings for this VM',
  'Verify that the destination network exists in OSSEA',
  'Contact your administrator if the problem persists',
  'Storage volume could not be detached from the test VM',
  'Wait a few minutes and retry the rollback',
  'Check that the test VM is powered off in OSSEA',
  'The cloud platform did not respond in time',
  'Copying disk data',
  'Powering Off Source VM',
  'Creating Destination VM',
  'Pre-flight Validation',
  'Failed at step 3 of 5 (60%)',
  '26.4 GB transferred at 112 MB/s',
  'Check storage and/or network settings',
  'Storage I/O was slow during the final sync',
  'Use the step-by-step guide to keep the VM up-to-date',
  'Re-run the replication, then re-try the failover',
] as const;

/** Words of ordinary operator language; none of them looks technical. */
const PLAIN_WORDS = [
  'the',
  'a',
  'VM',
  'volume',
  'storage',
  'network',
  'driver',
  'drivers',
  'installation',
  'failed',
  'could',
  'not',
  'be',
  'started',
  'check',
  'verify',
  'retry',
  'later',
  'destination',
  'source',
  'platform',
  'service',
  'settings',
  'mapping',
  'operation',
  'failover',
  'rollback',
  'replication',
  'test',
  'live',
  'compatibility',
  'issue',
  'error',
  'access',
  'available',
  'administrator',
  'contact',
  'support',
  'Windows-based',
  're-run',
  'step-by-step',
  'I/O',
  'and/or',
  'GB',
  '26.4',
  '60%',
  'OSSEA',
  'KVM',
  'VMware',
  'snapshot',
  'backup',
  'minutes',
  'again',
] as const;

/** Tool and driver names the brief forbids ("virt-v2v", "VirtIO", …). */
const TOOL_NAMES = [
  'virt-v2v',
  'virt-v2v-in-place',
  'VirtIO',
  'virtio-win',
  'libguestfs',
  'qemu-img',
  'nbdkit',
] as const;

/** Device paths ("/dev/vdc") an operator must never see. */
const DEVICE_PATHS = [
  '/dev/vdc',
  '/dev/sda1',
  '/dev/nbd0',
  '/dev/mapper/vg0-root',
  '/dev/disk/by-id/virtio-0a1b',
] as const;

/** File paths, Unix and Windows, an operator must never see. */
const FILE_PATHS = [
  '/var/lib/migratekit/logs/pgtest1-replication.log',
  '/var/log/migratekit/convert.log',
  '/var/tmp/v2v.12345/overlay.qcow2',
  '/etc/migratekit/oma.conf',
  '/usr/share/drivers/win10/amd64',
  '/opt/migratekit/bin/oma-api',
  '/tmp/inject-0815/run.sh',
  'C:\\Windows\\System32\\drivers\\viostor.sys',
  'C:\\Windows\\INF\\oem12.inf',
  'C:\\Program Files\\VMware\\VMware Tools',
  'D:\\migration\\staging',
  '\\\\fileserver\\share\\images',
] as const;

/**
 * Internal step ids the backend uses (kebab case, as it names them), with more than one
 * part: one-word ids such as "cleanup" are also plain English.
 */
export const INTERNAL_STEP_IDS = [
  'virtio-driver-injection',
  'pre-flight-validation',
  'pre-failover-validation',
  'failover-job-creation',
  'source-vm-power-off',
  'source-vm-power-on',
  'source-vm-discovery',
  'final-sync',
  'incremental-replication',
  'data-sync',
  'snapshot-creation',
  'multi-volume-snapshot-creation',
  'cloudstack-snapshot-creation',
  'linstor-snapshot-creation',
  'virtio-injection',
  'driver-injection',
  'vm-creation',
  'test-vm-creation',
  'destination-vm-creation',
  'volume-attachment',
  'volume-detachment',
  'volume-operations',
  'vm-startup',
  'vm-startup-and-validation',
  'network-configuration',
  'network-mapping',
  'test-vm-shutdown',
  'test-vm-deletion',
  'cloudstack-snapshot-rollback',
  'snapshot-cleanup',
  'status-update',
] as const;

/** Internal ids in snake case, as Go code and logs write them. */
const INTERNAL_SNAKE_IDS = [
  'nbdkit_connect',
  'virtio_driver_injection',
  'source_vm_power_off',
  'volume_attachment',
  'final_sync',
] as const;

/**
 * Strings that stand for missing data. Shown to an operator they read as a bug, so no
 * other generator produces them by chance.
 */
const SENTINEL_TEXTS = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];

/** HTML and script payloads that must render as text, never as markup. */
export const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<b>Storage</b> volume access error',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">Retry</a>',
  '<iframe src="https://example.invalid"></iframe>',
  '&lt;img src=x&gt; &amp; &#60;b&#62;',
  '{{constructor.constructor("alert(1)")()}}',
] as const;

/** Unicode that stresses rendering: right-to-left text, emoji, combining and invisible marks. */
const UNICODE_SAMPLES = [
  'فشل تثبيت برنامج التشغيل',
  'ההתקנה נכשלה',
  '\u202eStorage volume access error',
  'Storage\u200b volume\u200d access\u2060 error',
  '\ufeffDriver installation failed',
  'Migration 🚀 failed ❌ 👨‍👩‍👧 🇩🇪 👍🏽',
  'Installation échouée – vérifiez le réseau',
  'ドライバーのインストールに失敗しました',
  'Ze\u0301ro combining marks',
  'Line one\nLine two\tTabbed',
] as const;

const SEPARATORS_BEFORE = [' ', ' (', ' "', " '", ' [', ': ', '=', ' `', ' «', ' “', ', '] as const;
const SEPARATORS_AFTER = ['', '.', ',', ')', ':', ';', '!', '?', '"', "'", ']', '»', '”', '…'];

/** Contains none of the sentinel strings, so an oracle can forbid them in the output. */
export function hasNoSentinel(text: string): boolean {
  return !SENTINEL_TEXTS.some((sentinel) => text.includes(sentinel));
}

/** A short run of plain words. */
export const plainWords = (maxWords = 6): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...PLAIN_WORDS), { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' '));

/** A sentence of plain words, capitalised, with optional final punctuation. */
const plainSentence = (): fc.Arbitrary<string> =>
  fc
    .tuple(plainWords(10), fc.constantFrom('', '.', '!', ' - try again', ' (no data lost)'))
    .map(([words, end]) => `${words.charAt(0).toUpperCase()}${words.slice(1)}${end}`);

/**
 * Operator-safe text: a clean text from the brief, the backend sanitizer's own outputs and
 * ordinary English, a plain sentence, or two joined.
 */
export const cleanText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...CLEAN_TEXTS) },
    { weight: 3, arbitrary: benignText() },
    { weight: 3, arbitrary: plainSentence() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...CLEAN_TEXTS),
          fc.constantFrom('. ', '; ', ' - ', ', then '),
          plainSentence(),
        )
        .map(([a, sep, b]) => `${a}${sep}${b}`),
    },
  );

/** A tool name in random letter case: "ViRt-V2v", "VIRTIO", "nbdKit". */
export const toolName = (): fc.Arbitrary<string> => fc.mixedCase(fc.constantFrom(...TOOL_NAMES));

/** A device or file path. */
export const pathText = (): fc.Arbitrary<string> =>
  fc.constantFrom<string>(...DEVICE_PATHS, ...FILE_PATHS);

/** An internal step id as the backend writes it: kebab case, snake case, or an upper-case constant. */
export const internalStepId = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom<string>(...INTERNAL_STEP_IDS),
    fc.constantFrom<string>(...INTERNAL_STEP_IDS).map((id) => id.replaceAll('-', '_')),
    fc
      .constantFrom<string>(...INTERNAL_STEP_IDS, ...INTERNAL_SNAKE_IDS)
      .map((id) => id.replaceAll('-', '_').toUpperCase()),
    fc.constantFrom<string>(...INTERNAL_SNAKE_IDS),
  );

/**
 * One forbidden fragment: a tool name (plain or disguised), a path, an internal id, an
 * identifier or a diagnostic.
 */
const leakFragment = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: toolName() },
    { weight: 2, arbitrary: pathText() },
    { weight: 2, arbitrary: internalStepId() },
    { weight: 2, arbitrary: disguisedToolName() },
    { weight: 3, arbitrary: identifierOrDiagnostic() },
  );

/**
 * Backend text with something forbidden inside: alone, or inside a sentence with the
 * punctuation real messages put around it ("Failed at /dev/vdc.", "(virt-v2v) error").
 */
export const leakyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 1, arbitrary: leakFragment() },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.option(plainWords(5), { nil: '' }),
          fc.constantFrom(...SEPARATORS_BEFORE),
          leakFragment(),
          fc.constantFrom(...SEPARATORS_AFTER),
          fc.option(plainWords(5), { nil: '' }),
        )
        .map(([before, open, leak, close, after]) =>
          `${before}${before ? open : open.trimStart()}${leak}${close}${after ? ` ${after}` : ''}`.trim(),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(toolName(), pathText(), internalStepId())
        .map(([tool, path, id]) => `${tool} failed during ${id}: cannot open ${path}`),
    },
  );

/** Text from another script or with invisible, bidirectional or emoji characters. */
const unicodeText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...UNICODE_SAMPLES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter(hasNoSentinel),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter(hasNoSentinel),
  );

/** Very long text: many plain words, or one long unbroken token. */
const longText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...CLEAN_TEXTS), fc.integer({ min: 20, max: 300 }))
      .map(([text, times]) => Array.from({ length: times }, () => text).join(' ')),
    fc
      .tuple(fc.constantFrom('A', 'x', '0'), fc.integer({ min: 200, max: 2_000 }))
      .map(([char, times]) => char.repeat(times)),
  );

/** Empty and blank strings, which count as no text. */
const blankText = (): fc.Arbitrary<string> => fc.constantFrom('', ' ', '\n\t ', '\u00a0', '\u3000');

/** A sentinel ("null", "undefined", …), as a careless backend serialises missing data. */
export const sentinelText = (): fc.Arbitrary<string> =>
  fc
    .constantFrom(...SENTINEL_TEXTS)
    .chain((sentinel) => fc.constantFrom(sentinel, ` ${sentinel} `));

/** An HTML or script payload. */
const htmlText = (): fc.Arbitrary<string> => fc.constantFrom(...HTML_PAYLOADS);

/** Any string the API might send in a text field. */
export const anyApiText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: cleanText() },
    { weight: 6, arbitrary: leakyText() },
    { weight: 2, arbitrary: unicodeText() },
    { weight: 2, arbitrary: htmlText() },
    { weight: 1, arbitrary: longText() },
    { weight: 1, arbitrary: blankText() },
    { weight: 1, arbitrary: sentinelText() },
  );
