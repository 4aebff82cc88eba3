import type { ErrorCategory } from '@migratekit/oma-api';
import { CATEGORY_MESSAGES, CATEGORY_STEPS } from './categories';
import { refusedCharacters } from './characters';
import { approved, type OperatorText } from './operatorText';
import {
  ERROR_CHAIN_PATTERNS,
  HOST_NAME_PATTERNS,
  IPV6_PATTERN,
  isHostNameLeak,
  isIpv6Leak,
  isMachineKebabToken,
  isMachineQuote,
  isUnixPathLeak,
  KEBAB_TOKEN_PATTERN,
  LEAK_PATTERNS,
  QUOTED_PATTERN,
  UNIX_PATH_PATTERN,
} from './patterns';
import { readableForm } from './readable';
import { knownReplicationError } from './replicationErrors';
import { stepDisplayName } from './steps';
import { findToolNames } from './toolNames';

/*
 * Whether API text may be shown to an operator. Text is shown exactly as sent or not at all:
 * nothing is stripped or rewritten, so what was checked is what is read.
 */

/*
 * Longer than any message the backend writes for people: a dump. Checking it would also cost
 * time on every render, so it is refused whole.
 */
const MAX_OPERATOR_TEXT_LENGTH = 1_000;

/*
 * Outputs of the backend's own sanitizer (failover/error_sanitizer.go) that quote a VM state
 * the way its settings do. The backend wrote them for operators, so they are shown as they
 * are; the rules below would read the quoted state as an identifier.
 */
const BACKEND_VERBATIM = new Set([
  "Verify VM status is 'ready_for_failover'",
  "Verify VM is in 'ready_for_failover' state",
]);

const ENCODED_PATTERN =
  /%[0-9A-Fa-f]{2}|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

const LEADING_OR_TRAILING_SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/g;

function collect(
  pattern: RegExp,
  text: string,
  found: string[],
  keep?: (match: string) => boolean,
) {
  for (const match of text.matchAll(pattern)) {
    const fragment = match[0].trim();
    if (fragment !== '' && (keep === undefined || keep(fragment))) found.push(fragment);
  }
}

/**
 * The reasons `original` may not be shown to an operator (empty when it may): refused
 * characters ("U+200B"), encoded characters, and the fragments that name a tool, an
 * identifier, an address, a path or a diagnostic.
 */
export function findLeaks(original: string): string[] {
  const cached = recentVerdicts.get(original);
  if (cached) return [...cached];
  const leaks = computeLeaks(original);
  // Lists re-render their texts every few seconds: remember the latest verdicts.
  if (recentVerdicts.size >= VERDICT_CACHE_SIZE) recentVerdicts.clear();
  recentVerdicts.set(original, leaks);
  return [...leaks];
}

const VERDICT_CACHE_SIZE = 2_000;
const recentVerdicts = new Map<string, readonly string[]>();

function computeLeaks(original: string): string[] {
  if (original.length > MAX_OPERATOR_TEXT_LENGTH) return [`${original.slice(0, 40)}…`];
  if (BACKEND_VERBATIM.has(original.replace(LEADING_OR_TRAILING_SPACE, ''))) return [];
  const found: string[] = [...refusedCharacters(original)];
  collect(ENCODED_PATTERN, original, found);
  found.push(...findToolNames(original));
  const text = readableForm(original);
  for (const pattern of LEAK_PATTERNS) collect(pattern, text, found);
  collect(UNIX_PATH_PATTERN, text, found, isUnixPathLeak);
  collect(KEBAB_TOKEN_PATTERN, text, found, isMachineKebabToken);
  collect(QUOTED_PATTERN, text, found, isMachineQuote);
  collect(IPV6_PATTERN, text, found, isIpv6Leak);
  for (const pattern of HOST_NAME_PATTERNS) collect(pattern, text, found, isHostNameLeak);
  for (const pattern of ERROR_CHAIN_PATTERNS) collect(pattern, text.trim(), found);
  return [...new Set(found)];
}

/** True when `text` may be shown to an operator as it is. */
export function isSafeForOperators(text: string): boolean {
  return findLeaks(text).length === 0;
}

