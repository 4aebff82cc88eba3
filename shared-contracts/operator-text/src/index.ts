export type { ErrorCategory } from '@migratekit/oma-api';
export { CATEGORY_LABELS, CATEGORY_MESSAGES, CATEGORY_STEPS } from './categories';
export { refusedCharacters } from './characters';
export type { OperatorText } from './operatorText';
export type { FailureExplanation, FailureReport } from './policy';
export {
  explainFailure,
  findLeaks,
  guardActionableSteps,
  guardMessage,
  guardOptionalText,
  guardStepName,
  isSafeForOperators,
  plainText,
} from './policy';
export { decodeEncodings, readableForm, skeleton } from './readable';
export type { KnownReplicationError } from './replicationErrors';
export { KNOWN_REPLICATION_ERRORS, knownReplicationError } from './replicationErrors';
export { normaliseStepId, STEP_DISPLAY_NAMES, stepDisplayName } from './steps';
export { findToolNames } from './toolNames';
