/*
 * fast-check generators of OMA API bodies and texts, valid and hostile, and the oracle of
 * what an operator must never read. Pure data: usable in Jest, in Node and in browser tests.
 * The Jest runner (seed, run counts, records) is `@migratekit/mocks/arbitraries/jest`.
 */

export {
  BACKEND_STEP_DESCRIPTIONS,
  BACKEND_STEP_DISPLAY_NAMES,
  BACKEND_STEP_TABLE,
  backendStepIdInAnyForm,
  benignText,
  ordinaryEnglish,
  plainDuration,
  SANITIZER_ACTIONABLE_STEPS,
  SANITIZER_GENERIC_MESSAGES,
  SANITIZER_OUTPUTS,
  SANITIZER_USER_MESSAGES,
  VM_NAMES,
} from './benign';
export type { JobsListOptions, OmaHttpAnswer } from './bodies';
export {
  ADMIN_ONLY_MARKER,
  anyRecentJobsBody,
  anyVmContextBody,
  brokenRecentJobsBody,
  brokenVmContextBody,
  internalStepWithMarker,
  JOB_DISPLAY_NAMES,
  mutatedJob,
  mutatedLastOperation,
  mutatedRecentJobsBody,
  mutatedVmContext,
  mutatedVmContextBody,
  omaHttpAnswer,
  STEP_DISPLAY_NAMES,
  technicalDetails,
  validJob,
  validLastOperation,
  validRecentJobsBody,
  validVmContext,
  validVmContextBody,
  wildTextList,
} from './bodies';
export type { IdentifierOrDiagnosticFamily } from './diagnostics';
export { IDENTIFIER_AND_DIAGNOSTIC_FAMILIES, identifierOrDiagnostic } from './diagnostics';
export type { ToolNameDisguise } from './disguises';
export {
  COMBINING_RANGES,
  DISGUISE_BASE_NAMES,
  disguisedToolName,
  INVISIBLE_RANGES,
  invisibleCharacter,
  OTHER_SPELLINGS,
  TOOL_NAME_DISGUISES,
} from './disguises';
export type { LeakFinding, LeakKind } from './oracle';
export {
  BACKEND_STEP_IDS,
  BRIEF_FORBIDDEN_EXAMPLES,
  BRIEF_WRONG_TEXTS,
  FORBIDDEN_SENTINELS,
  forbiddenFragments,
  forbiddenTechnicalFragments,
  leakFindings,
} from './oracle';
export type { NameSkeleton } from './reading';
export { decodeEncodings, displayOrder, nameSkeleton, readAs } from './reading';
export {
  anyApiText,
  blankText,
  CLEAN_TEXTS,
  cleanText,
  DEVICE_PATHS,
  FILE_PATHS,
  HTML_PAYLOADS,
  hasNoSentinel,
  htmlText,
  INTERNAL_SNAKE_IDS,
  INTERNAL_STEP_IDS,
  internalStepId,
  leakFragment,
  leakyText,
  longText,
  PLAIN_WORDS,
  pathText,
  plainSentence,
  plainWords,
  SENTINEL_TEXTS,
  sentinelText,
  TOOL_NAMES,
  toolName,
  UNICODE_SAMPLES,
  unicodeText,
} from './text';
export {
  anyTimestamp,
  badTimestamp,
  EARLIEST_GENERATED_TIME,
  isoTimestamp,
  LATEST_GENERATED_TIME,
  oddTimestamp,
  wildEnum,
  wildNumber,
  wrongTypeValue,
} from './values';
