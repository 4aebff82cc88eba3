export type { AppProvidersProps } from './AppProviders';
export { AppProviders } from './AppProviders';
