import { nameSkeleton, readAs } from './reading';
import { INTERNAL_STEP_IDS } from './text';

/*
 * The names the oracle forbids: tools, drivers and components in any spelling, and the
 * backend's internal step ids. Kept apart from the GUI's operator-text policy on purpose.
 */

/*
 * Tool, driver and component names, found in any spelling. Distinctive ones are found inside
 * the letters run together ("VirtV2V", "v i r t i o", "l1bguestfs"); short ones only as a
 * word of their own, where they cannot be a piece of an English word.
 */
const DISTINCTIVE_NAMES = [
  'virt-v2v',
  'virtio',
  'libguestfs',
  'guestfish',
  'guestmount',
  'qemu-img',
  'qemu-nbd',
  'nbdkit',
  'nbdcopy',
  'libnbd',
  'libvirt',
  'virt-inspector',
  'virt-customize',
  'virt-sysprep',
  'cloudstack',
  'cloudmonkey',
  'vixdisklib',
  'vmkfstools',
  'govmomi',
  'pyvmomi',
  'viostor',
  'vioscsi',
  'netkvm',
  'initramfs',
  'systemctl',
  'journalctl',
  'modprobe',
  'pnputil',
] as const;

const WORD_NAMES = [
  'v2v',
  'qemu',
  'nbd',
  'vddk',
  'virsh',
  'guestfs',
  'hivex',
  'linstor',
  'drbd',
  'dracut',
  'kpartx',
  'lsblk',
  'blkid',
  'sudo',
  'iscsi',
  'lvm',
  'grpc',
  'sql',
  'mysql',
  'mariadb',
  'postgres',
  'postgresql',
  'gorm',
  'nginx',
  'api',
  // The appliances and services behind the product, by their internal names.
  'sna',
  'sbc',
  'vma',
  'oma',
  'sha',
  'cbt',
] as const;

export const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const skeletonOf = (name: string) => nameSkeleton(readAs(name)).joined;
const DISTINCTIVE_SKELETONS = DISTINCTIVE_NAMES.map((name) => [name, skeletonOf(name)] as const);
const WORD_SKELETONS = WORD_NAMES.map((name) => [name, skeletonOf(name)] as const);

/** Where a found name stands in the read text when it is spelled plainly enough; else the name. */
function asWritten(read: string, name: string): string {
  const letters = [...name.replace(/[^A-Za-z0-9]/g, '')].map(escapeForRegExp);
  const loose = new RegExp(letters.join('[^A-Za-z0-9]{0,3}'), 'i');
  return read.match(loose)?.[0] ?? name;
}

/** The tool and component names a reader finds in `read`, as written there. */
export function toolNames(read: string): string[] {
  const { words, joined } = nameSkeleton(read);
  const found = DISTINCTIVE_SKELETONS.filter(([, skeleton]) => joined.includes(skeleton));
  const asWords = WORD_SKELETONS.filter(([, skeleton]) => words.includes(` ${skeleton} `));
  return [...found, ...asWords].map(([name]) => asWritten(read, name));
}

/**
 * Internal step ids the backend uses (its step table and engine), kebab case as it writes them:
 * every multi-part id the generators write, and the rest of its tables.
 */
const BACKEND_STEP_IDS = [
  ...INTERNAL_STEP_IDS,
  'validation',
  'cloudstack-volume-snapshot-creation',
  'volume-mode-switch-oma',
  'volume-mode-switch-failover',
  'volume-reattachment-to-oma',
  'vm-validation',
  'network-setup',
  'vm-deletion',
  'cloudstack-snapshot-deletion',
  'multi-volume-cleanup',
  'failover-job-status-update',
  'vm-context-status-update',
  'completion',
  'ossea-client-initialization',
  'failover-job-retrieval',
  'cleanup',
  'finalization',
  'nbdkit_connect',
] as const;

// Multi-part ids as tokens, with hyphens or underscores, in any case ("FINAL_SYNC").
export const STEP_ID_PATTERN = new RegExp(
  `(?<![\\w-])(?:${BACKEND_STEP_IDS.filter((id) => /[-_]/.test(id))
    .map((id) => id.split(/[-_]/).map(escapeForRegExp).join('[-_]'))
    .join('|')})(?![\\w-])`,
  'gi',
);
