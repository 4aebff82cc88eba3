import { readableForm, skeleton } from './readable';

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

const distinctive = DISTINCTIVE_NAMES.map((name) => ({ name, skeleton: skeleton(name) }));
const words = new Map(WORD_NAMES.map((name) => [skeleton(name), name]));
// Across a word boundary only long names: short ones would meet in ordinary phrases.
const SPANNING_MIN_LENGTH = 5;

function distinctiveIn(text: string): string | undefined {
  return distinctive.find((entry) => text.includes(entry.skeleton))?.name;
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
  const tokens = readableForm(text)
    .split(/\s+/)
    .filter((token) => token !== '');
  const skeletons = tokens.map(skeleton);

  tokens.forEach((token, index) => {
    const wordSkeleton = skeletons[index] ?? '';
    if (distinctiveIn(wordSkeleton) !== undefined) found.add(token);
    // A word split at its separators: "virt-customize", "SNA/progress", "(SBC)".
    for (const part of token.split(/[^A-Za-z0-9$@|]+/)) {
      if (isWordName(skeleton(part))) found.add(token);
    }
  });

  // Letters spaced out ("v i r t i o", "V 2 V"): read each run of one-character words as one.
  let run: number[] = [];
  const flushRun = () => {
    if (run.length >= 2) {
      const joined = run.map((i) => skeletons[i]).join('');
      if (distinctiveIn(joined) !== undefined || isWordName(joined)) {
        found.add(run.map((i) => tokens[i]).join(' '));
      }
    }
    run = [];
  };
  skeletons.forEach((wordSkeleton, index) => {
    if (wordSkeleton.length === 1) run.push(index);
    else flushRun();
  });
  flushRun();

  // A name split over two or three words ("Virt IO", "lib virt", "Cloud Stack").
  for (let start = 0; start < tokens.length; start += 1) {
    for (let count = 2; count <= 3 && start + count <= tokens.length; count += 1) {
      const parts = skeletons.slice(start, start + count);
      const joined = parts.join('');
      const firstLength = parts[0]?.length ?? 0;
      for (const entry of distinctive) {
        if (entry.skeleton.length < SPANNING_MIN_LENGTH) continue;
        const at = joined.indexOf(entry.skeleton);
        // Only names that cross the first boundary: the rest is found word by word.
        if (at >= 0 && at < firstLength && at + entry.skeleton.length > firstLength) {
          found.add(tokens.slice(start, start + count).join(' '));
        }
      }
    }
  }

  for (const phrase of PHRASES) {
    const match = readableForm(text).match(phrase);
    if (match) found.add(match[0]);
  }
  return [...found];
}
