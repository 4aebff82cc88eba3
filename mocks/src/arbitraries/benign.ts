import fc from 'fast-check';
import { BACKEND_STEP_TABLE, SANITIZER_OUTPUTS } from './backendTables';

/*
 * Generators of text operators should read as it is: the backend's sanitizer and step-table
 * outputs (backendTables.ts), and ordinary English with numbers, percentages, durations and
 * VM names. A policy that refuses any of it over-blocks.
 */

/** VM names as operators give them (the brief's samples and ordinary ones). */
const VM_NAMES = [
  'pgtest1',
  'pgtest2',
  'pgtest3',
  'web01',
  'app02',
  'FileServer',
  'Exchange2019',
  'Finance App',
  'Payroll',
  'DC01',
] as const;

const vmName = () => fc.constantFrom(...VM_NAMES);
const percent = () => fc.integer({ min: 0, max: 100 });
const count = () => fc.integer({ min: 1, max: 59 });

/** A duration as people write it: "25 seconds", "12 minutes", "2 h 47 min", "3 hours". */
const plainDuration = (): fc.Arbitrary<string> =>
  fc.oneof(
    count().map((n) => `${n} second${n === 1 ? '' : 's'}`),
    count().map((n) => `${n} minute${n === 1 ? '' : 's'}`),
    fc.tuple(fc.integer({ min: 1, max: 23 }), count()).map(([h, m]) => `${h} h ${m} min`),
    fc.integer({ min: 1, max: 23 }).map((n) => `${n} hour${n === 1 ? '' : 's'}`),
    fc.integer({ min: 1, max: 30 }).map((n) => `${n} day${n === 1 ? '' : 's'}`),
  );

/** Ordinary operator English with digits, percentages, sizes, durations and VM names. */
export const ordinaryEnglish = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), percent())
      .map(([step, total, p]) => `Failed at step ${Math.min(step, total)} of ${total} (${p}%)`),
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.nat(9), fc.integer({ min: 1, max: 900 }))
      .map(([gb, tenth, rate]) => `${gb}.${tenth} GB transferred at ${rate} MB/s`),
    percent().map((p) => `Copying VM data: ${p}% - (${p}.00/100%)`),
    fc.tuple(vmName(), plainDuration()).map(([vm, time]) => `${vm} was replicated ${time} ago`),
    fc.tuple(vmName(), percent()).map(([vm, p]) => `Replication of ${vm} is ${p}% complete`),
    fc.tuple(percent(), plainDuration()).map(([p, time]) => `${p}% done, about ${time} left`),
    fc
      .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .map(([done, total]) => `${Math.min(done, total)} of ${total} disks copied`),
    fc
      .tuple(vmName(), plainDuration())
      .map(([vm, time]) => `Test failover of ${vm} started ${time} ago`),
    plainDuration().map((time) => `Duration: ${time}`),
    plainDuration().map((time) => `Wait ${time} and try the operation again`),
    fc
      .tuple(vmName(), count())
      .map(([vm, n]) => `${vm} has ${n} snapshots on the destination platform`),
    fc.tuple(vmName(), percent()).map(([vm, p]) => `Live failover of ${vm} stopped at ${p}%`),
  );

/** Text an operator should read verbatim: the sanitizer's outputs or ordinary English. */
export const benignText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SANITIZER_OUTPUTS) },
    { weight: 2, arbitrary: ordinaryEnglish() },
  );

const ACRONYMS: Readonly<Record<string, string>> = {
  vm: 'VM',
  oma: 'OMA',
  ossea: 'OSSEA',
  virtio: 'VirtIO',
  cloudstack: 'CloudStack',
};

/**
 * A step id of the backend's table in a form it arrives in (kebab, snake or constant case,
 * Title Case as the backend's fallback writes it, or with its acronyms: "VirtIO Driver
 * Injection"), with the display name an operator should read for it.
 */
export const backendStepIdInAnyForm = (): fc.Arbitrary<[string, string]> =>
  fc
    .tuple(
      fc.constantFrom(...Object.entries(BACKEND_STEP_TABLE)),
      fc.constantFrom('kebab', 'snake', 'constant', 'title', 'acronyms'),
    )
    .map(([[id, displayName], form]): [string, string] => {
      const words = id.split('-');
      const title = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
      switch (form) {
        case 'kebab':
          return [id, displayName];
        case 'snake':
          return [words.join('_'), displayName];
        case 'constant':
          return [words.join('_').toUpperCase(), displayName];
        case 'title':
          return [words.map(title).join(' '), displayName];
        default:
          return [words.map((word) => ACRONYMS[word] ?? title(word)).join(' '), displayName];
      }
    });
