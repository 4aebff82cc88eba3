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
  expect(problems.join('\n')).toContain('onTryLiveFailover: must be a function');
});
