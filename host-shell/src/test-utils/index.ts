export * from './fakeRemote';
export * from './renderApp';
export * from './renderWithMantine';