/** Trimmed text that may be shown, or null when it is missing, empty or refused. */
export function guardOptionalText(text: string | null | undefined): OperatorText | null {
  if (typeof text !== 'string') return null;
  // Only ordinary white space is trimmed: String.prototype.trim would also drop a leading
  // byte order mark or an odd space, and what is checked must be what was sent.
  const trimmed = text.replace(LEADING_OR_TRAILING_SPACE, '');
  // Text without a letter or digit ("\u00a0", "—", "…") says nothing: it counts as missing.
  if (!/[A-Za-z0-9]/.test(trimmed) || !isSafeForOperators(trimmed)) return null;
  return approved(trimmed);
}

/** The message itself when it may be shown; otherwise the plain message of its category. */
export function guardMessage(
  text: string | null | undefined,
  category?: ErrorCategory | null,
): OperatorText {
  return guardOptionalText(text) ?? approved(CATEGORY_MESSAGES[category ?? 'unknown']);
}

/**
 * An operator-facing step name: internal ids mapped to their display names in any spelling
 * ("virtio_driver_injection", "VirtIO Driver Injection"), display names kept, anything else null.
 */
export function guardStepName(step: string | null | undefined): OperatorText | null {
  if (typeof step !== 'string') return null;
  const displayName = stepDisplayName(step);
  if (displayName !== undefined) return approved(displayName);
  return guardOptionalText(step);
}

/** Distinct steps that may be shown; the category's plain steps when none remain (never empty). */
export function guardActionableSteps(
  steps: readonly string[] | null | undefined,
  category?: ErrorCategory | null,
): OperatorText[] {
  const seen = new Set<string>();
  const safe: OperatorText[] = [];
  for (const step of steps ?? []) {
    const guarded = guardOptionalText(step);
    if (guarded === null) continue;
    const key = guarded.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    safe.push(guarded);
  }
  return safe.length > 0 ? safe : CATEGORY_STEPS[category ?? 'unknown'].map(approved);
}

/** A failure as the API reported it. */
export interface FailureReport {
  /** The API's error message, raw. */
  message: string | null | undefined;
  /** The API's category, when it sent one. */
  category?: ErrorCategory | null;
  /** The API's actionable steps, raw. */
  steps?: readonly string[] | null;
}

/** A failure told to an operator. */
export interface FailureExplanation {
  /** What went wrong, in plain words; never empty. */
  issue: OperatorText;
  /** What the operator can do; never empty. */
  steps: OperatorText[];
  /** The category to show: the API's, else the one of a known raw error, else null. */
  category: ErrorCategory | null;
  /** True when the message was a known raw error told in plain words. */
  translated: boolean;
}

/**
 * The issue and steps an operator sees for a failure. Known raw replication errors are told in
 * plain words with their steps; other messages are shown when they may be, else replaced by the
 * category's message; the API's own steps are kept when they may be shown.
 */
export function explainFailure({ message, category, steps }: FailureReport): FailureExplanation {
  const known = knownReplicationError(message);
  if (known) {
    const effective = category && category !== 'unknown' ? category : known.category;
    const apiSteps = guardActionableSteps(steps, null);
    const sentSteps = (steps ?? []).some((step) => guardOptionalText(step) !== null);
    return {
      issue: approved(known.message),
      steps: sentSteps ? apiSteps : known.steps.map(approved),
      category: effective,
      translated: true,
    };
  }
  const shown = category && category !== 'unknown' ? category : null;
  return {
    issue: guardMessage(message, category),
    steps: guardActionableSteps(steps, category),
    category: shown,
    translated: false,
  };
}

/**
 * The GUI's own wording as OperatorText. It goes through the same policy as API text, so a
 * label that names a tool fails loudly in development instead of reaching an operator.
 */
export function plainText(text: string): OperatorText {
  const guarded = guardOptionalText(text);
  if (guarded === null || guarded !== text) {
    throw new Error(`Not operator text: ${JSON.stringify(text)} (${findLeaks(text).join(', ')})`);
  }
  return guarded;
}
