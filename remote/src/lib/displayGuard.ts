// The display guard is part of the contract, so the host applies the same rules to the API text
// it shows (e.g. a refused live failover). The remote's code keeps importing it from here.
export {
  CATEGORY_LABELS,
  CATEGORY_MESSAGES,
  CATEGORY_STEPS,
  findLeaks,
  guardActionableSteps,
  guardMessage,
  guardOptionalText,
  guardStepName,
  isSafeForOperators,
} from '@migratekit/shared-contracts';
