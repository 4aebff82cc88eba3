import * as v from 'valibot';
import {
  toCount,
  toEnum,
  toFiniteNumber,
  toNonNegative,
  toProgress,
  toText,
  toTextList,
  toTimestamp,
} from './normalise';

/*
 * Field schemas: each accepts what the OMA API documents (that is the input type fixture
 * builders see) and tolerates anything else by normalising it to a safe value. Each wire
 * schema has a default, so a missing key is normalised as `null` would be.
 */

/** `schema`'s output passed through `fn`, typed end to end. */
export const transformed = <A extends v.GenericSchema, O>(
  schema: A,
  fn: (value: v.InferOutput<A>) => O,
) => v.pipe(schema, v.transform(fn));

/**
 * A JSON object with these fields. valibot's `object` takes an array as an object with no
 * fields; a list where an object belongs is a wrong shape, so it fails here.
 */
export const jsonObject = <const E extends v.ObjectEntries>(entries: E) => {
  const fields = v.object(entries);
  return v.pipe(
    v.custom<v.InferInput<typeof fields>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      (issue) => `Invalid type: Expected Object but received ${issue.received}`,
    ),
    fields,
  );
};

const wireText = v.fallback(v.nullish(v.string(), null), null);
const wireNumber = v.fallback(v.nullish(v.union([v.number(), v.string()]), null), null);

/** Optional text: trimmed, or null when missing, empty or not a string. */
export const textField = () => transformed(wireText, toText);
/** A number that may be absent or garbage: finite or null. */
export const numberField = () => transformed(wireNumber, toFiniteNumber);
/** A percentage: clamped to 0–100, null when absent. */
export const progressField = () => transformed(wireNumber, toProgress);
/** A non-negative whole count, or null. */
export const countField = () => transformed(wireNumber, toCount);
/** A non-negative amount (seconds, bytes), or null. */
export const amountField = () => transformed(wireNumber, toNonNegative);
/** An ISO 8601 timestamp; null when missing, zero or unparseable. */
export const timestampField = () => transformed(wireText, toTimestamp);
/** A list of strings; non-strings and empty strings are dropped. */
export const textListField = () =>
  transformed(
    v.fallback(v.nullish(v.array(v.fallback(v.nullable(v.string()), null)), null), null),
    toTextList,
  );
/** A value from `allowed`, or `unknown`. */
export const enumField = <const T extends readonly string[]>(allowed: T) =>
  transformed(wireText, (value) => toEnum(value, allowed, 'unknown'));
/** Opaque data kept for admins only (never shown to operators). */
export const opaqueField = () => v.optional(v.unknown(), null);
