import {
  classifyRemoteError,
  isRemoteLoadError,
  RemoteLoadError,
  toRemoteLoadError,
} from './RemoteLoadError';

const runtimeError = (description: string, code: string) =>
  new Error(`[ Federation Runtime ]: ${description} #${code}\nargs: {}`);

describe('classifyRemoteError', () => {
  it.each([
    ['manifest unreachable', runtimeError('Failed to get manifest.', 'RUNTIME-003'), 'unreachable'],
    [
      'remote entry unreachable',
      runtimeError('Failed to load script resources.', 'RUNTIME-008'),
      'unreachable',
    ],
    [
      'invalid manifest',
      runtimeError('The manifest is not a valid Module Federation manifest.', 'RUNTIME-013'),
      'unreachable',
    ],
    [
      'expose missing',
      runtimeError('The remote does not expose the requested module.', 'RUNTIME-014'),
      'incompatible',
    ],
    [
      'container init failed',
      runtimeError('Remote container initialization failed.', 'RUNTIME-015'),
      'incompatible',
    ],
    [
      'webpack chunk',
      Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' }),
      'chunk-load',
    ],
    [
      'css chunk',
      new Error('Loading CSS chunk 7 failed.\n(http://remote.test/7.css)'),
      'chunk-load',
    ],
    [
      'native import',
      new TypeError('Failed to fetch dynamically imported module: http://x/1.js'),
      'chunk-load',
    ],
  ])('%s → %s', (_name, error, kind) => {
    expect(classifyRemoteError(error)).toBe(kind);
  });

  it('counts anything else as unreachable while loading, and as a render failure while rendering', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'jobs')");
    expect(classifyRemoteError(error)).toBe('unreachable');
    expect(classifyRemoteError(error, { whileRendering: true })).toBe('render');
    expect(classifyRemoteError('not even an Error', { whileRendering: true })).toBe('render');
  });

  it('keeps the kind of a RemoteLoadError', () => {
    const error = new RemoteLoadError('incompatible', 'contract 2.0.0');
    expect(classifyRemoteError(error, { whileRendering: true })).toBe('incompatible');
  });
});

describe('toRemoteLoadError', () => {
  it('wraps a raw error with its kind, the request and the cause', () => {
    const cause = runtimeError('Failed to get manifest.', 'RUNTIME-003');
    const error = toRemoteLoadError(cause, 'vm_operations/VmOperations');

    expect(error).toMatchObject({
      kind: 'unreachable',
      request: 'vm_operations/VmOperations',
      cause,
    });
    expect(error.message).toContain('RUNTIME-003');
    expect(toRemoteLoadError(error, 'other')).toBe(error);
  });

  it('recognises a RemoteLoadError from another copy of the class by its name and kind', () => {
    const foreign = Object.assign(new Error('x'), { name: 'RemoteLoadError', kind: 'chunk-load' });
    expect(isRemoteLoadError(foreign)).toBe(true);
    expect(isRemoteLoadError(new Error('x'))).toBe(false);
  });
});
