import { omaCacheKey } from './cache';

test('one key per endpoint, API and VM, whatever trailing slashes the base has', () => {
  expect(omaCacheKey('vm-context', '/api/v1/', { vmName: 'pgtest1' })).toEqual([
    'oma',
    'vm-context',
    '/api/v1',
    'pgtest1',
  ]);
  expect(omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' })).toEqual(
    omaCacheKey('vm-context', ' /api/v1// ', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest2' })).not.toEqual(
    omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('recent-jobs', '/api/v1', { contextId: 'pgtest1' })).not.toEqual(
    omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('vm-list', 'https://oma.example/api/v1', {})).toEqual([
    'oma',
    'vm-list',
    'https://oma.example/api/v1',
  ]);
});
