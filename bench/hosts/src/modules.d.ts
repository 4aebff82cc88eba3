declare module 'bench-feature' {
  export const loadVmOperations: import('./feature/types').LoadVmOperations;
}
declare module 'bench-app' {
  export function App(): import('react').ReactNode;
}
