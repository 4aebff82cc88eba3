import { isOmaApiError, OmaApiError, toOmaApiError } from './errors';

describe('OmaApiError', () => {
  it('keeps the detail for the console and a plain message for operators', () => {
    const error = new OmaApiError({
      kind: 'http',
      status: 500,
      detail: 'GET /api/v1/vm-contexts/pgtest1 answered 500: open /var/lib/oma.db: EIO',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OmaApiError');
    expect(error.message).toBe(error.detail);
    expect(error.userMessage).toBe(
      'The migration service reported a problem. Try again in a moment.',
    );
    expect(error.isTransient).toBe(true);
  });

  it.each([
    ['network', null, true],
    ['timeout', null, true],
    ['http', 502, true],
    ['http', 429, true],
    ['http', 400, false],
    ['not_found', 404, false],
    ['malformed', 200, false],
    ['shape', 200, false],
  ] as const)('treats %s (%s) as transient: %s', (kind, status, transient) => {
    const error = new OmaApiError({ kind, status, detail: 'x' });
    expect(error.isTransient).toBe(transient);
    expect(error.userMessage.length).toBeGreaterThan(20);
  });

  it('accepts an explicit operator message', () => {
    const error = new OmaApiError({ kind: 'not_found', detail: 'x', userMessage: 'No such VM.' });
    expect(error.userMessage).toBe('No such VM.');
  });

  it('wraps anything thrown so there is always a plain message', () => {
    const wrapped = toOmaApiError(new TypeError('Failed to fetch'));
    expect(isOmaApiError(wrapped)).toBe(true);
    expect(wrapped.kind).toBe('network');
    expect(wrapped.detail).toBe('TypeError: Failed to fetch');
    const same = new OmaApiError({ kind: 'timeout', detail: 'slow' });
    expect(toOmaApiError(same)).toBe(same);
    expect(toOmaApiError('boom').detail).toBe('boom');
  });
});
