export type { EnsureMantineProviderProps } from './EnsureMantineProvider';
export { EnsureMantineProvider } from './EnsureMantineProvider';
