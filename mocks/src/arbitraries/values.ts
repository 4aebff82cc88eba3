import fc from 'fast-check';
import { ZERO_TIMESTAMP } from '../fixtures/time';

/*
 * Scalar values as the OMA API sends them, valid and not: numbers, timestamps, enums, and
 * the wrong-typed values any field may hold instead.
 */

/** Earliest and latest moments of generated valid timestamps. */
const EARLIEST_GENERATED_TIME = Date.UTC(2020, 0, 1);
const LATEST_GENERATED_TIME = Date.UTC(2030, 11, 31);

/** A valid ISO 8601 timestamp in 2020–2030, in one of the forms Go and JS servers write. */
export const isoTimestamp = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: EARLIEST_GENERATED_TIME, max: LATEST_GENERATED_TIME }),
      fc.constantFrom('seconds', 'millis', 'offset'),
    )
    .map(([ms, form]) => {
      const iso = new Date(ms).toISOString();
      if (form === 'millis') return iso;
      if (form === 'seconds') return iso.replace(/\.\d{3}Z$/, 'Z');
      // The same moment written with a +02:00 offset.
      return `${new Date(ms + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
    });

/** Timestamps no GUI may show as a date: Go's zero time, garbage, numbers, impossible dates. */
const badTimestamp = (): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    ZERO_TIMESTAMP,
    '0001-01-01T00:00:00.000Z',
    '1970-01-01T00:00:00Z',
    '1999-12-31T23:59:59Z',
    'not a timestamp',
    'yesterday',
    '2025-13-45T99:99:99Z',
    '2025-02-30T10:00:00',
    'NaN',
    'Invalid Date',
    '',
    '   ',
    1759510017,
    1759510017000,
    -1,
    0,
    Number.NaN,
    true,
    {},
    [],
    { seconds: 1759510017 },
  );

/** Timestamps a tolerant parser may accept: date only, RFC 2822, lower-case zone, far future. */
const oddTimestamp = (): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    '2025-10-03',
    '2025-10-03 17:46:57',
    '2025-10-03t17:46:57z',
    'Fri, 03 Oct 2025 17:46:57 GMT',
    '2025-10-03T17:46:57.123456789Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '2025-10-03T17:46:57+14:00',
  );

/** Any timestamp field value: mostly valid, often broken. */
export const anyTimestamp = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: isoTimestamp() },
    { weight: 2, arbitrary: badTimestamp() },
    { weight: 1, arbitrary: oddTimestamp() },
  );

/** Numbers no view may show as they are: NaN-like strings, infinities, huge and negative. */
export const wildNumber = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      'NaN',
      'Infinity',
      '-Infinity',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      1e308,
      -1e308,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      -0.0001,
      -0,
      140,
      1e21,
      '60',
      ' 42.5 ',
      '1e3',
      '0x10',
      '60%',
      'sixty',
      '',
      true,
      null,
      {},
      [],
      [60],
    ),
    fc.double(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
  );

/** An enum value: allowed (in any case, padded), or one this contract does not know. */
export const wildEnum = (allowed: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...allowed) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...allowed)
        .chain((value) =>
          fc.oneof(
            fc.constant(value.toUpperCase()),
            fc.constant(` ${value} `),
            fc.mixedCase(fc.constant(value)),
          ),
        ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        'unknown',
        'exploded',
        'disk_io',
        'kernel',
        'fatal',
        'legacy_table',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        '',
        'null',
        0,
        1,
        true,
        {},
        [],
      ),
    },
  );

/** A value of the wrong type for whatever field it lands in. */
export const wrongTypeValue = (): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    42.5,
    true,
    false,
    '',
    'text',
    {},
    [],
    [1, 2, 3],
    ['a', null],
    { nested: { deep: true } },
  );
