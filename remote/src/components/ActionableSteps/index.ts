export type { ActionableStepsProps } from './ActionableSteps';
export { ActionableSteps } from './ActionableSteps';
