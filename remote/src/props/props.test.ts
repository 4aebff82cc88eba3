import { describePropsProblems, VmOperationsPropsSchema } from './props';

test('accepts the props a host passes', () => {
  const result = VmOperationsPropsSchema.safeParse({
    contextId: 'ctx-pgtest1',
    vmName: 'pgtest1',
    isAdmin: false,
    onTryLiveFailover: async () => {},
  });
  expect(result.success).toBe(true);
});

test('names every bad prop in plain words', () => {
  const result = VmOperationsPropsSchema.safeParse({
    contextId: '',
    vmName: 42,
    isAdmin: 'yes',
    onTryLiveFailover: 'call me',
  });
  expect(result.success).toBe(false);
  if (result.success) return;
  const problems = describePropsProblems(result.error);
  expect(problems.map((p) => p.split(':')[0])).toEqual(
    expect.arrayContaining(['contextId', 'vmName', 'isAdmin', 'onTryLiveFailover']),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      'contextId: must not be empty',
      'vmName: must be text',
      'isAdmin: must be true or false',
      'onTryLiveFailover: must be a function',
    ]),
  );
});

test('says what a request or refresh prop must be', () => {
  const result = VmOperationsPropsSchema.safeParse({
    contextId: 'ctx-pgtest1',
    vmName: 'pgtest1',
    credentials: 'always',
    activePollMs: 1.5,
    idlePollMs: -5,
    requestHeaders: { Authorization: 42 },
  });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(describePropsProblems(result.error)).toEqual(
    expect.arrayContaining([
      'credentials: must be one of: omit, same-origin, include',
      'activePollMs: must be a whole number of milliseconds',
      'idlePollMs: must be above 0',
      'requestHeaders.Authorization: must be text',
    ]),
  );
});
