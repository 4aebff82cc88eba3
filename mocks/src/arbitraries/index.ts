/*
 * fast-check generators of OMA API bodies and texts, valid and hostile, and the oracle of
 * what an operator must never read. Pure data: usable in Jest, in Node and in browser tests.
 * The Jest runner (seed, run counts, records) is `@migratekit/mocks/arbitraries/jest`.
 */

export {
  BACKEND_STEP_DISPLAY_NAMES,
  BACKEND_STEP_TABLE,
  SANITIZER_ACTIONABLE_STEPS,
  SANITIZER_OUTPUTS,
  SANITIZER_USER_MESSAGES,
} from './backendTables';
export { backendStepIdInAnyForm, benignText, ordinaryEnglish } from './benign';
export type { JobsListOptions, OmaHttpAnswer } from './bodies';
export {
  anyRecentJobsBody,
  anyVmContextBody,
  brokenRecentJobsBody,
  brokenVmContextBody,
  mutatedRecentJobsBody,
  mutatedVmContextBody,
  omaHttpAnswer,
  validRecentJobsBody,
  validVmContextBody,
} from './bodies';
export type { IdentifierOrDiagnosticFamily } from './diagnostics';
export { IDENTIFIER_AND_DIAGNOSTIC_FAMILIES, identifierOrDiagnostic } from './diagnostics';
export type { ToolNameDisguise } from './disguises';
export {
  disguisedToolName,
  INVISIBLE_RANGES,
  invisibleCharacter,
  TOOL_NAME_DISGUISES,
} from './disguises';
export type { LeakFinding, LeakKind } from './oracle';
export {
  BRIEF_FORBIDDEN_EXAMPLES,
  BRIEF_WRONG_TEXTS,
  FORBIDDEN_SENTINELS,
  forbiddenFragments,
  forbiddenTechnicalFragments,
  leakFindings,
} from './oracle';
export { accessibleAttributeText, readableText } from './pageText';
export type { NameSkeleton } from './reading';
export { decodeEncodings, displayOrder, nameSkeleton, readAs } from './reading';
export {
  ADMIN_ONLY_MARKER,
  mutatedJob,
  mutatedLastOperation,
  STEP_DISPLAY_NAMES,
  technicalDetails,
  validLastOperation,
} from './records';
export {
  anyApiText,
  CLEAN_TEXTS,
  cleanText,
  HTML_PAYLOADS,
  hasNoSentinel,
  INTERNAL_STEP_IDS,
  internalStepId,
  leakyText,
  pathText,
  plainWords,
  sentinelText,
  toolName,
} from './text';
export {
  anyTimestamp,
  isoTimestamp,
  wildEnum,
  wildNumber,
  wrongTypeValue,
} from './values';
