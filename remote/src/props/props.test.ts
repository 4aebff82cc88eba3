import { checkLastOperationBadgeProps, checkVmOperationsProps } from './props';

test('accepts the props a host passes, trimming text and dropping unknown props', () => {
  const props = {
    contextId: 'ctx-pgtest1',
    vmName: 'pgtest1',
    isAdmin: false,
    onTryLiveFailover: async () => {},
    requestHeaders: { Authorization: 'Bearer t' },
    credentials: 'include',
    activePollMs: 2_000,
  };
  expect(
    checkVmOperationsProps({ ...props, contextId: ' ctx-pgtest1 ', theme: 'not in the contract' }),
  ).toEqual({ ok: true, props });
});

test('names every bad prop in plain words', () => {
  expect(
    checkVmOperationsProps({
      contextId: '',
      vmName: 42,
      isAdmin: 'yes',
      onTryLiveFailover: 'call me',
    }),
  ).toEqual({
    ok: false,
    problems: [
      'contextId: must not be empty',
      'vmName: must be text',
      'isAdmin: must be true or false',
      'onTryLiveFailover: must be a function',
    ],
  });
});

test('says what a request or refresh prop must be', () => {
  expect(
    checkVmOperationsProps({
      contextId: 'ctx-pgtest1',
      vmName: 'pgtest1',
      credentials: 'always',
      activePollMs: 1.5,
      idlePollMs: -5,
      requestHeaders: { Authorization: 42, Accept: 'application/json', 'X-Trace': null },
      colorScheme: 'blue',
      fetch: {},
    }),
  ).toEqual({
    ok: false,
    problems: [
      'fetch: must be a function',
      'requestHeaders.Authorization: must be text',
      'requestHeaders.X-Trace: must be text',
      'credentials: must be one of: omit, same-origin, include',
      'colorScheme: must be one of: light, dark',
      'activePollMs: must be a whole number of milliseconds',
      'idlePollMs: must be above 0',
    ],
  });
});

test.each([
  ['an array', []],
  ['a class instance', new Map()],
  ['a string', 'Authorization: Bearer t'],
])('refuses request headers given as %s', (_, requestHeaders) => {
  expect(
    checkLastOperationBadgeProps({ vmName: 'pgtest1', requestHeaders }).ok ? 'accepted' : 'refused',
  ).toBe('refused');
});

test('says which required prop is missing', () => {
  expect(checkVmOperationsProps({ vmName: 'pgtest1' })).toEqual({
    ok: false,
    problems: ['contextId: is missing'],
  });
  expect(checkLastOperationBadgeProps({ apiBaseUrl: '/api/v1' })).toEqual({
    ok: false,
    problems: ['vmName: is missing'],
  });
});

test.each([Number.NaN, Number.POSITIVE_INFINITY, '3000', 2 ** 60])(
  'refuses %p as a refresh interval',
  (idlePollMs) => {
    expect(checkVmOperationsProps({ contextId: 'c', vmName: 'v', idlePollMs })).toEqual({
      ok: false,
      problems: ['idlePollMs: must be a whole number of milliseconds'],
    });
  },
);
