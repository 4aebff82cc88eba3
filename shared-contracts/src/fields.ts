import { z } from 'zod';
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

const wireText = z.string().nullish().catch(null);
const wireNumber = z.union([z.number(), z.string()]).nullish().catch(null);

/** Optional text: trimmed, or null when missing, empty or not a string. */
export const textField = () => wireText.transform(toText);
/** A number that may be absent or garbage: finite or null. */
export const numberField = () => wireNumber.transform(toFiniteNumber);
/** A percentage: clamped to 0–100, null when absent. */
export const progressField = () => wireNumber.transform(toProgress);
/** A non-negative whole count, or null. */
export const countField = () => wireNumber.transform(toCount);
/** A non-negative amount (seconds, bytes), or null. */
export const amountField = () => wireNumber.transform(toNonNegative);
/** An ISO 8601 timestamp; null when missing, zero or unparseable. */
export const timestampField = () => wireText.transform(toTimestamp);
/** A list of strings; non-strings and empty strings are dropped. */
export const textListField = () =>
  z.array(z.string().nullable().catch(null)).nullish().catch(null).transform(toTextList);
/** A value from `allowed`, or `unknown`. */
export const enumField = <const T extends readonly string[]>(allowed: T) =>
  wireText.transform((value) => toEnum(value, allowed, 'unknown'));
/** Opaque data kept for admins only (never shown to operators). */
export const opaqueField = () =>
  z
    .unknown()
    .optional()
    .transform((value) => value ?? null);
