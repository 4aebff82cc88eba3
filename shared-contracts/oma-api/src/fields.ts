import { z } from 'zod/mini';
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
 * builders see) and tolerates anything else by normalising it to a safe value.
 */

/** `schema`'s output passed through `fn` (classic zod's `schema.transform(fn)`), typed end to end. */
export const transformed = <A extends z.core.SomeType, O>(
  schema: A,
  fn: (value: z.output<A>) => O,
) => z.pipe(schema, z.transform<z.output<A>, O>(fn));

const wireText = z.catch(z.nullish(z.string()), null);
const wireNumber = z.catch(z.nullish(z.union([z.number(), z.string()])), null);

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
  transformed(z.catch(z.nullish(z.array(z.catch(z.nullable(z.string()), null))), null), toTextList);
/** A value from `allowed`, or `unknown`. */
export const enumField = <const T extends readonly string[]>(allowed: T) =>
  transformed(wireText, (value) => toEnum(value, allowed, 'unknown'));
/** Opaque data kept for admins only (never shown to operators). */
export const opaqueField = () => transformed(z.optional(z.unknown()), (value) => value ?? null);
