import { readableForm, skeleton, skeletonOfReadable } from './readable';

/*
 * Names of the tools, drivers and components behind a migration, which the backend's own
 * sanitizer hides (virt-v2v, VirtIO, the appliances, CloudStack, the volume daemon, …).
 * Each is matched on the skeleton of the text (see readable.ts), so other spellings, spacing,
 * separators, digit swaps, encodings and look-alike letters all meet the same name.
 */

/** Found anywhere inside a word or across neighbouring words: no English word contains them. */
const DISTINCTIVE_NAMES = [
  'virt-v2v',
  'v2v',
  'virtio',
  'virsh',
  'libvirt',
  'virtlogd',
  'libguestfs',
  'guestfs',
  'guestfish',
  'guestmount',
  'hivex',
  'qemu',
  'qcow',
  'nbd',
  'vddk',
  'vmdk',
  'vixdisklib',
  'vmkfstools',
  'govmomi',
  'pyvmomi',
  'viostor',
  'vioscsi',
  'viorng',
  'vioinput',
  'vioserial',
  'netkvm',
  'pvpanic',
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
  'systemd',
  'journalctl',
  'iscsiadm',
  'targetcli',
  'multipath',
  'cloud-init',
  'cloudstack',
  'cloudmonkey',
  'grpc',
  'protobuf',
  'mysql',
  'mariadb',
  'postgres',
  'sqlite',
  'nginx',
  'openresty',
  'haproxy',
  'kubectl',
];

/** Whole words only (a prefix of the word, the rest digits): short names and common letter runs. */
const WORD_NAMES = [
  'virt',
  'sna',
  'sbc',
  'sha',
  'vma',
  'cbt',
  'govc',
  'gorm',
  'sudo',
  'vix',
  'iqn',
  'naa',
  'eui',
  'wwn',
  'wwpn',
  'lun',
];

/** Component names written as two words. */
const PHRASES = [/\bvolume[\s_-]*daemon\b/i, /\bjob[\s_-]*tracker\b/i, /\bjoblog\b/i];

const words = new Map(WORD_NAMES.map((name) => [skeleton(name), name]));
// Across a word boundary only long names: short ones would meet in ordinary phrases.
const SPANNING_MIN_LENGTH = 5;
const alternation = (names: readonly string[]) =>
  names
    .map(skeleton)
    .sort((a, b) => b.length - a.length)
    .join('|');
const DISTINCTIVE = new RegExp(alternation(DISTINCTIVE_NAMES));
const LONG_DISTINCTIVE = new RegExp(
  alternation(DISTINCTIVE_NAMES.filter((name) => skeleton(name).length >= SPANNING_MIN_LENGTH)),
  'g',
);

function distinctiveIn(text: string): boolean {
  return DISTINCTIVE.test(text);
}

function isWordName(wordSkeleton: string): boolean {
  const stem = wordSkeleton.replace(/\d+$/, '');
  return stem !== '' && words.has(stem);
}

/**
 * The words of `text` that name a tool or component (each once): "V2V", "VirtV2V", "v i r t
 * i o", "V1rtIO", "virt%2Dv2v", "virt&#45;v2v", "vіrtіо" with Cyrillic letters, "Virt IO",
 * "Cloud Stack", "virt-customize".
 */
export function findToolNames(text: string): string[] {
  const found = new Set<string>();
  const read = readableForm(text);
  const tokens = read.split(/\s+/).filter((token) => token !== '');
  const skeletons = tokens.map(skeletonOfReadable);

  tokens.forEach((token, index) => {
    const wordSkeleton = skeletons[index] ?? '';
    if (distinctiveIn(wordSkeleton)) found.add(token);
    // A word split at its separators: "virt-customize", "SNA/progress", "(SBC)".
    const parts = /^[A-Za-z0-9]+$/.test(token)
      ? [wordSkeleton]
      : token.split(/[^A-Za-z0-9$@|]+/).map(skeletonOfReadable);
    if (parts.some(isWordName)) found.add(token);
  });

  // Letters spaced out ("v i r t i o", "V 2 V"): read each run of one-character words as one.
  let run: number[] = [];
  const flushRun = () => {
    if (run.length >= 2) {
      const joined = run.map((i) => skeletons[i]).join('');
      if (distinctiveIn(joined) || isWordName(joined)) {
        found.add(run.map((i) => tokens[i]).join(' '));
      }
    }
    run = [];
  };
  skeletons.forEach((wordSkeleton, index) => {
    if (wordSkeleton.length === 1) run.push(index);
    // Punctuation between the letters ("n . b . d") does not end the run.
    else if (wordSkeleton.length > 0) flushRun();
  });
  flushRun();

  // A name split over neighbouring words ("Virt IO", "lib virt", "Cloud Stack"): the words'
  // skeletons read as one, and a long name that crosses a boundary between them.
  const starts: number[] = [];
  let joined = '';
  for (const wordSkeleton of skeletons) {
    starts.push(joined.length);
    joined += wordSkeleton;
  }
  for (const match of joined.matchAll(LONG_DISTINCTIVE)) {
    const end = match.index + match[0].length;
    const first = starts.findLastIndex((at) => at <= match.index);
    const last = starts.findLastIndex((at) => at < end);
    if (last > first) found.add(tokens.slice(first, last + 1).join(' '));
  }

  for (const phrase of PHRASES) {
    const match = read.match(phrase);
    if (match) found.add(match[0]);
  }
  return [...found];
}
